/*
 * A tiny static file server for the built dist/: the e2e tests and the benchmarks load the
 * production bundle from it, over http on 127.0.0.1 (a secure context, so IndexedDB works).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.eml': 'message/rfc822',
  '.map': 'application/json',
};

/**
 * Serves each root directory (tried in order) at http://127.0.0.1:<free port>/.
 * Resolves to { url, close }.
 */
export async function startStaticServer(roots, { port = 0 } = {}) {
  const absRoots = (Array.isArray(roots) ? roots : [roots]).map((r) => path.resolve(r));
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      for (const root of absRoots) {
        const file = path.join(root, path.normalize(relative));
        if (!file.startsWith(root + path.sep)) break;
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) continue;
        res.writeHead(200, {
          'Content-Type': types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

// `node tools/staticServer.mjs [dir] [port]` serves a built folder by hand (dist/ by default).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startStaticServer(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 0) });
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${server.url}/`);
}
