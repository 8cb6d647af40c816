/**
 * Word documents of an inspection, drafted from what was recorded (enter once, use many times):
 * GET /documents/assignments/:id/{notice,report,feedback}.docx with the same bearer token as the
 * API. Everything is read through the caller's rules: an inspection they may not read is a 404.
 */
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context';
import { findScoped, scopedQuery } from '../scope/scoped-query';
import { Assignment } from '../modules/assignment/assignment.entity';
import { Body } from '../modules/body/body.entity';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { Person } from '../modules/person/person.entity';
import { RectificationItem } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round } from '../modules/round/round.entity';
import { today } from '../modules/common/record';
import { committeeOf } from '../modules/finding/routing';
import {
  feedbackLetterDocument,
  noticeDocument,
  reportDocument,
  type InspectionDocumentData,
} from '../documents/inspection-documents';

const DOCUMENTS = {
  notice: { render: noticeDocument, title: '巡视通知' },
  report: { render: reportDocument, title: '巡视情况报告' },
  feedback: { render: feedbackLetterDocument, title: '巡视反馈意见' },
} as const;

async function documentData(ctx: RequestContext, assignmentId: number): Promise<InspectionDocumentData> {
  const assignment = await findScoped(ctx, Assignment, assignmentId);
  const bodies = ctx.db.getRepository(Body);
  const round = await ctx.db.getRepository(Round).findOneByOrFail({ id: assignment.roundId });
  const group = await bodies.findOneByOrFail({ id: round.leadingGroupId });
  const committee = await committeeOf(ctx.db.manager, group);
  const team = await bodies.findOneByOrFail({ id: assignment.teamId });
  const target = await bodies.findOneByOrFail({ id: assignment.targetId });
  const grant = await ctx.db.getRepository(LeaderGrant).findOne({ where: { assignmentId: assignment.id }, order: { validFrom: 'DESC' } });
  const leader = grant ? await ctx.db.getRepository(Person).findOneBy({ id: grant.personId }) : null;
  // The report, findings and items appear only as far as the caller may read them.
  const report = await scopedQuery(ctx, Report, 'r').andWhere('r.assignmentId = :id', { id: assignment.id }).getOne();
  const findings = await scopedQuery(ctx, Finding, 'f').andWhere('f.assignmentId = :id', { id: assignment.id }).orderBy('f.id').getMany();
  const items = await scopedQuery(ctx, RectificationItem, 'i').andWhere('i.assignmentId = :id', { id: assignment.id }).orderBy('i.deadline').getMany();
  return {
    committeeName: committee?.name ?? group.name,
    leadingGroupName: group.name,
    teamName: team.name,
    targetName: target.name,
    roundTitle: round.title,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn,
    contactChannels: assignment.contactChannels,
    leaderName: leader?.name ?? null,
    reportSummary: report?.summary ?? null,
    reportSuggestions: report?.suggestions ?? null,
    reportSubmittedOn: report?.submittedOn ?? null,
    findings: findings.map((f) => ({ category: f.category, severity: f.severity, evidenceSummary: f.evidenceSummary, decision: f.decision })),
    rectificationItems: items.map((i) => ({ description: i.description, deadline: i.deadline })),
    issuedOn: today(),
  };
}

export function documentsRouter(authenticate: (req: Request) => Promise<RequestContext>): Router {
  const router = express.Router();
  router.get('/documents/assignments/:id/:kind.docx', async (req: Request<{ id: string; kind: string }>, res: Response) => {
    const kind = req.params.kind as keyof typeof DOCUMENTS;
    const id = Number(req.params.id);
    if (!(kind in DOCUMENTS) || !Number.isSafeInteger(id) || id < 1) return void res.status(404).json({ error: 'No such document.' });
    try {
      const ctx = await authenticate(req);
      if (!ctx.caller) return void res.status(401).json({ error: 'Sign in first: send a valid token as "Authorization: Bearer <token>".' });
      const data = await documentData(ctx, id);
      const file = await DOCUMENTS[kind].render(data);
      const name = `${data.targetName}${DOCUMENTS[kind].title}.docx`;
      res
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .setHeader('Content-Disposition', `attachment; filename="${kind}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(file);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code === 'NOT_FOUND') return void res.status(404).json({ error: error instanceof Error ? error.message : 'Not found.' });
      if (code === 'UNAUTHENTICATED') return void res.status(401).json({ error: (error as Error).message });
      throw error;
    }
  });
  return router;
}
