/**
 * The public ballot page (民主测评、问卷调查): one printed one-time link, one ballot, no account,
 * no script and nothing loaded from elsewhere. A link that is unknown, used, or whose evaluation is
 * no longer open (or whose inspection has left inquiry) gets the same plain page, so the answer
 * tells nothing about which it is.
 *
 * Anonymity: the key is never logged (the request log writes /ballot/[key], see request-log.ts),
 * the limit counts the address over every request to these pages (views and ballots alike, so its
 * record says nothing of a ballot), and the ballot is stored without the link, the address or a
 * time finer than the day (evaluation.service.ts, castBallot).
 */
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { Rating } from '../modules/evaluation/evaluation.entity';
import { ANSWER_MAX } from '../modules/evaluation/evaluation.inputs';
import { castBallot, openBallot, type OpenBallot } from '../modules/evaluation/evaluation.service';
import { RateLimiter } from '../limits/rate-limit';
import { isDatabaseUnavailable, isOutcomeUnknown } from '../db/outage';
import { log } from '../observability/log';
import { databaseUnavailableResponse } from './error-response';
import { AppError } from '../errors';

/**
 * Requests per address in ten minutes. Generous: a meeting room shares one address, and the keys
 * (192 random bits) cannot be guessed whatever the rate; the limit bounds the load one address makes.
 */
