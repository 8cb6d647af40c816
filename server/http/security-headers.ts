/**
 * Response headers that tell browsers what the pages may do. Everything the console, the query
 * workbench and the public intake page load comes from this origin, so the policy allows only
 * 'self' for scripts and connections; no header allows another origin to call the API (no CORS).
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // React's component styles (emotion) and Monaco's editor are injected as <style> elements; the
  // intake page carries its own <style>.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The pages' empty icon and the editor's icon fonts are data: URLs.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  // Monaco's language services run in workers, built as files of their own.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    // Listed in full rather than merged into helmet's defaults, which allow fonts and styles from
    // any https: origin and upgrade requests to https: (breaking a plain-http intranet install).
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
