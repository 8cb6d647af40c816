/**
 * The public intake page (群众来信来访的网上渠道): a plain form served by the API itself, with no
 * account, no script and nothing loaded from elsewhere, and its QR code for printing.
 */
import { randomBytes } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { createRequestContext } from '../graphql/context';
import { Assignment } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Body } from '../modules/body/body.entity';
import { submitPublicReport } from '../modules/intake/intake.service';
import { currentRequestId } from '../observability/request-id';
import { isDatabaseUnavailable, isOutcomeUnknown } from '../db/outage';
import { databaseUnavailableResponse, withErrorStatus } from './error-response';
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

const STYLE = `label{display:block;margin-top:1rem;font-weight:bold}
textarea,input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}textarea{min-height:12rem}`;

interface IntakeText {
  formTitle: (target: string) => string;
  heading: string;
  target: string;
  identity: string;
  content: string;
  name: string;
  contact: string;
  submit: string;
  contentLength: string;
  nameTooLong: string;
  tooManyReports: string;
  notSaved: string;
  maybeSaved: string;
  formExpired: string;
  alreadyReceived: string;
  received: (day: string) => Notice;
  gone: Notice;
  unavailable: Notice;
  tooLarge: Notice;
  unreadable: Notice;
}

const TEXT: InEach<IntakeText> = {
  zh: {
    formTitle: (target) => `向巡视组反映问题：${target}`,
    heading: '向巡视组反映问题',
    target: '巡视对象：',
    identity: '您可以匿名反映，也可以留下姓名和联系方式以便核实。您的身份信息单独保存，仅巡视组工作人员可见。',
    content: '反映内容（必填，至少10个字）',
    name: '姓名（选填）',
    contact: '联系方式（选填）',
    submit: '提交',
    contentLength: '反映内容须为10至10000个字。',
    nameTooLong: '姓名或联系方式过长。',
    tooManyReports: '提交过于频繁，请稍后再试。',
    notSaved: '系统暂时无法保存，您反映的内容尚未提交，请稍后再次提交。',
    maybeSaved: '系统未能确认您反映的内容是否已经保存。请稍后再次提交：已保存的不会重复记录。',
    formExpired: '此表单已过期，您反映的内容尚未提交。请再次提交。',
    alreadyReceived: '此表单此前提交的内容已经收到。修改后的内容尚未提交；如需补充，请再次提交。',
    received: (day) => ['已收到', '已收到您反映的问题', `收到日期：${day}。感谢您对巡视工作的支持。`],
    gone: ['链接已失效', '此链接已失效或不存在', '该巡视组已结束受理，或链接有误。'],
    unavailable: ['暂时无法访问', '系统暂时无法访问', '请稍后再试。'],
    tooLarge: ['无法提交', '提交的内容过多', '您反映的内容尚未提交。请返回上一页，缩短反映内容后重新提交。'],
    unreadable: ['无法提交', '提交的内容无法识别', '您反映的内容尚未提交。请重新打开此链接填写。'],
  },
  en: {
    formTitle: (target) => `Report a problem to the inspection team: ${target}`,
    heading: 'Report a problem to the inspection team',
    target: 'Body under inspection: ',
    identity:
      'You may report anonymously, or leave your name and how to reach you so that what you report can be verified. Who you are is stored apart from what you report, and only the inspection team’s staff can see it.',
    content: 'What you report (required, at least 10 characters)',
    name: 'Name (optional)',
    contact: 'How to reach you (optional)',
    submit: 'Submit',
    contentLength: 'What you report must be 10 to 10,000 characters long.',
    nameTooLong: 'The name or how to reach you is too long.',
    tooManyReports: 'Too many reports were sent from here; please try again later.',
    notSaved: 'The system cannot save reports at the moment: yours has not been submitted. Please submit it again later.',
    maybeSaved:
      'The system could not confirm whether your report was saved. Please submit it again later: if it was saved, it will not be recorded twice.',
    formExpired: 'This form has expired: your report has not been submitted. Please submit it again.',
    alreadyReceived:
      'What this form sent earlier has been received. The changed text has not been submitted; to add to your report, submit it again.',
    received: (day) => ['Received', 'Your report has been received', `Date received: ${day}. Thank you for supporting the inspection.`],
    gone: [
      'Link no longer valid',
      'This link is no longer valid, or does not exist',
      'The inspection team is no longer taking reports, or the link is wrong.',
    ],
    unavailable: ['Temporarily unavailable', 'The system is temporarily unavailable', 'Please try again later.'],
    tooLarge: [
      'Could not be submitted',
      'Too much was submitted',
      'Your report has not been submitted. Go back, shorten it and submit it again.',
    ],
    unreadable: [
      'Could not be submitted',
      'What was submitted could not be read',
      'Your report has not been submitted. Open this link again and fill in the form.',
    ],
  },
};

async function openInquiry(db: DataSource, key: string): Promise<{ assignment: Assignment; target: Body } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) return null;
  const assignment = await db.getRepository(Assignment).findOneBy({ intakeToken: key });
  if (!assignment || assignment.stage !== Stage.INQUIRY) return null;
  return { assignment, target: await db.getRepository(Body).findOneByOrFail({ id: assignment.targetId }) };
}

const gone = inEach((l) => notice(l, TEXT[l].gone, STYLE));
/** In both languages at once, as the ballot's outage pages: whatever the browser asked for, the reader learns to come back. */
const unavailable = inEach((l) =>
  noticeInBoth(
    l,
    inEach((m) => TEXT[m].unavailable),
    STYLE,
  ),
);
/** A form larger than any report may be, or one the parser cannot read: the sender's mistake, not an outage. */
const tooLarge = inEach((l) => notice(l, TEXT[l].tooLarge, STYLE));
const unreadable = inEach((l) => notice(l, TEXT[l].unreadable, STYLE));

