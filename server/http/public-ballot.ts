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
import { LEADING_BODY_SUBJECT, Rating } from '../modules/evaluation/evaluation.entity';
import { ANSWER_MAX } from '../modules/evaluation/evaluation.inputs';
import { castBallot, openBallot, type OpenBallot } from '../modules/evaluation/evaluation.service';
import { RateLimiter } from '../limits/rate-limit';
import { isDatabaseUnavailable, isOutcomeUnknown } from '../db/outage';
import { databaseUnavailableResponse } from './error-response';
import { AppError } from '../errors';
import {
  escape,
  inEach,
  logPageFailure,
  notice,
  noticeInBoth,
  page,
  pageLanguage,
  publicPageErrors,
  publicPageHeaders,
  type InEach,
  type Language,
  type Notice,
} from './public-page';

/**
 * Requests per address in ten minutes. Generous: a meeting room shares one address, and the keys
 * (192 random bits) cannot be guessed whatever the rate; the limit bounds the load one address makes.
 */
export const BALLOT_REQUESTS_PER_WINDOW = 300;
const ballotRequests = new RateLimiter('public ballot', BALLOT_REQUESTS_PER_WINDOW, 10 * 60 * 1000);

const STYLE = `body{max-width:46rem}fieldset{margin-top:1rem;border:1px solid #ccc;border-radius:4px}legend{font-weight:bold}
label{margin-right:1.2rem;white-space:nowrap}textarea{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;min-height:6rem}`;

/** The choices for each subject; the empty value is no rating. */
const RATINGS: Array<[Rating | '', InEach]> = [
  [Rating.COMPETENT, { zh: '称职', en: 'Competent' }],
  [Rating.BASICALLY_COMPETENT, { zh: '基本称职', en: 'Basically competent' }],
  [Rating.NOT_COMPETENT, { zh: '不称职', en: 'Not competent' }],
  ['', { zh: '弃权/不了解', en: 'Abstain / do not know' }],
];

interface BallotText {
  gone: Notice;
  tooMany: Notice;
  unavailable: Notice;
  mayHaveBeenCast: Notice;
  tooLarge: Notice;
  unreadable: Notice;
  cast: (day: string) => Notice;
  leadingBody: string;
  position: (position: string) => string;
  target: string;
  anonymity: string;
  submit: string;
  badRating: (subject: string) => string;
  answerTooLong: (question: number) => string;
}

/** Unknown, used or closed: one answer for all three. */
export const BALLOT_GONE_TEXT = '此测评链接已使用或已结束';

const TEXT: InEach<BallotText> = {
  zh: {
    gone: ['链接已失效', BALLOT_GONE_TEXT, '每个测评链接只能使用一次；测评结束后链接即失效。'],
    tooMany: ['请稍后再试', '访问过于频繁', '请稍后再试。'],
    unavailable: ['暂时无法访问', '系统暂时无法访问', '您的测评尚未提交，请稍后再次打开此链接提交。'],
    mayHaveBeenCast: [
      '未能确认',
      '未能确认您的测评是否已经提交',
      '您的测评可能已经提交，也可能没有：系统未能确认。请稍后再次打开此链接：如显示链接已使用，则测评已经提交；如仍显示测评表，请重新填写提交。',
    ],
    tooLarge: ['无法提交', '提交的内容过多', '请返回测评页面，缩短填写的内容后重新提交。'],
    unreadable: ['无法提交', '提交的内容无法识别', '请重新打开此链接填写。'],
    cast: (day) => ['已提交', '测评已提交', `提交日期：${day}。感谢您的参与。此链接已失效。`],
    leadingBody: '领导班子',
    position: (position) => `（${position}）`,
    target: '测评对象：',
    anonymity:
      '本测评以无记名方式进行：系统不记录您的姓名、链接、网络地址或提交时间（只记录日期），测评结果只以汇总形式呈现。此链接只能提交一次。',
    submit: '提交',
    badRating: (subject) => `“${subject}”的评价无效，请重新选择。`,
    answerTooLong: (question) => `第${question}题的回答最多${ANSWER_MAX}个字。`,
  },
  en: {
    gone: [
      'Link no longer valid',
      'This ballot link has been used, or the evaluation has ended',
      'Each ballot link can be used once only, and stops working when the evaluation ends.',
    ],
    tooMany: ['Try again later', 'Too many requests', 'Please try again later.'],
    unavailable: [
      'Temporarily unavailable',
      'The system is temporarily unavailable',
      'Your ballot has not been submitted. Open this link again later to submit it.',
    ],
    mayHaveBeenCast: [
      'Not confirmed',
      'Your ballot could not be confirmed',
      'Your ballot may or may not have been submitted: the system could not confirm it. Open this link again later: if it says the link is used, your ballot was submitted; if the form is shown, fill it in and submit it again.',
    ],
    tooLarge: ['Could not be submitted', 'Too much was submitted', 'Go back to the ballot, shorten what you wrote and submit it again.'],
    unreadable: ['Could not be submitted', 'What was submitted could not be read', 'Open this link again and fill in the ballot.'],
    cast: (day) => [
      'Submitted',
      'Your ballot has been submitted',
      `Date submitted: ${day}. Thank you for taking part. This link is no longer valid.`,
    ],
    leadingBody: 'The leading body as a whole (领导班子)',
    position: (position) => ` (${position})`,
    target: 'Evaluating: ',
    anonymity:
      'This ballot is anonymous: the system records neither your name, this link, your network address nor the time you submit (only the date), and the results are shown only as totals. This link can be submitted once only.',
    submit: 'Submit',
    badRating: (subject) => `The rating of “${subject}” is not one of the choices; choose again.`,
    answerTooLong: (question) => `The answer to question ${question} may be at most ${ANSWER_MAX} characters long.`,
  },
};

