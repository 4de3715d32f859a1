/**
 * The fixture server (static files on 127.0.0.1) and a recording proxy that both browsers send
 * every request through, so a test sees all traffic: pages, extension, browser.
 */
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** URL prefix → folder */
const MOUNTS: Record<string, string> = {
  '/pages/': join(ROOT, 'e2e/pages'),
  '/fixtures/': join(ROOT, 'tests/fixtures'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  host: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** `extraMounts`: more URL prefix → folder pairs (e.g. a folder of generated pages) */
export async function startFixtureServer(extraMounts: Record<string, string> = {}): Promise<FixtureServer> {
  const mounts = { ...MOUNTS, ...extraMounts };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) {
      res.writeHead(404).end();
      return;
    }
    const base = mounts[mount] as string;
    const file = normalize(join(base, path.slice(mount.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const port = await listen(server);
  const host = `127.0.0.1:${port}`;
  return {
    origin: `http://${host}`,
    host,
    url: (p) => `http://${host}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => close(server),
  };
}

export interface RecordedRequest {
  method: string;
  /** absolute URL for plain HTTP, `host:port` for CONNECT (HTTPS) */
  url: string;
  host: string;
  /** whether the proxy let it through (only the allowed hosts are) */
  forwarded: boolean;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records every request and forwards only those to `allowHosts`
 * (`host:port`); everything else gets a 403 (and no traffic leaves the machine).
 */
export async function startRecordingProxy(allowHosts: string[]): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const allowed = allowHosts.includes(target.host);
    requests.push({ method: req.method ?? 'GET', url: target.href, host: target.host, forwarded: allowed });
    if (!allowed) {
      res.writeHead(403).end();
      return;
    }
    const up = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.on('error', () => up.destroy());
    req.pipe(up);
  });
  server.on('connect', (req, socket) => {
    // a browser that is closing resets its tunnels: never let that become an uncaught error
    socket.on('error', () => socket.destroy());
    const host = req.url ?? '';
    const allowed = allowHosts.includes(host);
    requests.push({ method: 'CONNECT', url: host, host, forwarded: allowed });
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [h, p] = host.split(':');
    const up = connect(Number(p), h, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('close', () => up.destroy());
  });
  const port = await listen(server);
  return { port, requests, close: () => close(server) };
}

function listen(server: Server): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}
