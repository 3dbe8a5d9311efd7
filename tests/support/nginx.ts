import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxLocations } from '../../src/publish/hosting.ts';

/** A real nginx (the Debian package) serving a built site under a base path on a loopback port, as a static host would. */
export interface Nginx {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  stop: () => Promise<void>;
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts nginx in the foreground with a config in a temporary folder: `dist` is served at `base`, unknown paths get `<base>404.html` with status 404. */
export async function startNginx(dist: string, base: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const www = join(dir, 'www');
  mkdirSync(join(www, ...base.split('/').filter(Boolean).slice(0, -1)), { recursive: true });
  symlinkSync(dist, join(www, base.replace(/^\/|\/$/g, '')));
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${www};
    disable_symlinks off;
    # The blocks docs/hosting.md shows, from the same function.
    ${nginxLocations(base).split('\n').join('\n    ')}
  }
}
`,
  );
  const bin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child: ChildProcess = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let failed = false;
  child.stderr!.on('data', (d) => (stderr += d));
  child.once('error', (e) => {
    failed = true;
    stderr += `${e.message} (is the nginx package installed? .ci/run installs it)`;
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (failed || child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    try {
      await fetch(`${origin}${base}`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
