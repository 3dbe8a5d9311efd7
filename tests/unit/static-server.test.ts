import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, serveStatic, type StaticServer } from '../../tooling/static-server.ts';

// A tiny build in `dist/`, beside a file that must never be served, and a second folder for a second mount.
const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const dist = join(root, 'dist');
const peer = join(root, 'peer');
const files: Record<string, string> = {
  'dist/index.html': '<!doctype html><title>Home</title>',
  'dist/404.html': '<!doctype html><h1>Page not found</h1>',
  'dist/people/x/index.html': '<!doctype html><title>X</title>',
  'dist/data/statements.csv': 'id,words\r\n',
  'dist/data/statements.json': '[]',
  'dist/feed.xml': '<rss/>',
  'dist/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'dist/share/site.png': 'png',
  'dist/_astro/a.js': 'console.log(1)',
  'dist/_astro/a.css': 'body{margin:0}',
  'dist/robots.txt': 'User-agent: *',
  'dist/pagefind/pagefind-entry.json': '{}',
  'dist/pagefind/wasm.en.pagefind': 'gz',
  'dist/pagefind/pagefind.en_1.pf_meta': 'gz',
  'dist/pagefind/index/en_1.pf_index': 'gz',
  'dist/pagefind/fragment/en_1.pf_fragment': 'gz',
  'dist/module.wasm': '\0asm',
  'dist/text.txt': 'words '.repeat(200),
  'secret.txt': 'not for the web',
  'peer/index.html': '<!doctype html><title>Peer</title>',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A raw HTTP request (fetch would normalise `..` and refuse some targets before sending them). */
function get(server: StaticServer, target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}/`, { path: target, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${target}`)));
    req.on('error', reject);
    req.end();
  });
}

let news: StaticServer;
let mounted: StaticServer;
beforeAll(async () => {
  news = await serveStatic({ '/news/': dist });
  mounted = await serveStatic({ '/__peer/': peer, '/': dist }, { brotli: true });
});
afterAll(async () => {
  await news?.close();
  await mounted?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves a build under its base path, index.html for a folder, and redirects a folder without its slash', async () => {
    const home = await get(news, '/news/');
    expect(home.status).toBe(200);
    expect(home.body.toString()).toBe(files['dist/index.html']);
    expect((await get(news, '/news/people/x/')).body.toString()).toBe(files['dist/people/x/index.html']);
    const slashless = await get(news, '/news/people/x?a=1');
    expect([slashless.status, slashless.headers.location]).toEqual([301, '/news/people/x/?a=1']);
    const base = await get(news, '/news');
    expect([base.status, base.headers.location]).toEqual([301, '/news/']);
    expect((await get(news, '/news/people/./x/')).status).toBe(200);
  });

  it('answers an unknown path at any depth with the site\'s 404 page and status 404, and a path outside the base with 404', async () => {
    for (const path of ['/news/no-such-page/', '/news/a/b/c/d/e', '/news/people/x/y/z.html', '/news/people/x/index.html/']) {
      const res = await get(news, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.body.toString(), path).toBe(files['dist/404.html']);
    }
    const outside = await get(news, '/people/x/');
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).not.toContain('<title>X</title>');
  });

  it('answers a malformed percent-encoding with 400, and keeps serving', async () => {
    for (const path of ['/news/%E0%A4%A', '/news/%zz/', '/news/people/%', '/news/%00']) {
      const res = await get(news, path);
      expect(res.status, path).toBe(400);
    }
    expect((await get(news, '/news/')).status).toBe(200);
    expect(requestPath('/news/%E0%A4%A')).toEqual({ refuse: 400 });
  });

  it('never serves a file outside its folder, however `..` is written', async () => {
    for (const path of ['/news/../secret.txt', '/news/../../secret.txt', '/../secret.txt', '/news/%2e%2e/secret.txt', '/news/%2e%2e/%2e%2e/secret.txt', '/news/..%2f..%2fsecret.txt', '/news/people/../../../secret.txt']) {
      const res = await get(news, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body.toString(), path).not.toContain('not for the web');
    }
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/people/..%2f..%2fsecret.txt']) {
      const res = await get(mounted, path);
      expect(res.status, path).toBe(400);
      expect(res.body.toString(), path).not.toContain('not for the web');
    }
    // Dot segments that stay inside the folder resolve as a browser would.
    expect((await get(news, '/news/people/../people/x/')).body.toString()).toBe(files['dist/people/x/index.html']);
  });

  it('sends each kind of file with its content type', async () => {
    const types: Record<string, string> = {
      '/news/': 'text/html; charset=utf-8',
      '/news/data/statements.csv': 'text/csv; charset=utf-8',
      '/news/data/statements.json': 'application/json; charset=utf-8',
      '/news/feed.xml': 'application/xml; charset=utf-8',
      '/news/favicon.svg': 'image/svg+xml',
      '/news/share/site.png': 'image/png',
      '/news/_astro/a.js': 'text/javascript; charset=utf-8',
      '/news/_astro/a.css': 'text/css; charset=utf-8',
      '/news/robots.txt': 'text/plain; charset=utf-8',
      '/news/module.wasm': 'application/wasm',
      '/news/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      '/news/pagefind/wasm.en.pagefind': 'application/octet-stream',
      '/news/pagefind/pagefind.en_1.pf_meta': 'application/octet-stream',
      '/news/pagefind/index/en_1.pf_index': 'application/octet-stream',
      '/news/pagefind/fragment/en_1.pf_fragment': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await get(news, path);
      expect([res.status, res.headers['content-type']], path).toEqual([200, type]);
      // Pagefind unpacks its own files: a Content-Encoding would make the browser unpack them first.
      expect(res.headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('answers HEAD without a body and refuses other methods with 405', async () => {
    const head = await get(news, '/news/', { method: 'HEAD' });
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, String(Buffer.byteLength(files['dist/index.html'])), 0]);
    const post = await get(news, '/news/', { method: 'POST' });
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('serves several folders under their prefixes, the longest first', async () => {
    expect((await get(mounted, '/__peer/')).body.toString()).toBe(files['peer/index.html']);
    expect((await get(mounted, '/')).body.toString()).toBe(files['dist/index.html']);
    expect((await get(mounted, '/people/x/')).body.toString()).toBe(files['dist/people/x/index.html']);
  });

  it('with brotli on, compresses text for a client that accepts it, and counts the bytes and requests it sends', async () => {
    mounted.reset();
    const text = await get(mounted, '/text.txt', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(text.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(text.body).toString()).toBe(files['dist/text.txt']);
    expect(text.body.length).toBeLessThan(files['dist/text.txt'].length);
    const png = await get(mounted, '/share/site.png', { headers: { 'accept-encoding': 'br' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    const plain = await get(mounted, '/text.txt');
    expect(plain.body.toString()).toBe(files['dist/text.txt']);
    expect(mounted.sent).toEqual({ requests: 3, bytes: text.body.length + png.body.length + plain.body.length });
    mounted.reset();
    expect(mounted.sent).toEqual({ requests: 0, bytes: 0 });
  });
});
