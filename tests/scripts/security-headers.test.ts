/**
 * Issue 15 point 9: the app is served with its security headers by every server the project
 * has: `vite preview`, the static server the browser tests use, and static hosts (`_headers`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, staticHostHeadersFile } from '../../scripts/security-headers';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import viteConfig from '../../vite.config';

const csp = SECURITY_HEADERS['Content-Security-Policy']!;

describe('the security headers', () => {
  it('forbid framing, <base> and plugins, and say nosniff and no referrer', () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('the <meta> policy is the same without frame-ancestors, which a meta tag cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(csp);
  });

  it('the _headers file for static hosts sends every header on every path', () => {
    const file = staticHostHeadersFile();
    expect(file).toMatch(/^\/\*$/m);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('vite preview sends them', () => {
    const config = (
      typeof viteConfig === 'function' ? viteConfig({ command: 'serve', mode: 'production' }) : viteConfig
    ) as UserConfig;
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
    // Not the dev server: its inline scripts would break under the policy.
    expect(config.server?.headers).toBeUndefined();
  });
});

describe('the static server', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prepdeck-headers-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'app.js'), 'export {};');
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['', 'app.js', 'study/alpha', 'missing.png'])('sends every security header for /%s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });
});
