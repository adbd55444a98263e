import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromePath } from './browser';

let server: ChildProcess | undefined;

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

/** Builds the app once and serves it with `vite preview` on 127.0.0.1 for every e2e test file. */
export async function setup(): Promise<void> {
  // E2E_OUT_DIR lets two e2e runs on one checkout build and serve separately.
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  chromePath(); // fail early with the install hint, not a stack trace from playwright
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const port = String(4300 + Math.floor(Math.random() * 500));
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 30000);
  process.env.E2E_BASE_URL = url;
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
