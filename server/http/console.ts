import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/**
 * Where the built console is: beside the compiled server in dist/, or in dist/ when the server runs
 * from source. A build has an assets folder, which the console's source folder does not.
 */
export function consoleDir(): string | null {
  const candidates = [join(__dirname, '..', '..', 'admin'), join(__dirname, '..', '..', 'dist', 'admin')];
  return candidates.find((dir) => existsSync(join(dir, 'assets')) && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the built console at `/` and the query workbench at `/workbench` from the API's own
 * origin: no CDN, nothing fetched from elsewhere.
 */
export function consoleRouter(dir: string): Router {
  const router = express.Router();
  router.get('/workbench', (_req, res, next) => {
    res.sendFile(join(dir, 'workbench.html'), { headers: { 'Cache-Control': 'no-cache' } }, (error) => {
      if (error && !res.headersSent) next();
    });
  });
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForPages }));
  return router;
}

/** Pages name the hashed assets of the current build, so they are checked on every visit. */
function noCacheForPages(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
