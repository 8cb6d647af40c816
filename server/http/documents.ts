/**
 * Word documents of an inspection, drafted from what was recorded (enter once, use many times):
 * GET /documents/assignments/:id/{notice,report,feedback}.docx with the same bearer token as the
 * API. Everything is read through the caller's rules: an inspection they may not read is a 404, and
 * any record the document mentions that they may not read (the plan, a body, the leader, the report,
 * a finding, a rectification item) is left out or printed as NOT_VISIBLE, as the API would answer
 * null or NOT_FOUND for it.
 */
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context';
import { findScoped, scopedQuery } from '../scope/scoped-query';
import { Assignment } from '../modules/assignment/assignment.entity';
import { Body } from '../modules/body/body.entity';
import { BodyKind } from '../modules/body/body.enums';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { Person } from '../modules/person/person.entity';
import { RectificationItem } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round } from '../modules/round/round.entity';
import { today } from '../modules/common/record';
import { pathIds } from '../scope/paths';
import {
  feedbackLetterDocument,
  NOT_VISIBLE,
  noticeDocument,
  reportDocument,
  type InspectionDocumentData,
} from '../documents/inspection-documents';

const DOCUMENTS = {
  notice: { render: noticeDocument, title: '巡视通知' },
  report: { render: reportDocument, title: '巡视情况报告' },
  feedback: { render: feedbackLetterDocument, title: '巡视反馈意见' },
} as const;

/**
 * The name of the nearest body of `kind` on the reporting line `path` (its own last body first), or
 * null when there is none. A body on the way the caller may not read ends the search with
 * NOT_VISIBLE: it may be the one sought, and naming one further up would be wrong.
 */
async function nearestOnLine(ctx: RequestContext, path: string, kind: BodyKind): Promise<string | null> {
  const line = await ctx.loaders.byId(Body).loadMany(pathIds(path).reverse());
  for (const body of line) {
    if (body instanceof Error) throw body;
    if (!body) return NOT_VISIBLE;
    if (body.kind === kind) return body.name;
  }
  return null;
}

async function documentData(ctx: RequestContext, assignmentId: number): Promise<InspectionDocumentData> {
  const assignment = await findScoped(ctx, Assignment, assignmentId);
  const bodies = ctx.loaders.byId(Body);
  const [round, team, target] = await Promise.all([
    ctx.loaders.byId(Round).load(assignment.roundId),
    bodies.load(assignment.teamId),
    bodies.load(assignment.targetId),
  ]);
  // The plan names the leading group; without it, the group is the one the team reports to (a plan
  // only assigns teams of its own group), which the team's members read on their own reporting line.
  const leadingGroupName = round
    ? ((await bodies.load(round.leadingGroupId))?.name ?? NOT_VISIBLE)
    : ((await nearestOnLine(ctx, assignment.scopePath, BodyKind.LEADING_GROUP)) ?? NOT_VISIBLE);
  const committeeName = (await nearestOnLine(ctx, assignment.scopePath, BodyKind.PARTY_COMMITTEE)) ?? leadingGroupName;
  const grant = await scopedQuery(ctx, LeaderGrant, 'g')
    .andWhere('g.assignmentId = :id', { id: assignment.id })
    .orderBy('g.validFrom', 'DESC')
    .addOrderBy('g.id', 'DESC')
    .getOne();
  const leader = grant ? await ctx.loaders.byId(Person).load(grant.personId) : null;
  const report = await scopedQuery(ctx, Report, 'r').andWhere('r.assignmentId = :id', { id: assignment.id }).getOne();
  const findings = await scopedQuery(ctx, Finding, 'f').andWhere('f.assignmentId = :id', { id: assignment.id }).orderBy('f.id').getMany();
  const items = await scopedQuery(ctx, RectificationItem, 'i').andWhere('i.assignmentId = :id', { id: assignment.id }).orderBy('i.deadline').getMany();
  return {
    committeeName,
    leadingGroupName,
    teamName: team?.name ?? NOT_VISIBLE,
    targetName: target?.name ?? NOT_VISIBLE,
    roundTitle: round?.title ?? NOT_VISIBLE,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn,
    contactChannels: assignment.contactChannels,
    leaderName: grant ? (leader?.name ?? NOT_VISIBLE) : null,
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
    // Own keys only: `in` would also find toString, constructor and the rest of every object's prototype.
    if (!Object.hasOwn(DOCUMENTS, kind) || !Number.isSafeInteger(id) || id < 1) return void res.status(404).json({ error: 'No such document.' });
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
