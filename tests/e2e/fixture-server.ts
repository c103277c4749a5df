import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
  /** Every request received, in order (the hostile-content tests look for /xss ones). */
  requests: LoggedRequest[];
  /** Serves a page generated in the test at `path` (e.g. "/generated/tiny.pdf"). */
  serve(path: string, body: string | Buffer, contentType: string): string;
}

export interface LoggedRequest {
  path: string;
  query: string;
  referer: string | null;
}

/** Serves tests/fixtures at /fixtures/ on 127.0.0.1 (the only host the e2e build may read). */
export async function startFixtureServer(
  root = resolve(import.meta.dirname, '../fixtures'),
): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const generated = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const address = new URL(req.url ?? '/', 'http://x');
    requests.push({
      path: address.pathname,
      query: address.search,
      referer: req.headers.referer ?? null,
    });
    // A hostile vector that ran asks for /xss?v=<id>: logged above, answered with nothing.
    if (address.pathname === '/xss') {
      res.writeHead(204).end();
      return;
    }
    const page = generated.get(address.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': page.type }).end(page.body);
      return;
    }
    const path = normalize(decodeURIComponent(address.pathname));
    const relative = path.replace(/^\/fixtures\//, '');
    const file = join(root, relative);
    if (!path.startsWith('/fixtures/') || !file.startsWith(root)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      let body: string | Buffer = await readFile(file);
      // Hostile pages name the server that logs their markers as __ORIGIN__.
      if (/^hostile-.*\.html$/.test(relative))
        body = body.toString('utf8').replaceAll('__ORIGIN__', origin);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/fixtures/${path}`,
    requests,
    serve: (path, body, type) => {
      generated.set(path, { body, type });
      return `${origin}${path}`;
    },
    // Chromium keeps idle keep-alive sockets open; without closing them close() waits for them.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
