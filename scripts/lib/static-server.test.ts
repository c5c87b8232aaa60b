import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor, contentTypeHeader, safeJoin, startServer, type RunningServer } from './static-server.ts';

/** Raw GET that does not normalise `..` (fetch would). */
function rawGet(base: string, path: string): Promise<{ status: number; type: string; csp?: string; body: Buffer }> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), csp: res.headers['content-security-policy'] as string | undefined, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'nutgraf-static-'));
const root = join(dir, 'www');
mkdirSync(join(root, 'sub'), { recursive: true });
writeFileSync(join(root, 'page.html'), '<p>héllo</p>');
writeFileSync(join(root, 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'sub', 'index.html'), '<p>sub</p>');
writeFileSync(join(root, 'zipped.html.gz'), gzipSync('<p>from gzip</p>'));
writeFileSync(join(dir, 'secret.txt'), 'do not serve');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    root,
    headers: { 'Content-Security-Policy': "script-src 'none'" },
    resolve: (p) => (p === '/latin1.html' ? { body: Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]), type: 'text/html', charset: 'windows-1252' } : null),
  });
});
afterAll(() => server.close());

describe('startServer', () => {
  test('listens on 127.0.0.1 with a port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test.each([
    ['/page.html', 200, 'text/html; charset=utf-8', '<p>héllo</p>'],
    ['/app.js', 200, 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/sub/', 200, 'text/html; charset=utf-8', '<p>sub</p>'],
    ['/zipped.html', 200, 'text/html; charset=utf-8', '<p>from gzip</p>'],
    ['/missing.html', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/../secret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/%2e%2e/secret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/sub/..%2f..%2fsecret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
    ['/..\\secret.txt', 404, 'text/plain; charset=utf-8', 'not found'],
  ])('GET %s → %i', async (path, status, type, body) => {
    const res = await rawGet(server.url, path);
    expect(res.status).toBe(status);
    expect(res.type).toBe(type);
    expect(res.body.toString('utf8')).toBe(body);
  });

  test('resolve() wins and its charset is sent with the bytes untouched', async () => {
    const res = await rawGet(server.url, '/latin1.html');
    expect(res.type).toBe('text/html; charset=windows-1252');
    expect(res.body[3]).toBe(0xe9);
  });

  test('extra headers go on answers, not on 404s', async () => {
    expect((await rawGet(server.url, '/page.html')).csp).toBe("script-src 'none'");
    expect((await rawGet(server.url, '/nope')).csp).toBeUndefined();
  });
});

describe('helpers', () => {
  test.each([
    ['a.html', 'text/html'],
    ['a.CSS', 'text/css'],
    ['a.woff2', 'font/woff2'],
    ['a.bin', 'application/octet-stream'],
  ])('contentTypeFor(%s) = %s', (name, type) => expect(contentTypeFor(name)).toBe(type));

  test.each([
    ['image/png', undefined, 'image/png'],
    ['text/html', undefined, 'text/html; charset=utf-8'],
    ['text/html', 'shift_jis', 'text/html; charset=shift_jis'],
  ])('contentTypeHeader(%s, %s)', (type, cs, out) => expect(contentTypeHeader(type, cs)).toBe(out));

  test.each([
    ['/a/b.html', true],
    ['/', true],
    ['/../x', false],
    ['/a/../../x', false],
    ['/%2e%2e/x', false],
    ['/a%00b', false],
    ['/%E0%A4%A', false],
  ])('safeJoin(root, %s) inside root: %s', (p, inside) => {
    expect(safeJoin('/srv/www', p) !== null).toBe(inside);
  });
});
