/**
 * Compressed answers, brotli or gzip as the client's Accept-Encoding prefers, for what is made per
 * request (the API's JSON, the pages). The console's built assets are compressed once, at build
 * time (`vite.config.ts`), and served as they are (`console.ts`): see there why.
 */
import { existsSync } from 'node:fs';
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Answers that are never compressed: an event stream must reach the client event by event, and a
 * compressor holds bytes back until it has enough; a multipart answer (deferred GraphQL results)
 * is such a stream too. Documents (.docx, .xlsx) are zip files already: the library's own filter
 * leaves out every type not known to be compressible, and honours `Cache-Control: no-transform`.
 */
const STREAMED_TYPES = /^(text\/event-stream|multipart\/)/i;

function worthCompressing(req: Request, res: Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  if (STREAMED_TYPES.test(type)) return false;
  return compression.filter(req, res);
}

/**
 * Brotli at the library's quality 4 costs about as much CPU as gzip's default and still answers
 * smaller; answers under 1 KB (most single records) go out as they are.
 */
export function compressedAnswers(): RequestHandler {
  return compression({ filter: worthCompressing, threshold: 1024 });
}

/** The encodings a build writes beside each asset, best first, with the file suffix of each. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * How much the client wants each content coding, from its Accept-Encoding: `q` of the coding's own
 * entry, else of `*`, else 0 (identity: 1 unless refused).
 */
function acceptedWeights(header: string): (coding: string) => number {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name, ...params] = entry.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  return (coding) => weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? 1 : 0);
}

/**
 * Which precompressed copy of `file` to send for `req`: the one the client wants most among those
 * that exist, brotli before gzip when it wants both alike (browsers list gzip first and mean no
 * preference), or null for the file itself. A request without Accept-Encoding gets the file
 * itself (HTTP allows any coding then, but clients that send none rarely decode any).
 */
export function precompressedCopy(req: Request, file: string): (typeof PRECOMPRESSED)[number] | null {
  const header = req.headers['accept-encoding'];
  if (!header) return null;
  const weight = acceptedWeights(header);
  let best: (typeof PRECOMPRESSED)[number] | null = null;
  for (const copy of PRECOMPRESSED) {
    if (weight(copy.encoding) > (best ? weight(best.encoding) : 0) && existsSync(file + copy.suffix)) best = copy;
  }
  return best && weight(best.encoding) >= weight('identity') ? best : null;
}
