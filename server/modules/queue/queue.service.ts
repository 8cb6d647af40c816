/**
 * What waits for the caller now. Each kind of work is one query that starts from the caller's own
 * read scope and adds, in SQL, the rule of the verb the work needs (approve, hear, advance, …), so
 * the queue holds exactly the records the caller may both read and act on, and a kind whose verb
 * no rule of the caller grants costs no statement at all.
 */
import { In, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import type { Action } from '../../permissions/ability';
import { scopedQuery, scopePredicate, subjectNameOf } from '../../scope/scoped-query';
import { Assignment } from '../assignment/assignment.entity';
import { nextStage, Stage } from '../assignment/stage';
import { unmetConditions } from '../assignment/stage-conditions';
import { Body } from '../body/body.entity';
import { today } from '../common/record';
import { Finding } from '../finding/finding.entity';
import { Decision, FindingStatus } from '../finding/finding.enums';
import { HelpRequest } from '../help-request/help-request.entity';
import { overdueCondition as helpOverdueCondition } from '../help-request/help-request.service';
import { membershipsMatching } from '../membership/membership.service';
import { Person } from '../person/person.entity';
import { RecordsRequest } from '../records-request/records-request.entity';
import { recordsOverdueCondition } from '../records-request/records-request.service';
import { RectificationItem, RectificationStatus } from '../rectification/rectification-item.entity';
import { overdueCondition } from '../rectification/rectification.service';
import { Report } from '../report/report.entity';
import { Round, RoundStatus } from '../round/round.entity';
import { SupervisionItem, SupervisionStatus } from '../supervision/supervision-item.entity';
import { QueueKind, QueueReason, type MyQueue, type QueueGroup, type QueueItem } from './queue.types';

/** The most items of one kind the queue lists; the total says how many more there are. */
export const QUEUE_KIND_LIMIT = 20;

/** An item before the names of what it points at are filled in. */
type Draft = Omit<QueueItem, 'targetName' | 'targetNameEn' | 'inspectionName'> & {
  /** The inspection it belongs to, whose target and plan name it. */
  assignmentId: number | null;
  /** A body named directly (a membership's body). */
  bodyId: number | null;
};

const BLANK = {
  category: null,
  role: null,
  stage: null,
  toStage: null,
  dueOn: null,
  since: null,
  lacks: [],
  assignmentId: null,
  bodyId: null,
};

interface KindSpec<T extends ObjectLiteral> {
  kind: QueueKind;
  entity: EntityTarget<T>;
  /** The verb the work needs, beside reading the record; of several, any one will do. */
  action: Action | Action[];
  /** Whether the kind can apply to the caller at all, beside the verb: when not, no statement is run. */
  appliesTo?(ctx: RequestContext): boolean;
  /** The kind's own condition, on the alias `r`. */
  where(qb: SelectQueryBuilder<T>, ctx: RequestContext): void;
  /** The most pressing first; the id breaks ties. */
  order: Array<[string, 'ASC' | 'DESC']>;
  draft(record: T): Omit<Draft, 'kind' | 'recordId' | 'recordType'>;
}

function spec<T extends ObjectLiteral>(s: KindSpec<T>): KindSpec<ObjectLiteral> {
  return s as unknown as KindSpec<ObjectLiteral>;
}

/** A text cut to a line's length, for a title. */
function headline(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** The inspections the caller is staffed on or leads: their fieldwork is theirs. */
function staffedAssignmentIds(ctx: RequestContext): number[] {
  return [...new Set((ctx.caller?.authorities ?? []).flatMap((a) => (a.assignmentId === null ? [] : [a.assignmentId])))];
}

/** A request for help sent and still unanswered after the day an answer was wanted, as its list's `overdue` filter holds it. */
function helpRequestOverdue(qb: SelectQueryBuilder<HelpRequest>): void {
  const overdue = helpOverdueCondition('r');
  qb.andWhere(overdue.sql, overdue.params);
}

function helpRequestDraft(request: HelpRequest): Omit<Draft, 'kind' | 'recordId' | 'recordType'> {
  return {
    ...BLANK,
    title: headline(request.question),
    dueOn: request.wantedBy,
    reason: QueueReason.OVERDUE,
    assignmentId: request.assignmentId,
  };
}

/** The kinds, in the order the queue shows them. */
const KINDS: KindSpec<ObjectLiteral>[] = [
  spec<Round>({
    kind: QueueKind.PLAN_TO_APPROVE,
    entity: Round,
    action: 'approve',
    where: (qb) => qb.andWhere('r.status = :draft', { draft: RoundStatus.DRAFT }),
    order: [['r.createdAt', 'ASC']],
    draft: (round) => ({ ...BLANK, title: round.title, since: round.createdAt.slice(0, 10), reason: QueueReason.DRAFT }),
  }),
  spec<Report>({
    kind: QueueKind.REPORT_TO_HEAR,
    entity: Report,
    action: 'hear',
    where: (qb) => qb.andWhere('r.submittedOn IS NOT NULL AND r.heardOn IS NULL'),
    order: [['r.submittedOn', 'ASC']],
    draft: (report) => ({
      ...BLANK,
      title: '',
      since: report.submittedOn,
      reason: QueueReason.SUBMITTED,
      assignmentId: report.assignmentId,
    }),
  }),
  spec<Finding>({
    kind: QueueKind.URGENT_FINDING,
    entity: Finding,
    action: 'decide',
    where: (qb) => qb.andWhere('r.urgent = :urgent AND r.decision IS NULL', { urgent: true }),
    order: [['r.urgentOn', 'ASC']],
    draft: (finding) => ({
      ...BLANK,
      title: finding.subKind,
      category: finding.category,
      since: finding.urgentOn,
      reason: QueueReason.URGENT,
      assignmentId: finding.assignmentId,
    }),
  }),
  spec<Assignment>({
    kind: QueueKind.INSPECTION_TO_ADVANCE,
    entity: Assignment,
    action: 'advance',
    where: (qb) => qb.andWhere('r.stage <> :closed', { closed: Stage.CLOSED }),
    // The ones with a planned day to keep first, nearest first (see dueOn below); then the oldest.
    order: [
      [`CASE r.stage WHEN '${Stage.PREPARATION}' THEN r.startsOn WHEN '${Stage.INQUIRY}' THEN r.endsOn ELSE '9999-12-31' END`, 'ASC'],
      ['r.startsOn', 'ASC'],
    ],
    draft: (assignment) => {
      const toStage = nextStage(assignment.stage);
      return {
        ...BLANK,
        title: '',
        stage: assignment.stage,
        toStage,
        // Entering inquiry is due on the first planned day on site, leaving it on the last.
        dueOn: toStage === Stage.INQUIRY ? assignment.startsOn : toStage === Stage.REPORTING ? assignment.endsOn : null,
        reason: QueueReason.READY,
        assignmentId: assignment.id,
      };
    },
  }),
  spec<Finding>({
    kind: QueueKind.FINDING_TO_TRANSFER,
    entity: Finding,
    action: 'transfer',
    where: (qb) =>
      qb.andWhere('r.decision = :transfer AND r.status = :decided', { transfer: Decision.TRANSFER, decided: FindingStatus.DECIDED }),
    order: [['r.decidedOn', 'ASC']],
    draft: (finding) => ({
      ...BLANK,
      title: finding.subKind,
      category: finding.category,
      since: finding.decidedOn,
      reason: QueueReason.DECIDED_FOR_TRANSFER,
      assignmentId: finding.assignmentId,
    }),
  }),
  spec<RectificationItem>({
    kind: QueueKind.RECTIFICATION_TO_VERIFY,
    entity: RectificationItem,
    action: 'verify',
    where: (qb) => qb.andWhere('r.status = :submitted', { submitted: RectificationStatus.SUBMITTED }),
    order: [['r.deadline', 'ASC']],
    draft: (item) => ({
      ...BLANK,
      title: headline(item.description),
      dueOn: item.deadline,
      reason: QueueReason.SUBMITTED,
      assignmentId: item.assignmentId,
    }),
  }),
  spec<RectificationItem>({
    kind: QueueKind.RECTIFICATION_OVERDUE,
    entity: RectificationItem,
    // The target's liaison owes the progress; the office that checks it follows the late ones up.
    action: ['progress', 'verify'],
    where: (qb) => {
      const overdue = overdueCondition('r');
      qb.andWhere(overdue.sql, overdue.params).andWhere('r.status = :stillOpen', { stillOpen: RectificationStatus.OPEN });
    },
    order: [['r.deadline', 'ASC']],
    draft: (item) => ({
      ...BLANK,
      title: headline(item.description),
      dueOn: item.deadline,
      reason: QueueReason.OVERDUE,
      assignmentId: item.assignmentId,
    }),
  }),
  spec<SupervisionItem>({
    kind: QueueKind.SUPERVISION_OPEN,
    entity: SupervisionItem,
    action: 'update',
    where: (qb) => qb.andWhere('r.status = :open', { open: SupervisionStatus.OPEN }),
    order: [['r.deadline', 'ASC']],
    draft: (item) => ({
      ...BLANK,
      title: headline(item.matter),
      dueOn: item.deadline,
      reason: item.deadline < today() ? QueueReason.OVERDUE : QueueReason.OPEN,
      assignmentId: item.assignmentId,
    }),
  }),
  spec<Finding>({
    kind: QueueKind.TRANSFER_TO_CONCLUDE,
    entity: Finding,
    action: 'conclude',
    where: (qb) => qb.andWhere('r.status = :transferred', { transferred: FindingStatus.TRANSFERRED }),
    order: [['r.transferredOn', 'ASC']],
    draft: (finding) => ({
      ...BLANK,
      title: finding.subKind,
      category: finding.category,
      since: finding.transferredOn,
      reason: QueueReason.TRANSFERRED,
      assignmentId: finding.assignmentId,
    }),
  }),
  spec<HelpRequest>({
    kind: QueueKind.HELP_REQUEST_DUE,
    entity: HelpRequest,
    // The receiving members of the department asked owe the answer.
    action: 'conclude',
    where: helpRequestOverdue,
    order: [['r.wantedBy', 'ASC']],
    draft: helpRequestDraft,
  }),
  spec<Report>({
    kind: QueueKind.REPORT_TO_SUBMIT,
    entity: Report,
    action: 'submit',
    where: (qb) => qb.andWhere('r.submittedOn IS NULL'),
    order: [['r.createdAt', 'ASC']],
    draft: (report) => ({ ...BLANK, title: '', reason: QueueReason.DRAFT, assignmentId: report.assignmentId }),
  }),
  spec<RecordsRequest>({
    kind: QueueKind.RECORDS_OVERDUE,
    entity: RecordsRequest,
    // The staff who asked for the records chase them.
    action: 'update',
    where: (qb) => {
      const overdue = recordsOverdueCondition('r');
      qb.andWhere(overdue.sql, overdue.params);
    },
    order: [['r.dueOn', 'ASC']],
    draft: (request) => ({
      ...BLANK,
      title: headline(request.description),
      dueOn: request.dueOn,
      reason: QueueReason.OVERDUE,
      assignmentId: request.assignmentId,
    }),
  }),
  spec<HelpRequest>({
    kind: QueueKind.HELP_REQUEST_OVERDUE,
    entity: HelpRequest,
    // The staff who asked await the answer and chase it; those who only read or send the request do not.
    action: 'update',
    where: helpRequestOverdue,
    order: [['r.wantedBy', 'ASC']],
    draft: helpRequestDraft,
  }),
  spec<Assignment>({
    kind: QueueKind.INQUIRY_UNDER_WAY,
    entity: Assignment,
    action: 'read',
    appliesTo: (ctx) => staffedAssignmentIds(ctx).length > 0,
    where: (qb, ctx) =>
      qb.andWhere('r.stage = :inquiry AND r.id IN (:...staffed)', { inquiry: Stage.INQUIRY, staffed: staffedAssignmentIds(ctx) }),
    order: [['r.endsOn', 'ASC']],
    draft: (assignment) => ({
      ...BLANK,
      title: '',
      stage: assignment.stage,
      dueOn: assignment.endsOn,
      reason: QueueReason.IN_INQUIRY,
      assignmentId: assignment.id,
    }),
  }),
];

/** The records of one kind the caller may read and act on: the first `limit`, and how many in all. */
async function kindPage(ctx: RequestContext, s: KindSpec<ObjectLiteral>, limit: number): Promise<{ drafts: Draft[]; total: number }> {
  const subject = subjectNameOf(s.entity);
  // A verb no rule of the caller grants: nothing of this kind can wait for them, and no statement is run.
  const actions = [s.action].flat().filter((action) => ctx.ability.can(action, subject));
  if (actions.length === 0 || (s.appliesTo && !s.appliesTo(ctx))) return { drafts: [], total: 0 };
  const qb = scopedQuery(ctx, s.entity, 'r');
  if (!actions.includes('read')) {
    const acting = actions.map((action) => scopePredicate(ctx, qb, s.entity, 'r', action));
    qb.andWhere(`(${acting.map((p) => `(${p.sql})`).join(' OR ')})`, Object.assign({}, ...acting.map((p) => p.params)));
  }
  s.where(qb, ctx);
  for (const [column, direction] of s.order) qb.addOrderBy(column, direction);
  qb.addOrderBy('r.id', 'ASC');
  const records = await qb.clone().take(limit).getMany();
  const total = records.length < limit ? records.length : await qb.getCount();
  const drafts = records.map((record) => ({
    ...s.draft(record),
    kind: s.kind,
    recordType: subject,
    recordId: record.id as number,
  }));
  return { drafts, total };
}

/** The proposed memberships the caller may decide: exactly what `memberships(filter: { awaitingMyDecision: true })` lists. */
async function membershipPage(ctx: RequestContext, limit: number): Promise<{ drafts: Draft[]; total: number }> {
  if (!ctx.ability.can('approve', 'Membership')) return { drafts: [], total: 0 };
  const qb = await membershipsMatching(ctx, { awaitingMyDecision: true } as Parameters<typeof membershipsMatching>[1]);
  qb.orderBy('membership.createdAt', 'ASC').addOrderBy('membership.id', 'ASC');
  const records = await qb.clone().take(limit).getMany();
  const total = records.length < limit ? records.length : await qb.getCount();
  const people = records.length
    ? await ctx.db.manager
        .createQueryBuilder(Person, 'p')
        .select(['p.id', 'p.name'])
        .where('p.id IN (:...ids)', { ids: [...new Set(records.map((m) => m.personId))] })
        .getMany()
    : [];
  const drafts = records.map((m) => ({
    ...BLANK,
    kind: QueueKind.MEMBERSHIP_TO_DECIDE,
    recordType: 'Membership',
    recordId: m.id,
    title: people.find((p) => p.id === m.personId)?.name ?? '',
    role: m.role,
    since: m.createdAt.slice(0, 10),
    reason: QueueReason.PROPOSED,
    bodyId: m.bodyId,
  }));
  return { drafts, total };
}

interface Names {
  bodies: Map<number, { name: string; nameEn: string }>;
  assignments: Map<number, { targetId: number; roundTitle: string }>;
}

/**
 * The names of the inspections and bodies the listed records point at, in two statements. They are
 * labels of records the caller may read, so they are read without the scope of Body and Round,
 * which a department or a liaison does not hold; nothing but the names is read.
 */
async function namesOf(ctx: RequestContext, drafts: Draft[]): Promise<Names> {
  const assignmentIds = [...new Set(drafts.flatMap((d) => (d.assignmentId === null ? [] : [d.assignmentId])))];
  const assignments = new Map<number, { targetId: number; roundTitle: string }>();
  if (assignmentIds.length) {
    const rows = await ctx.db.manager
      .createQueryBuilder(Assignment, 'a')
      .innerJoin(Round, 'round', 'round.id = a.roundId')
      .select(['a.id AS id', 'a.targetId AS targetId', 'round.title AS roundTitle'])
      .where('a.id IN (:...ids)', { ids: assignmentIds })
      .getRawMany<{ id: number | string; targetId: number | string; roundTitle: string }>();
    for (const row of rows) assignments.set(Number(row.id), { targetId: Number(row.targetId), roundTitle: row.roundTitle });
  }
  const bodyIds = [
    ...new Set([...drafts.flatMap((d) => (d.bodyId === null ? [] : [d.bodyId])), ...[...assignments.values()].map((a) => a.targetId)]),
  ];
  const bodies = new Map<number, { name: string; nameEn: string }>();
  if (bodyIds.length) {
    const rows = await ctx.db.manager
      .createQueryBuilder(Body, 'b')
      .select(['b.id', 'b.name', 'b.nameEn'])
      .where('b.id IN (:...ids)', { ids: bodyIds })
      .getMany();
    for (const body of rows) bodies.set(body.id, { name: body.name, nameEn: body.nameEn });
  }
  return { bodies, assignments };
}

function named(draft: Draft, names: Names): QueueItem {
  const { assignmentId, bodyId, ...item } = draft;
  const assignment = assignmentId === null ? undefined : names.assignments.get(assignmentId);
  const body = names.bodies.get(bodyId ?? assignment?.targetId ?? 0);
  return {
    ...item,
    // An inspection or a report is named by the body it inspects.
    title: item.title || body?.name || '',
    targetName: body?.name ?? null,
    targetNameEn: body?.nameEn || null,
    inspectionName: assignment?.roundTitle ?? null,
  };
}

/** What the next stage of each listed inspection still lacks, by the conditions the stage change checks. */
async function withLacks(ctx: RequestContext, drafts: Draft[]): Promise<void> {
  const toAdvance = drafts.filter((d) => d.kind === QueueKind.INSPECTION_TO_ADVANCE && d.toStage !== null);
  if (toAdvance.length === 0) return;
  const assignments = await ctx.db.manager.findBy(Assignment, { id: In(toAdvance.map((d) => d.recordId)) });
  for (const draft of toAdvance) {
    const assignment = assignments.find((a) => a.id === draft.recordId);
    if (!assignment) continue;
    draft.lacks = await unmetConditions(ctx.db.manager, assignment, draft.toStage!);
    draft.reason = draft.lacks.length ? QueueReason.LACKING : QueueReason.READY;
  }
}

export async function myQueue(ctx: RequestContext, limit = QUEUE_KIND_LIMIT): Promise<MyQueue> {
  // One kind at a time: a request holds one connection, and each kind is a small indexed read.
  const pages = [await membershipPage(ctx, limit)];
  for (const kind of KINDS) pages.push(await kindPage(ctx, kind, limit));
  const byKind = new Map<QueueKind, { drafts: Draft[]; total: number }>();
  for (const page of pages) if (page.total > 0) byKind.set(page.drafts[0].kind, page);
  const drafts = [...byKind.values()].flatMap((g) => g.drafts);
  await withLacks(ctx, drafts);
  const names = await namesOf(ctx, drafts);
  const order = [QueueKind.MEMBERSHIP_TO_DECIDE, ...KINDS.map((s) => s.kind)];
  const groups: QueueGroup[] = [...byKind.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([kind, g]) => ({ kind, totalCount: g.total, items: g.drafts.map((d) => named(d, names)) }));
  return { totalCount: groups.reduce((sum, g) => sum + g.totalCount, 0), groups };
}
