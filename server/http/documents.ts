/**
 * Word documents of an inspection, drafted from what was recorded (enter once, use many times):
 * GET /documents/assignments/:id/{notice,report,feedback}.docx with the same bearer token as the
 * API. Everything is read through the caller's rules: an inspection they may not read is a 404, and
 * any record the document mentions that they may not read (the plan, a body, the leader, the report,
 * a finding, a rectification item) is left out or printed as NOT_VISIBLE, as the API would answer
 * null or NOT_FOUND for it. A document asked for before the stage it is drafted from is a CONFLICT
 * (modules/assignment/document-stages.ts).
 */
import express, { type Request, type Response, type Router } from 'express';
import type { RequestContext } from '../graphql/context';
import { AppError, unauthenticated } from '../errors';
import { documentData } from '../documents/document-data';
import { InspectionDocument } from '../modules/assignment/document-stages';
import { feedbackLetterDocument, noticeDocument, reportDocument, talkRecordDocument } from '../documents/inspection-documents';
import { talkRecordData } from '../modules/talk/talk-record';
import { helpRequestLetterDocument } from '../documents/inspection-documents';
import { helpRequestLetterData } from '../modules/help-request/help-request-letter';

const DOCUMENTS = {
  notice: { kind: InspectionDocument.NOTICE, render: noticeDocument, title: '巡视通知' },
  report: { kind: InspectionDocument.REPORT, render: reportDocument, title: '巡视情况报告' },
  feedback: { kind: InspectionDocument.FEEDBACK, render: feedbackLetterDocument, title: '巡视反馈意见' },
} as const;

export function documentsRouter(authenticate: (req: Request) => Promise<RequestContext>): Router {
  const router = express.Router();
  // Refusals are app errors: the app's error handler answers them with their status and message.
  router.get('/documents/assignments/:id/:kind.docx', async (req: Request<{ id: string; kind: string }>, res: Response) => {
    const kind = req.params.kind as keyof typeof DOCUMENTS;
    const id = Number(req.params.id);
    // Own keys only: `in` would also find toString, constructor and the rest of every object's prototype.
    if (!Object.hasOwn(DOCUMENTS, kind) || !Number.isSafeInteger(id) || id < 1) throw new AppError('NOT_FOUND', 'document.notFound');
    const ctx = await authenticate(req);
    if (!ctx.caller) throw unauthenticated();
    const data = await documentData(ctx, id, DOCUMENTS[kind].kind);
    const file = await DOCUMENTS[kind].render(data);
    const name = `${data.targetName}${DOCUMENTS[kind].title}.docx`;
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .setHeader('Content-Disposition', `attachment; filename="${kind}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(file);
  });
  // 谈话记录: one talk's record sheet; the interviewee is printed only for those who may read them, and the read is recorded.
  router.get('/documents/talks/:id/record.docx', async (req: Request<{ id: string }>, res: Response) => {
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id < 1) throw new AppError('NOT_FOUND', 'document.notFound');
    const ctx = await authenticate(req);
    if (!ctx.caller) throw unauthenticated();
    const data = await talkRecordData(ctx, id);
    const file = await talkRecordDocument(data);
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="talk-record.docx"; filename*=UTF-8''${encodeURIComponent('个别谈话记录.docx')}`,
      )
      .send(file);
  });
  // 商请协助函: the letter of one request for help, for whoever may read the request (the department asked included).
  router.get('/documents/help-requests/:id/letter.docx', async (req: Request<{ id: string }>, res: Response) => {
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id < 1) throw new AppError('NOT_FOUND', 'document.notFound');
    const ctx = await authenticate(req);
    if (!ctx.caller) throw unauthenticated();
    const file = await helpRequestLetterDocument(await helpRequestLetterData(ctx, id));
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="help-request.docx"; filename*=UTF-8''${encodeURIComponent('商请协助函.docx')}`,
      )
      .send(file);
  });
  return router;
}
