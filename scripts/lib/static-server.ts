/**
 * A tiny HTTP server on 127.0.0.1 (random port) for e2e tests, the corpus evaluation and the benchmark.
 * Serves files under `root` and/or whatever `resolve` returns; 404 for anything else. Never leaves `root`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, resolve as resolvePath, sep } from 'node:path';

export interface Resolved {
  body: Buffer | string;
  /** MIME type without parameters, e.g. `text/html`. */
  type: string;
  /** Charset parameter for text types; defaults to utf-8 for text-like types. */
  charset?: string;
  /** Extra response headers for this answer. */
  headers?: Record<string, string>;
}

export interface ServerOptions {
  /** Folder to serve files from. `x.html` is also served from `x.html.gz` (decompressed) when only that exists. */
  root?: string;
  /** Called first with the decoded URL path (`/a/b.html`); return null to fall through to `root`. */
  resolve?: (urlPath: string) => Resolved | null | Promise<Resolved | null>;
  /** Extra headers on every 200 answer, e.g. a `Content-Security-Policy` that turns page scripts off. */
  headers?: Record<string, string>;
}

export interface RunningServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/** MIME type for a file name, by extension; `application/octet-stream` when unknown. */
export function contentTypeFor(name: string): string {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

function isTextual(type: string): boolean {
  return type.startsWith('text/') || type === 'application/json' || type === 'application/xml' || type === 'image/svg+xml';
}

/** The Content-Type header value: charset added for text types (utf-8 unless given). */
export function contentTypeHeader(type: string, charset?: string): string {
  if (charset) return `${type}; charset=${charset}`;
  return isTextual(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Maps a URL path to a file inside `root`, or null when it would escape `root` (`..`, encoded `%2e%2e`,
 * backslashes, NUL bytes) or cannot be decoded.
 */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolvePath(root);
  const full = resolvePath(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function fromRoot(root: string, urlPath: string): Promise<Resolved | null> {
  let file = safeJoin(root, urlPath);
  if (!file) return null;
  if (urlPath.endsWith('/')) file = resolvePath(file, 'index.html');
  if (await isFile(file)) return { body: await readFile(file), type: contentTypeFor(file) };
  if (await isFile(file + '.gz')) return { body: gunzipSync(await readFile(file + '.gz')), type: contentTypeFor(file) };
  return null;
}

async function answer(opts: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  let found: Resolved | null = null;
  if (opts.resolve) found = await opts.resolve(urlPath);
  if (!found && opts.root) found = await fromRoot(opts.root, urlPath);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found');
    return;
  }
  const body = typeof found.body === 'string' ? Buffer.from(found.body, 'utf8') : found.body;
  res.writeHead(200, {
    'Content-Type': contentTypeHeader(found.type, found.charset),
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...opts.headers,
    ...found.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Starts the server on 127.0.0.1 with a random free port. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer((req, res) => {
    answer(opts, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    });
  });
  // Keep-alive sockets would make close() wait for idle browsers; close them eagerly.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections();
      }),
  };
}
