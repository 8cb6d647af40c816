/**
 * What the pages reached without an account (the intake form, the ballot) share: the escaping, the
 * page shell, and the language a page is written in. A page carries no script and loads nothing from
 * elsewhere: it is read by people who may be wary of what a page tells about them, on any device.
 */
import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import type { Language } from '../../shared/messages';
import { isDatabaseUnavailable } from '../db/outage';
import { log } from '../observability/log';
import { clientErrorStatus, databaseUnavailableResponse } from './error-response';

export type { Language };

/** A text as each language says it. */
export type InEach<T = string> = Record<Language, T>;

export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Chinese, unless the request prefers English. The pages are printed and posted for a Chinese
 * public, so a browser that names neither language (or sends no preference) gets Chinese.
 */
export function pageLanguage(req: Request): Language {
  return req.acceptsLanguages('zh', 'en') === 'en' ? 'en' : 'zh';
}

/** Made once per language, for the pages that hold nothing of the request. */
export const inEach = <T>(make: (language: Language) => T): InEach<T> => ({ zh: make('zh'), en: make('en') });

const HTML_LANG: InEach = { zh: 'zh-CN', en: 'en' };
const OTHER: InEach<Language> = { zh: 'en', en: 'zh' };

const BASE_STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
h1{font-size:1.4rem;color:#b00}
button{margin-top:1.5rem;padding:.6rem 2rem;font:inherit;background:#b00;color:#fff;border:0;border-radius:4px}
.note{color:#555;font-size:.9rem}.error{color:#b00;font-weight:bold}`;

/**
 * The whole page. `body` is markup, already escaped where it holds what anyone typed; `style` adds
 * the rules of one kind of page to the shared ones (an inline style, allowed by the content policy).
 */
export function page(language: Language, title: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="${HTML_LANG[language]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
${BASE_STYLE}${style ? `\n${style}` : ''}
</style></head><body>${body}</body></html>`;
}

/** A page that only tells something: its title, its heading and a sentence. */
export type Notice = [title: string, heading: string, note: string];

const noticeBody = (heading: string, note: string) => `<h1>${escape(heading)}</h1><p>${escape(note)}</p>`;

export function notice(language: Language, [title, heading, note]: Notice, style = ''): string {
  return page(language, title, noticeBody(heading, note), style);
}

/**
 * A notice in both languages at once, the request's first. For what must reach a person whatever
 * they read (that a ballot or a report was not taken, and to come back), not only when their
 * browser names their language.
 */
export function noticeInBoth(language: Language, notices: InEach<Notice>, style = ''): string {
  const other = OTHER[language];
  const [title, heading, note] = notices[language];
  const [otherTitle, otherHeading, otherNote] = notices[other];
  return page(
    language,
    `${title} / ${otherTitle}`,
    `${noticeBody(heading, note)}\n<div lang="${HTML_LANG[other]}">${noticeBody(otherHeading, otherNote)}</div>`,
    style,
  );
}

/**
 * First on a public page's paths. Nothing of these pages may be kept by a cache, a shared one above
 * all: a page holds a one-time link's form, and its answer tells what became of that link. The
 * language depends on Accept-Language, which any cache that does keep something must know.
 */
export function publicPageHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set('Cache-Control', 'no-store');
  res.vary('Accept-Language');
  next();
}

/**
 * Logs a failure a public page did not foresee by the error's code only: its text could carry what
 * the person typed.
 */
export function logPageFailure(msg: string, error: unknown): void {
  log({ level: 'error', msg, error: (error as { code?: string } | null)?.code ?? 'unknown' });
}

/** The pages a public page answers a failed request with, each made once per language. */
export interface FailurePages {
  tooLarge: InEach;
  unreadable: InEach;
  unavailable: InEach;
}

/**
 * The error handler of a public page's paths, so that its reader gets a page, never the API's
 * JSON: the body parser's refusal (too large, too many fields, a bad encoding) with its status, an
 * outage as 503 with Retry-After, and anything else as 500 with the outage page, logged as
 * `failed` says.
 */
export function publicPageErrors(failed: string, pages: FailurePages): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const language = pageLanguage(req);
    const status = clientErrorStatus(error);
    if (status !== null) {
      return void res
        .status(status)
        .type('html')
        .send((status === 413 ? pages.tooLarge : pages.unreadable)[language]);
    }
    if (isDatabaseUnavailable(error)) return void databaseUnavailableResponse(res, error).type('html').send(pages.unavailable[language]);
    logPageFailure(failed, error);
    res.status(500).type('html').send(pages.unavailable[language]);
  };
}