/**
 * The key of one filled-in form, sent back with it: the report is recorded once however often the
 * form is sent (see PUBLIC_FORM_KEYS in write/idempotency.ts), so that it can safely be sent again
 * after an answer that could not say whether it was saved. 128 random bits.
 */
const newFormKey = () => randomBytes(16).toString('base64url');
const FORM_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

function form(language: Language, target: Body, key: string, message = '', content = '', formKey = newFormKey()): string {
  const t = TEXT[language];
  return page(
    language,
    t.formTitle(target.name),
    `<h1>${escape(t.heading)}</h1>
<p>${escape(t.target)}<strong>${escape(target.name)}</strong></p>
<p class="note">${escape(t.identity)}</p>
${message ? `<p class="error">${escape(message)}</p>` : ''}
<form method="post" action="/intake/${escape(key)}">
<input type="hidden" name="submission" value="${escape(formKey)}">
<label for="content">${escape(t.content)}</label>
<textarea id="content" name="content" required minlength="10" maxlength="10000">${escape(content)}</textarea>
<label for="name">${escape(t.name)}</label><input id="name" name="name" maxlength="60">
<label for="contact">${escape(t.contact)}</label><input id="contact" name="contact" maxlength="200">
<button type="submit">${escape(t.submit)}</button>
</form>`,
    STYLE,
  );
}

/** The QR code of an intake link: the same link always gives the same picture. */
export function intakeQrCode(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** `publicUrl` is where people reach the server (see Config.publicUrl): links never echo the Host header. */
export function publicIntakeRouter(db: DataSource, publicUrl: string): Router {
  const router = express.Router();
  router.use('/intake', publicPageHeaders);
  // Its own path only: mounted before the ballot page, it would otherwise read the ballot's form
  // under these limits, refusing the longest ballots there may be. The longest report the form
  // takes, 10000 Chinese characters, is some 90 kB once the browser has encoded it.
  router.use('/intake', express.urlencoded({ extended: false, limit: '128kb' }));

  router.get('/intake/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openInquiry(db, req.params.key);
    const language = pageLanguage(req);
    if (!open) return void res.status(404).type('html').send(gone[language]);
    res.type('html').send(form(language, open.target, req.params.key));
  });

  router.get('/intake/:key/qr.svg', async (req: Request<{ key: string }>, res: Response) => {
    if (!(await openInquiry(db, req.params.key))) return void res.status(404).type('text').send('not found');
    res.type('image/svg+xml').send(await intakeQrCode(`${publicUrl}/intake/${req.params.key}`));
  });

  // The link as people reach it (PUBLIC_URL), the very text the QR code holds: the console shows it to print beside the code.
  router.get('/intake/:key/link', async (req: Request<{ key: string }>, res: Response) => {
    if (!(await openInquiry(db, req.params.key))) return void res.status(404).type('text').send('not found');
    res.type('text').send(`${publicUrl}/intake/${req.params.key}`);
  });

  router.post('/intake/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openInquiry(db, req.params.key);
    const language = pageLanguage(req);
    const t = TEXT[language];
    if (!open) return void res.status(404).type('html').send(gone[language]);
    const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string).trim() : '');
    const content = field('content');
    const name = field('name');
    const formKey = field('submission');
    /** The form again, with what was typed in it; under the same key unless `freshKey`, so that sending it again records the report once. */
    const formAgain = (message: string, freshKey = false) =>
      form(language, open.target, req.params.key, message, content, freshKey ? undefined : formKey);
    const refuse = (status: number, message: string, freshKey = false) =>
      void res.status(status).type('html').send(formAgain(message, freshKey));
    // A form served before the key, or not by this page: nothing would make sending it twice safe.
    if (!FORM_KEY_PATTERN.test(formKey)) return refuse(400, t.formExpired, true);
    if (content.length < 10 || content.length > 10000) return refuse(400, t.contentLength);
    if (name.length > 60 || field('contact').length > 200) return refuse(400, t.nameTooLong);
    try {
      const ctx = createRequestContext(db, null, { requestId: currentRequestId(), clientAddress: req.ip ?? 'unknown' });
      const receipt = await submitPublicReport(
        ctx,
        { intakeKey: req.params.key, content, informant: name ? { name, contact: field('contact') } : undefined },
        formKey,
      );
      res.type('html').send(notice(language, t.received(receipt.receivedOn), STYLE));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        return void withErrorStatus(res, error).type('html').send(gone[language]);
      if (error instanceof AppError && error.code === 'TOO_MANY_REQUESTS')
        return void withErrorStatus(res, error).type('html').send(formAgain(t.tooManyReports));
      // The form's first sending was recorded; this one, with other text, is a new report under a new key.
      if (error instanceof AppError && error.code === 'IDEMPOTENCY_KEY_REUSED')
        return void withErrorStatus(res, error).type('html').send(formAgain(t.alreadyReceived, true));
      // What was typed is shown again, so that it can be sent once the database is back.
      if (isDatabaseUnavailable(error)) {
        return void databaseUnavailableResponse(res, error)
          .type('html')
          .send(formAgain(isOutcomeUnknown(error) ? t.maybeSaved : t.notSaved));
      }
      logPageFailure('public report not saved', error);
      refuse(500, t.maybeSaved);
    }
  });

  router.use('/intake', publicPageErrors('intake page failed', { tooLarge, unreadable, unavailable }));
  return router;
}
