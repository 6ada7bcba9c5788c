/**
 * A small static HTTP server on 127.0.0.1 (the demo and the e2e tests). Each mount maps an address
 * prefix to a folder; folders are read in place. Paths under /csp/ get a strict Content-Security-Policy
 * without scripts, and paths under /csp-none/ a policy that allows nothing at all (e2e tests). Paths
 * under /csp-isolated/ are like /csp/ and cross-origin isolated (COOP + COEP), which gives
 * performance.now() 5 µs steps instead of 100 µs (the benchmark's floors are 0.2–1.3 ms).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** /csp/: page scripts off (corpus pages keep their inline styles). */
export const NO_SCRIPT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";
/** /csp-none/: nothing at all is allowed, not even inline styles. */
export const NOTHING_CSP = "default-src 'none'";

export interface StaticServer {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** `mounts`: address prefix ("/", "/corpus/") → folder. The longest matching prefix wins. */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  const requests: string[] = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (path.startsWith('/csp-isolated/')) {
      headers['content-security-policy'] = NO_SCRIPT_CSP;
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
      path = path.slice('/csp-isolated'.length);
    } else if (path.startsWith('/csp/')) {
      headers['content-security-policy'] = NO_SCRIPT_CSP;
      path = path.slice('/csp'.length);
    } else if (path.startsWith('/csp-none/')) {
      headers['content-security-policy'] = NOTHING_CSP;
      path = path.slice('/csp-none'.length);
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const base = resolve(mounts[prefix]);
    const file = resolve(base, '.' + normalize('/' + path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
