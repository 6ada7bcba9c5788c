/**
 * A static HTTP server on 127.0.0.1 for e2e pages: the project's fixtures at /, the shared corpus at
 * /corpus/ (read in place). Paths under /csp/ are served with a strict Content-Security-Policy.
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
};

export const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'";

export interface StaticServer {
  url: string;
  /** Every path requested, in order (the privacy test reads it). */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(roots: { fixtures: string; corpus: string }): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    let base = roots.fixtures;
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (path.startsWith('/corpus/')) {
      base = roots.corpus;
      path = path.slice('/corpus'.length);
    } else if (path.startsWith('/csp/')) {
      headers['content-security-policy'] = STRICT_CSP;
      path = path.slice('/csp'.length);
    }
    const file = resolve(base, '.' + normalize(path));
    if (!file.startsWith(resolve(base))) {
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
    close: () => new Promise((done) => server.close(() => done())),
  };
}
