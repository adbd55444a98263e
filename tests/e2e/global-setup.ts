import { spawnSync } from 'node:child_process';
import { preview, type PreviewServer } from 'vite';
import { chromePath } from './browser';

let server: PreviewServer | undefined;

/**
 * Builds the app once in the `e2e` mode (the only build that exposes `window.__spilloverDb`, see src/app/app.tsx)
 * and serves it with Vite's preview server (the config's CSP header included) on 127.0.0.1, on a port the system
 * picks: nothing to collide with another run.
 */
export async function setup(): Promise<void> {
  // E2E_OUT_DIR lets two e2e runs on one checkout build and serve separately.
  const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e';
  chromePath(); // fail early with the install hint, not a stack trace from playwright
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // NODE_ENV=production: a mode other than 'production' would otherwise give React's development build.
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
      {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    if (build.status !== 0) throw new Error('vite build failed');
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not listen on a TCP port');
  process.env.E2E_BASE_URL = `http://127.0.0.1:${address.port}/`;
}

export async function teardown(): Promise<void> {
  await server?.close();
}
