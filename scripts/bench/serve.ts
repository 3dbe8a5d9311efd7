/** A static file server for the bench: serves folders under URL prefixes, brotli for text (as a static host would), and counts what it sends. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.ttf']);

/** A running server and what it has sent since the last `reset()`. */
export interface BenchServer {
  origin: string;
  sent: { requests: number; bytes: number };
  reset(): void;
  close(): Promise<void>;
}

/** Serves each `prefix → folder` (longest prefix first); `/x/` serves `x/index.html`. */
export async function serve(mounts: Record<string, string>): Promise<BenchServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map<string, Buffer>();
  const sent = { requests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    let file = prefix === undefined ? undefined : join(mounts[prefix], normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    sent.requests++;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      sent.bytes += 9;
      return;
    }
    const ext = extname(file);
    const br = COMPRESSIBLE.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${br}:${file}`;
    let body = cache.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = br ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : raw;
      cache.set(key, body);
    }
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store', ...(br ? { 'content-encoding': 'br' } : {}) });
    res.end(body);
    sent.bytes += body.length;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    reset() {
      sent.requests = 0;
      sent.bytes = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