const gone = inEach((l) => notice(l, TEXT[l].gone, STYLE));
const tooMany = inEach((l) => notice(l, TEXT[l].tooMany, STYLE));
// In both languages at once: whoever reads them must learn what became of their ballot, whatever their browser asked for.
const unavailable = inEach((l) =>
  noticeInBoth(
    l,
    inEach((m) => TEXT[m].unavailable),
    STYLE,
  ),
);
/** The COMMIT went unanswered: the link, opened again, tells whether the ballot was kept. */
const mayHaveBeenCast = inEach((l) =>
  noticeInBoth(
    l,
    inEach((m) => TEXT[m].mayHaveBeenCast),
    STYLE,
  ),
);
/** A form larger than any ballot (the parser's limits), or one it cannot read: the sender's mistake, not an outage. */
const tooLarge = inEach((l) => notice(l, TEXT[l].tooLarge, STYLE));
const unreadable = inEach((l) => notice(l, TEXT[l].unreadable, STYLE));

const subjectName = (t: BallotText, s: OpenBallot['subjects'][number]) => (s.subjectId === LEADING_BODY_SUBJECT ? t.leadingBody : s.name);

function form(language: Language, open: OpenBallot, key: string, message = ''): string {
  const t = TEXT[language];
  const { evaluation } = open;
  const subjects = open.subjects
    .map(
      (s) => `<fieldset><legend>${escape(subjectName(t, s))}${s.position ? escape(t.position(s.position)) : ''}</legend>
${RATINGS.map(
  ([value, label]) =>
    `<label><input type="radio" name="s${s.subjectId}" value="${value}"${value === '' ? ' checked' : ''}> ${escape(label[language])}</label>`,
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
    language,
    evaluation.title,
    `<h1>${escape(evaluation.title)}</h1>
<p>${escape(t.target)}<strong>${escape(open.targetName)}</strong></p>
<p class="note">${escape(t.anonymity)}</p>
${message ? `<p class="error">${escape(message)}</p>` : ''}
<form method="post" action="/ballot/${escape(key)}">
${subjects}
${questions}
<button type="submit">${escape(t.submit)}</button>
</form>`,
    STYLE,
  );
}

/** `publicUrl` is where people reach the server (Config.publicUrl): the console prints the links under it. */
export function publicBallotRouter(db: DataSource, publicUrl: string): Router {
  const router = express.Router();
  router.use('/ballot', publicPageHeaders);
  router.use('/ballot', express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 200 }));
  router.use('/ballot', (req: Request, res: Response, next: express.NextFunction) => {
    // Keyed by the address alone: what the record of the limit holds says nothing of a ballot.
    ballotRequests.take(db, req.ip ?? 'unknown').then(
      (take) => {
        if (take.taken) return next();
        res.status(429).set('Retry-After', String(take.retryAfterSeconds)).type('html').send(tooMany[pageLanguage(req)]);
      },
      (error: unknown) => next(error),
    );
  });

  // Where the links are reached, for the console's printed sheet; the keys themselves never come back here.
  router.get('/ballot', (_req: Request, res: Response) => void res.type('text').send(`${publicUrl}/ballot/`));

  router.get('/ballot/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openBallot(db, req.params.key);
    const language = pageLanguage(req);
    if (!open) return void res.status(404).type('html').send(gone[language]);
    res.type('html').send(form(language, open, req.params.key));
  });

  router.post('/ballot/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openBallot(db, req.params.key);
    const language = pageLanguage(req);
    const t = TEXT[language];
    if (!open) return void res.status(404).type('html').send(gone[language]);
    const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string) : '');
    const ratings = new Map<number, Rating>();
    for (const s of open.subjects) {
      const value = field(`s${s.subjectId}`);
      if (value === '') continue;
      if (!(Object.values(Rating) as string[]).includes(value)) {
        return void res
          .status(400)
          .type('html')
          .send(form(language, open, req.params.key, t.badRating(subjectName(t, s))));
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
          .send(form(language, open, req.params.key, t.answerTooLong(i)));
      }
      if (text) texts.set(i, text);
    }
    try {
      const { castOn } = await castBallot(db, req.params.key, { ratings, texts });
      res.type('html').send(notice(language, t.cast(castOn), STYLE));
    } catch (error) {
      if (error instanceof AppError) return void res.status(404).type('html').send(gone[language]);
      if (isOutcomeUnknown(error)) return void databaseUnavailableResponse(res, error).type('html').send(mayHaveBeenCast[language]);
      if (isDatabaseUnavailable(error)) return void databaseUnavailableResponse(res, error).type('html').send(unavailable[language]);
      // Logged without the error's text, which could carry the statement's parameters.
      logPageFailure('ballot not saved', error);
      res.status(500).type('html').send(unavailable[language]);
    }
  });

  router.use('/ballot', publicPageErrors('ballot page failed', { tooLarge, unreadable, unavailable }));
  return router;
}
