/**
 * The public intake page (群众来信来访的网上渠道): a plain form served by the API itself, with no
 * account, no script and nothing loaded from elsewhere, and its QR code for printing.
 */
import express, { type Request, type Response, type Router } from 'express';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { createRequestContext } from '../graphql/context';
import { Assignment } from '../modules/assignment/assignment.entity';
import { Stage } from '../modules/assignment/stage';
import { Body } from '../modules/body/body.entity';
import { submitPublicReport } from '../modules/intake/intake.service';
import { currentRequestId } from '../observability/request-id';
import { isDatabaseUnavailable } from '../db/outage';
import { databaseUnavailableResponse, withErrorStatus } from './error-response';
import { AppError } from '../errors';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
h1{font-size:1.4rem;color:#b00}label{display:block;margin-top:1rem;font-weight:bold}
textarea,input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}textarea{min-height:12rem}
button{margin-top:1.5rem;padding:.6rem 2rem;font:inherit;background:#b00;color:#fff;border:0;border-radius:4px}
.note{color:#555;font-size:.9rem}.error{color:#b00;font-weight:bold}
</style></head><body>${body}</body></html>`;
}

async function openInquiry(db: DataSource, key: string): Promise<{ assignment: Assignment; target: Body } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) return null;
  const assignment = await db.getRepository(Assignment).findOneBy({ intakeToken: key });
  if (!assignment || assignment.stage !== Stage.INQUIRY) return null;
  return { assignment, target: await db.getRepository(Body).findOneByOrFail({ id: assignment.targetId }) };
}

const gone = page('链接已失效', '<h1>此链接已失效或不存在</h1><p>该巡视组已结束受理，或链接有误。</p>');
const unavailable = page('暂时无法访问', '<h1>系统暂时无法访问</h1><p>请稍后再试。</p>');
const NOT_SAVED = '系统暂时无法保存，您反映的内容尚未提交，请稍后再次提交。';

function form(target: Body, key: string, message = '', content = ''): string {
  return page(
    `向巡视组反映问题：${target.name}`,
    `<h1>向巡视组反映问题</h1>
<p>巡视对象：<strong>${escape(target.name)}</strong></p>
<p class="note">您可以匿名反映，也可以留下姓名和联系方式以便核实。您的身份信息单独保存，仅巡视组工作人员可见。</p>
${message ? `<p class="error">${escape(message)}</p>` : ''}
<form method="post" action="/intake/${escape(key)}">
<label for="content">反映内容（必填，至少10个字）</label>
<textarea id="content" name="content" required minlength="10" maxlength="10000">${escape(content)}</textarea>
<label for="name">姓名（选填）</label><input id="name" name="name" maxlength="60">
<label for="contact">联系方式（选填）</label><input id="contact" name="contact" maxlength="200">
<button type="submit">提交</button>
</form>`,
  );
}

/** The QR code of an intake link: the same link always gives the same picture. */
export function intakeQrCode(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** `publicUrl` is where people reach the server (see Config.publicUrl): links never echo the Host header. */
export function publicIntakeRouter(db: DataSource, publicUrl: string): Router {
  const router = express.Router();
  // Its own path only: mounted before the ballot page, it would otherwise read the ballot's form
  // under these limits, refusing the longest ballots there may be.
  router.use('/intake', express.urlencoded({ extended: false, limit: '64kb' }));

  router.get('/intake/:key', async (req: Request<{ key: string }>, res: Response) => {
    const open = await openInquiry(db, req.params.key);
    if (!open) return void res.status(404).type('html').send(gone);
    res.type('html').send(form(open.target, req.params.key));
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
    if (!open) return void res.status(404).type('html').send(gone);
    const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string).trim() : '');
    const content = field('content');
    const name = field('name');
    if (content.length < 10 || content.length > 10000) {
      return void res
        .status(400)
        .type('html')
        .send(form(open.target, req.params.key, '反映内容须为10至10000个字。', content));
    }
    if (name.length > 60 || field('contact').length > 200) {
      return void res
        .status(400)
        .type('html')
        .send(form(open.target, req.params.key, '姓名或联系方式过长。', content));
    }
    try {
      const ctx = createRequestContext(db, null, { requestId: currentRequestId(), clientAddress: req.ip ?? 'unknown' });
      const receipt = await submitPublicReport(ctx, {
        intakeKey: req.params.key,
        content,
        informant: name ? { name, contact: field('contact') } : undefined,
      });
      res
        .type('html')
        .send(page('已收到', `<h1>已收到您反映的问题</h1><p>收到日期：${escape(receipt.receivedOn)}。感谢您对巡视工作的支持。</p>`));
    } catch (error) {
      if (error instanceof AppError && error.code === 'TOO_MANY_REQUESTS') {
        return void withErrorStatus(res, error)
          .type('html')
          .send(form(open.target, req.params.key, '提交过于频繁，请稍后再试。', content));
      }
      if (error instanceof AppError && error.code === 'NOT_FOUND') return void withErrorStatus(res, error).type('html').send(gone);
      // What was typed is shown again, so that it can be sent once the database is back.
      if (isDatabaseUnavailable(error)) {
        return void databaseUnavailableResponse(res, error)
          .type('html')
          .send(form(open.target, req.params.key, NOT_SAVED, content));
      }
      throw error;
    }
  });

  router.use('/intake', (error: unknown, _req: Request, res: Response, next: express.NextFunction) => {
    if (res.headersSent || !isDatabaseUnavailable(error)) return next(error);
    databaseUnavailableResponse(res, error).type('html').send(unavailable);
  });
  return router;
}
