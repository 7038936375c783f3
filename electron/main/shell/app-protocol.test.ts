import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}));
vi.mock('electron', () => ({ protocol: h }));

const {
  CONTENT_SECURITY_POLICY,
  createRendererRequestHandler,
  isAppUrl,
  registerAppScheme,
  resolveRendererFile,
  serveRenderer,
} = await import('./app-protocol');

/** A real directory: the handler reads real files, so traversal attempts are tested against a real fs. */
let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createRendererRequestHandler(root)(new Request(url, { method }));

describe('registerAppScheme / serveRenderer', () => {
  it('registers app:// as standard + secure + fetch-capable, and serves it', () => {
    registerAppScheme();
    expect(h.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveRenderer(root);
    expect(h.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('renderer request handler', () => {
  it('serves index.html with the strict CSP and nosniff headers', async () => {
    const res = await get('app://renderer/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>x</title>');
  });

  it('allows no eval or remote script source in the CSP', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('serves assets with their MIME type and the app shell for client-side routes', async () => {
    expect((await get('app://renderer/assets/main.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect(await (await get('app://renderer/cases/42')).text()).toContain('<title>x</title>');
    expect((await get('app://renderer/')).status).toBe(200);
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/%2E%2E%2Fsecret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://renderer/assets/%2e%2e/%2e%2e/secret.txt',
    'app://renderer/..%2frenderer-evil/x.js',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A', // malformed escape
    'app://other/index.html',
    'app://renderer:99/index.html',
  ])('refuses %s without leaking files outside the renderer folder', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/SECRET|evil/);
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await get('app://renderer/missing.js')).status).toBe(404);
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });

  it('resolves only paths strictly inside the root', () => {
    expect(resolveRendererFile(root, 'app://renderer/assets/main.js')).toBe(
      path.join(root, 'assets', 'main.js'),
    );
    expect(resolveRendererFile(root, 'app://renderer/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(root, 'https://renderer/index.html')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only app://renderer', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://renderer')).toBe(true);
    for (const bad of [
      'app://evil/',
      'app://x@renderer/',
      'https://renderer/',
      'file:///renderer/',
      '',
      'app:renderer',
    ]) {
      expect(isAppUrl(bad)).toBe(false);
    }
  });
});
