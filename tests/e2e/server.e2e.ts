import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';

// What the server sends, read without a browser.
describe('security', () => {
  it('serves the same Content-Security-Policy as a header as index.html carries, allowing no other origin', async () => {
    const res = await fetch(baseUrl());
    const header = res.headers.get('content-security-policy') ?? '';
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(await res.text())?.[1] ?? '';
    expect(meta).not.toBe('');
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    const directives = new Map(
      meta
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...sources]) => [name, sources]),
    );
    for (const [name, sources] of directives) {
      // The one exception: the app may talk to the local engine (npm run engine) on this machine's loopback only.
      const local = name === 'connect-src' ? ['http://127.0.0.1:*', 'ws://127.0.0.1:*'] : [];
      expect(sources.filter((s) => !local.includes(s)).filter((s) => /^(https?:|\*|wss?:)/.test(s) || s.includes('.'))).toEqual(
        [],
      );
      expect(sources).not.toContain("'unsafe-eval'");
    }
    // Scripts: only the app's own files, and wasm compilation for DuckDB; never inline script.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:*', 'ws://127.0.0.1:*']);
  });
});
