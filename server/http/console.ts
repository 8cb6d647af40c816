import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { compressedAnswers, precompressedCopy } from './compression';

/**
 * Where the built console is: beside the compiled server in dist/, or in dist/ when the server runs
 * from source. A build has an assets folder, which the console's source folder does not.
 */
export function consoleDir(): string | null {
  const candidates = [join(__dirname, '..', '..', 'admin'), join(__dirname, '..', '..', 'dist', 'admin')];
  return candidates.find((dir) => existsSync(join(dir, 'assets')) && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * A built asset's name carries a hash of its content, so a name always means the same bytes: a
 * browser may keep it for good, and a new build is fetched under new names.
 */
const FOREVER = { maxAge: '1y', immutable: true } as const;

/**
 * Serves the built console at `/` and the query workbench at `/workbench` from the API's own
 * origin: no CDN, nothing fetched from elsewhere.
 */
export function consoleRouter(dir: string): Router {
  const router = express.Router();
  const compressed = compressedAnswers();
  const assets = join(dir, 'assets');
  router.get('/workbench', compressed, (_req, res, next) => {
    res.sendFile(join(dir, 'workbench.html'), { headers: { 'Cache-Control': 'no-cache' } }, (error) => {
      if (error && !res.headersSent) next();
    });
  });
  router.use('/assets', compressed, precompressedAssets(assets), express.static(assets, { ...FOREVER, index: false }));
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForPages }));
  return router;
}

/** Pages name the hashed assets of the current build, so they are checked on every visit. */
function noCacheForPages(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

/** The assets folder is flat: a name with a folder in it, or a hidden one, is none of ours. */
const ASSET_NAME = /^[\w-][\w.-]*$/;

/**
 * The build writes a brotli and a gzip copy beside each asset (`vite.config.ts`), at the highest
 * settings, once: compressing the console's 1.4 MB script per request would cost CPU on every
 * first visit and, at the quality a request can afford, send more bytes. The copy the client
 * prefers is sent as the asset, with its own ETag; the others go to the static files.
 */
function precompressedAssets(assets: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!ASSET_NAME.test(name)) return next();
    // Whichever copy is sent, a cache must not hand it to a client that asked for another coding.
    res.vary('Accept-Encoding');
    const file = join(assets, name);
    const copy = precompressedCopy(req, file);
    if (!copy) return next();
    res.type(extname(name));
    res.sendFile(file + copy.suffix, { ...FOREVER, headers: { 'Content-Encoding': copy.encoding } }, (error) => {
      if (error && !res.headersSent) next();
    });
  };
}
