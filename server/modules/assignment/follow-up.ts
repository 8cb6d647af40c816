/**
 * Follow-up inspections (回头看): an inspection that returns to a target inspected before, to see
 * whether what was found there was put right.
 *
 * Naming the earlier inspection (`followsUpId`): it must be one the caller may read (anything else
 * reads as not found, exactly like an id that does not exist), of the same target, past feedback
 * (its findings were given to the target: TRANSFER or CLOSED), not the inspection itself and not
 * one that already follows it up.
 *
 * Reading the earlier findings through the follow-up: whoever reads the follow-up sees those of
 * the earlier findings and rectification items they may `read` themselves (analysts, the leading
 * group, the office) or `recall`. The team of the follow-up recalls the earlier inspection's
 * findings and items (roles.ts): they are staffed on the new inspection, not the old one, and
 * need to know what to check. What they recall is what the follow-up's report prints and the
 * target was told at feedback: each finding's focus area, sub-kind (its title), severity and
 * status, and how many of its rectification items are open, submitted, closed off and overdue.
 * Never the evidence, the cadre concerned, the intake items or who reported anything: those stay
 * behind `read`, which the team does not get. Both rules are SQL predicates on the one statement
 * that reads a page's earlier findings.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../errors';
import type { ReadScope } from '../../scope/read-scope';
import { scopePredicate } from '../../scope/scoped-query';
import type { WriteTransaction } from '../../write/write-service';
import { today } from '../common/record';
import { FindingCategory, FindingStatus, Severity } from '../finding/finding.enums';
import { Finding } from '../finding/finding.entity';
import { findingTitle } from '../finding/finding-title';
import { Label } from '../label/labels';
import { RectificationItem, RectificationStatus } from '../rectification/rectification-item.entity';
import { Assignment } from './assignment.entity';
import { Stage } from './stage';

/** Stages in which an inspection's findings have been fed back to the target. */
export const PAST_FEEDBACK: readonly Stage[] = [Stage.TRANSFER, Stage.CLOSED];

/** How far a follow-up chain is walked looking for a cycle; real chains are a handful long. */
const MAX_CHAIN = 100;

/**
 * The earlier inspection `followsUpId` names, checked for the follow-up `of` (its id when it
 * exists already, and its target). Not readable or not existing: NOT_FOUND, the same answer.
 */
export async function checkFollowsUp(
  tx: WriteTransaction,
  followsUpId: number,
  of: { id?: number; targetId: number },
): Promise<Assignment> {
  if (of.id !== undefined && followsUpId === of.id) throw badInput('followsUpId', 'followUp.self');
  const earlier = await tx.reference(Assignment, followsUpId);
  if (earlier.targetId !== of.targetId) throw badInput('followsUpId', 'followUp.otherTarget', { id: earlier.id });
  if (!PAST_FEEDBACK.includes(earlier.stage)) throw badInput('followsUpId', 'followUp.notPastFeedback', { id: earlier.id });
  if (of.id !== undefined) {
    // The chain above the earlier one must not come back to this inspection.
    let next = earlier.followsUpId;
    for (let steps = 0; next !== null && steps < MAX_CHAIN; steps++) {
      if (next === of.id) throw badInput('followsUpId', 'followUp.cycle', { id: earlier.id });
      const row = await tx.manager.findOne(Assignment, { where: { id: next }, select: { id: true, followsUpId: true } });
      next = row?.followsUpId ?? null;
    }
  }
  return earlier;
}

/**
 * The `followsUpId` an update of `assignment` writes: undefined when it leaves it as it is, null
 * to make it a first inspection again. Changed only in preparation.
 */
export async function followsUpChange(
  tx: WriteTransaction,
  assignment: Assignment,
  given: number | null | undefined,
): Promise<number | null | undefined> {
  if (given === undefined || given === assignment.followsUpId) return undefined;
  if (assignment.stage !== Stage.PREPARATION) throw badInput('followsUpId', 'followUp.onlyInPreparation');
  if (given === null) return null;
  return (await checkFollowsUp(tx, given, assignment)).id;
}

@ObjectType({ description: 'How far the rectification items of a finding or an inspection went (counts of the items you may see).' })
export class RectificationProgress {
  @Field(() => Int, { description: 'All the items.' })
  total!: number;

  @Field(() => Int, { description: 'Items being worked on by the target (or sent back by the office).' })
  open!: number;

  @Field(() => Int, { description: 'Items the liaison reported done, awaiting the office check.' })
  submitted!: number;

  @Field(() => Int, { description: 'Items checked and closed off by the office (销号).' })
  closed!: number;

  @Field(() => Int, { description: 'Items past their deadline and not closed off.' })
  overdue!: number;
}

@ObjectType({
  description:
    'A finding of the inspection a follow-up (回头看) returns to, as far as the follow-up needs it: what kind, how serious, where it stands, and how far its rectification went. Not its evidence, the cadre concerned or who reported it.',
})
export class EarlierFinding {
  @Field(() => Int, { description: 'The earlier finding.' })
  findingId!: number;

  @Field(() => Label, { description: 'Its name: the heading of its sub-kind, as it was fed back to the target.' })
  title!: Label;

  @Field(() => FindingCategory, { description: 'Which of the four focus areas.' })
  category!: FindingCategory;

  @Field({ description: 'The sub-kind within the category.' })
  subKind!: string;

  @Field(() => Severity, { description: 'How serious it is.' })
  severity!: Severity;

