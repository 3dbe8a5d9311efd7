/** One static file server for built sites, as a plain static host serves them; the tests and the bench both use it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The content type of each kind of file a build holds; anything else is sent as `application/octet-stream`. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // Citation files (`citation.csl.json` is matched whole, before `.json`).
  '.csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  // Pagefind's index, fragments and WebAssembly: gzip data its script unpacks itself, so no Content-Encoding may be added.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Types a host compresses on the way out (Pagefind's files and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|x-research-info-systems|x-bibtex|vnd\.citationstyles\.csl\+json)|image\/svg\+xml|font\/ttf)/;

/** The content type a file is served with. */
export function contentType(file: string): string {
  const name = file.toLowerCase();
  // A double extension (`.csl.json`) names its own type before the last extension's.
  const double = Object.keys(CONTENT_TYPES).find((ext) => ext.split('.').length > 2 && name.endsWith(ext));
  return CONTENT_TYPES[double ?? extname(name)] ?? 'application/octet-stream';
}

export interface ServeOptions {
  /** Brotli (quality 11) for compressible types when the client accepts it, as a host with precompressed files sends them. */
  brotli?: boolean;
}

/** A running server, and what it has sent since it started or since the last `reset()`. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without any base. */
  origin: string;
  /** Requests answered, and bytes of response bodies sent (compressed where compressed). */
  sent: { requests: number; bytes: number };
  reset(): void;
  close(): Promise<void>;
}

/** The decoded path of a request target with its dot segments resolved, or an HTTP status to refuse it with. */
export function requestPath(target: string): { path: string; query: string } | { refuse: 400 } {
  if (!target.startsWith('/')) return { refuse: 400 };
  const cut = target.search(/[?#]/);
  const raw = cut === -1 ? target : target.slice(0, cut);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { refuse: 400 }; // a malformed percent-encoding (`%E0%A4%A`, `%zz`)
  }
  if (decoded.includes('\0')) return { refuse: 400 };
  const segments: string[] = [];
  const parts = decoded.split('/').slice(1);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (part === '..') {
      if (segments.length === 0) return { refuse: 400 }; // climbs above the root
      segments.pop();
    } else if (part !== '.' && (part !== '' || last)) segments.push(part);
    if (last && (part === '.' || part === '..')) segments.push('');
  }
  return { path: `/${segments.join('/')}`, query: cut === -1 ? '' : target.slice(cut).replace(/#.*$/, '') };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Serves each folder of `mounts` under its URL prefix (`{ '/news/': dist }` serves a build under /news/; the longest
 * prefix wins): `dir/index.html` for `dir/`, a redirect from `dir` to `dir/`, and for a missing path the mount's own
 * `404.html` with status 404. A malformed percent-encoding or a path above the root gets 400, a method other than GET or
 * HEAD 405; nothing outside a mount's folder is ever read.
 */
export async function serveStatic(mounts: Record<string, string>, options: ServeOptions = {}): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`a mount prefix starts and ends with "/": ${prefix}`);
  const compressed = new Map<string, Buffer>();
  const sent = { requests: 0, bytes: 0 };

  const send = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer | string) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-length': bytes.length, 'cache-control': 'no-store', ...headers });
    const withBody = req.method !== 'HEAD';
    res.end(withBody ? bytes : undefined);
    sent.bytes += withBody ? bytes.length : 0;
  };
  const text = (req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) =>
    send(req, res, status, { 'content-type': 'text/plain; charset=utf-8', ...headers }, message);

  const sendFile = async (req: IncomingMessage, res: ServerResponse, status: number, file: string) => {
    const type = contentType(file);
    const br = options.brotli === true && COMPRESSIBLE.test(type) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = br ? compressed.get(file) : undefined;
    if (!body) {
      body = await readFile(file);
      if (br) {
        body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        compressed.set(file, body);
      }
    }
    send(req, res, status, { 'content-type': type, ...(options.brotli ? { vary: 'accept-encoding' } : {}), ...(br ? { 'content-encoding': 'br' } : {}) }, body);
  };

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(req, res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    const target = requestPath(req.url ?? '/');
    if ('refuse' in target) return text(req, res, target.refuse, 'bad request');
    const { path, query } = target;
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) {
      const base = prefixes.find((p) => `${path}/` === p);
      return base ? send(req, res, 301, { location: `${base}${query}` }, '') : text(req, res, 404, 'not found');
    }
    const folder = mounts[prefix];
    const notFound = async () => ((await isFile(join(folder, '404.html'))) ? sendFile(req, res, 404, join(folder, '404.html')) : text(req, res, 404, 'not found'));
    let file = join(folder, path.slice(prefix.length));
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) return send(req, res, 301, { location: `${encodeURI(path)}/${query}` }, '');
      file = join(file, 'index.html');
    }
    return (await isFile(file)) ? sendFile(req, res, 200, file) : notFound();
  };

  const server = createServer((req, res) => {
    sent.requests++;
    answer(req, res).catch((error: unknown) => {
      if (!res.headersSent) text(req, res, 500, `server error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    sent,
    reset() {
      sent.requests = 0;
      sent.bytes = 0;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
