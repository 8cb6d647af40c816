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

/** Serves the built console from the API's own origin: no CDN, nothing fetched from elsewhere. */
export function consoleRouter(dir: string): Router {
  const router = express.Router();
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex }));
  return router;
}

function noCacheForIndex(res: express.Response, path: string): void {
  if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
}