  @Field(() => FindingStatus, { description: 'Where it stands.' })
  status!: FindingStatus;

  @Field(() => RectificationProgress, { description: 'Its rectification items.' })
  rectification!: RectificationProgress;
}

type CountRow = Record<'nTotal' | 'nOpen' | 'nSubmitted' | 'nClosed' | 'nOverdue', unknown>;

function progressOf(row: CountRow | undefined): RectificationProgress {
  return {
    total: Number(row?.nTotal ?? 0),
    open: Number(row?.nOpen ?? 0),
    submitted: Number(row?.nSubmitted ?? 0),
    closed: Number(row?.nClosed ?? 0),
    overdue: Number(row?.nOverdue ?? 0),
  };
}

/** Counts the items aliased `i` by status, and the overdue ones (past the deadline, not closed off). */
function selectCounts<Q extends SelectQueryBuilder<ObjectLiteral>>(qb: Q, day: string): Q {
  const status = (s: RectificationStatus) => `SUM(CASE WHEN i.status = '${s}' THEN 1 ELSE 0 END)`;
  qb.addSelect('COUNT(i.id)', 'nTotal')
    .addSelect(status(RectificationStatus.OPEN), 'nOpen')
    .addSelect(status(RectificationStatus.SUBMITTED), 'nSubmitted')
    .addSelect(status(RectificationStatus.CLOSED), 'nClosed')
    .addSelect(`SUM(CASE WHEN i.deadline < :followUpDay AND i.status <> '${RectificationStatus.CLOSED}' THEN 1 ELSE 0 END)`, 'nOverdue')
    .setParameter('followUpDay', day);
  return qb;
}

/** The caller's `read` or `recall` rules for `entity` on `alias`, as one predicate. */
function readOrRecall(
  scope: ReadScope,
  qb: Parameters<typeof scopePredicate>[1],
  entity: typeof Finding | typeof RectificationItem,
  alias: string,
) {
  const read = scopePredicate(scope, qb, entity, alias, 'read');
  const recall = scopePredicate(scope, qb, entity, alias, 'recall');
  return { sql: `(${read.sql} OR ${recall.sql})`, params: { ...read.params, ...recall.params } };
}

/**
 * The earlier findings of each follow-up of `followUpIds` (inspections the caller has read), with
 * their rectification progress, in one statement: those the caller may read or recall, oldest
 * first.
 */
export async function earlierFindingsOf(scope: ReadScope, followUpIds: readonly number[]): Promise<Map<number, EarlierFinding[]>> {
  const out = new Map<number, EarlierFinding[]>(followUpIds.map((id) => [id, []]));
  if (followUpIds.length === 0) return out;
  const qb = scope.db.createQueryBuilder(Finding, 'f');
  const findings = readOrRecall(scope, qb as never, Finding, 'f');
  const items = readOrRecall(scope, qb as never, RectificationItem, 'i');
  qb.select('fu.id', 'followUpId')
    .addSelect('f.id', 'id')
    .addSelect('f.category', 'category')
    .addSelect('f.subKind', 'subKind')
    .addSelect('f.severity', 'severity')
    .addSelect('f.status', 'status');
  const rows: Array<CountRow & Record<'followUpId' | 'id' | 'category' | 'subKind' | 'severity' | 'status', unknown>> = await selectCounts(
    qb,
    today(),
  )
    .innerJoin(Assignment, 'fu', 'fu.followsUpId = f.assignmentId')
    .leftJoin(RectificationItem, 'i', `i.findingId = f.id AND ${items.sql}`, items.params)
    .where('fu.id IN (:...followUpIds)', { followUpIds: [...followUpIds] })
    .andWhere(findings.sql, findings.params)
    .groupBy('fu.id')
    .addGroupBy('f.id')
    .addGroupBy('f.category')
    .addGroupBy('f.subKind')
    .addGroupBy('f.severity')
    .addGroupBy('f.status')
    .orderBy('f.id', 'ASC')
    .getRawMany();
  for (const row of rows) {
    const subKind = String(row.subKind);
    out.get(Number(row.followUpId))?.push({
      findingId: Number(row.id),
      title: findingTitle(subKind),
      category: row.category as FindingCategory,
      subKind,
      severity: row.severity as Severity,
      status: row.status as FindingStatus,
      rectification: progressOf(row),
    });
  }
  return out;
}

/**
 * All the rectification items of the inspection each follow-up of `followUpIds` returns to, those
 * answering a finding and those that do not, counted in one statement: those the caller may read
 * or recall. Null for an inspection that follows nothing up.
 */
export async function earlierRectificationOf(
  scope: ReadScope,
  followUpIds: readonly number[],
): Promise<Map<number, RectificationProgress>> {
  if (followUpIds.length === 0) return new Map();
  const qb = scope.db.createQueryBuilder(RectificationItem, 'i');
  const items = readOrRecall(scope, qb as never, RectificationItem, 'i');
  qb.select('fu.id', 'followUpId');
  const rows: Array<CountRow & { followUpId: unknown }> = await selectCounts(qb, today())
    .innerJoin(Assignment, 'fu', 'fu.followsUpId = i.assignmentId')
    .where('fu.id IN (:...followUpIds)', { followUpIds: [...followUpIds] })
    .andWhere(items.sql, items.params)
    .groupBy('fu.id')
    .getRawMany();
  const byId = new Map(rows.map((row) => [Number(row.followUpId), row]));
  return new Map(followUpIds.map((id) => [id, progressOf(byId.get(id))]));
}