export const BALLOT_REQUESTS_PER_WINDOW = 300;
const ballotRequests = new RateLimiter('public ballot', BALLOT_REQUESTS_PER_WINDOW, 10 * 60 * 1000);

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
h1{font-size:1.4rem;color:#b00}fieldset{margin-top:1rem;border:1px solid #ccc;border-radius:4px}legend{font-weight:bold}
label{margin-right:1.2rem;white-space:nowrap}textarea{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;min-height:6rem}
button{margin-top:1.5rem;padding:.6rem 2rem;font:inherit;background:#b00;color:#fff;border:0;border-radius:4px}
.note{color:#555;font-size:.9rem}.error{color:#b00;font-weight:bold}
</style></head><body>${body}</body></html>`;
}

/** Unknown, used or closed: one answer for all three. */
export const BALLOT_GONE_TEXT = '此测评链接已使用或已结束';
const gone = page('链接已失效', `<h1>${BALLOT_GONE_TEXT}</h1><p>每个测评链接只能使用一次；测评结束后链接即失效。</p>`);
const tooMany = page('请稍后再试', '<h1>访问过于频繁</h1><p>请稍后再试。</p>');
const unavailable = page(
  '暂时无法访问 / Temporarily unavailable',
  `<h1>系统暂时无法访问</h1><p>您的测评尚未提交，请稍后再次打开此链接提交。</p>
<div lang="en"><h1>The system is temporarily unavailable</h1><p>Your ballot has not been submitted. Open this link again later to submit it.</p></div>`,
);
/** The COMMIT went unanswered: the link, opened again, tells whether the ballot was kept. */
const mayHaveBeenCast = page(
  '未能确认 / Not confirmed',
  `<h1>未能确认您的测评是否已经提交</h1><p>您的测评可能已经提交，也可能没有：系统未能确认。请稍后再次打开此链接：如显示链接已使用，则测评已经提交；如仍显示测评表，请重新填写提交。</p>
<div lang="en"><h1>Your ballot could not be confirmed</h1><p>Your ballot may or may not have been submitted: the system could not confirm it. Open this link again later: if it says the link is used, your ballot was submitted; if the form is shown, fill it in and submit it again.</p></div>`,
);
/** A form larger than any ballot (the parser's limits), or one it cannot read: the sender's mistake, not an outage. */
const tooLarge = page('无法提交', '<h1>提交的内容过多</h1><p>请返回测评页面，缩短填写的内容后重新提交。</p>');
const unreadable = page('无法提交', '<h1>提交的内容无法识别</h1><p>请重新打开此链接填写。</p>');

const RATINGS: Array<[Rating | '', string]> = [
  [Rating.COMPETENT, '称职'],
  [Rating.BASICALLY_COMPETENT, '基本称职'],
  [Rating.NOT_COMPETENT, '不称职'],
  ['', '弃权/不了解'],
];

function form(open: OpenBallot, key: string, message = ''): string {
  const { evaluation } = open;
  const subjects = open.subjects
    .map(
      (s) => `<fieldset><legend>${escape(s.name)}${s.position ? `（${escape(s.position)}）` : ''}</legend>
${RATINGS.map(
  ([value, label]) =>
    `<label><input type="radio" name="s${s.subjectId}" value="${value}"${value === '' ? ' checked' : ''}> ${escape(label)}</label>`,
).join('\n')}
</fieldset>`,
    )
    .join('\n');
  const questions = evaluation.questions
    .map(
      (q, i) => `<fieldset><legend>${i + 1}. ${escape(q)}</legend>
<textarea name="q${i + 1}" aria-label="${escape(q)}" maxlength="${ANSWER_MAX}"></textarea></fieldset>`,
    )
    .join('\n');
  return page(
    evaluation.title,
    `<h1>${escape(evaluation.title)}</h1>
<p>测评对象：<strong>${escape(open.targetName)}</strong></p>
<p class="note">本测评以无记名方式进行：系统不记录您的姓名、链接、网络地址或提交时间（只记录日期），测评结果只以汇总形式呈现。此链接只能提交一次。</p>
${message ? `<p class="error">${escape(message)}</p>` : ''}
<form method="post" action="/ballot/${escape(key)}">
${subjects}
${questions}
<button type="submit">提交</button>
</form>`,
  );
}

/** `publicUrl` is where people reach the server (Config.publicUrl): the console prints the links under it. */
export function publicBallotRouter(db: DataSource, publicUrl: string): Router {
  const router = express.Router();
  router.use('/ballot', express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 200 }));
  router.use('/ballot', (req: Request, res: Response, next: express.NextFunction) => {
    // Keyed by the address alone: what the record of the limit holds says nothing of a ballot.
    ballotRequests.take(db, req.ip ?? 'unknown').then(
      (take) => {
        if (take.taken) return next();
        res.status(429).set('Retry-After', String(take.retryAfterSeconds)).type('html').send(tooMany);
      },
      (error: unknown) => next(error),
    );
  });

  // Where the links are reached, for the console's printed sheet; the keys themselves never come back here.
  router.get('/ballot', (_req: Request, res: Response) => void res.type('text').send(`${publicUrl}/ballot/`));

  router.get('/ballot/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openBallot(db, req.params.key);
    if (!open) return void res.status(404).type('html').send(gone);
    res.type('html').send(form(open, req.params.key));
  });

  router.post('/ballot/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openBallot(db, req.params.key);
    if (!open) return void res.status(404).type('html').send(gone);
    const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string) : '');
    const ratings = new Map<number, Rating>();
    for (const s of open.subjects) {
      const value = field(`s${s.subjectId}`);
      if (value === '') continue;
      if (!(Object.values(Rating) as string[]).includes(value)) {
        return void res
          .status(400)
          .type('html')
          .send(form(open, req.params.key, `“${s.name}”的评价无效，请重新选择。`));
      }
      ratings.set(s.subjectId, value as Rating);
    }
    const texts = new Map<number, string>();
    for (let i = 1; i <= open.evaluation.questions.length; i++) {
      const text = field(`q${i}`).trim();
      if (text.length > ANSWER_MAX) {
        return void res
          .status(400)
          .type('html')
          .send(form(open, req.params.key, `第${i}题的回答最多${ANSWER_MAX}个字。`));
      }
      if (text) texts.set(i, text);
    }
    try {
      const { castOn } = await castBallot(db, req.params.key, { ratings, texts });
      res.type('html').send(page('已提交', `<h1>测评已提交</h1><p>提交日期：${escape(castOn)}。感谢您的参与。此链接已失效。</p>`));
    } catch (error) {
      if (error instanceof AppError) return void res.status(404).type('html').send(gone);
      if (isOutcomeUnknown(error)) return void databaseUnavailableResponse(res, error).type('html').send(mayHaveBeenCast);
      if (isDatabaseUnavailable(error)) return void databaseUnavailableResponse(res, error).type('html').send(unavailable);
      // Logged without the error's text, which could carry the statement's parameters.
      log({ level: 'error', msg: 'ballot not saved', error: (error as { code?: string })?.code ?? 'unknown' });
      res.status(500).type('html').send(unavailable);
    }
  });

  router.use('/ballot', (error: unknown, _req: Request, res: Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    // The body parser's refusal (too large, too many fields, a bad encoding): its status, with the page.
    const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
    if (expose === true && typeof status === 'number' && status >= 400 && status < 500) {
      return void res
        .status(status)
        .type('html')
        .send(status === 413 ? tooLarge : unreadable);
    }
    if (isDatabaseUnavailable(error)) return void databaseUnavailableResponse(res, error).type('html').send(unavailable);
    log({ level: 'error', msg: 'ballot page failed', error: (error as { code?: string })?.code ?? 'unknown' });
    res.status(500).type('html').send(unavailable);
  });
  return router;
}
