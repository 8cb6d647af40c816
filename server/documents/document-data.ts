/**
 * The data of an inspection's Word documents, read through the caller's rules (the scoped read
 * path), so that a document shows exactly what the API would show them.
 */
import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { findScoped, scopedQuery } from '../scope/scoped-query';
import type { ReadScope } from '../scope/read-scope';
import { pathIds } from '../scope/paths';
import { Assignment } from '../modules/assignment/assignment.entity';
import { assertDocumentDraftable, type InspectionDocument } from '../modules/assignment/document-stages';
import { Body } from '../modules/body/body.entity';
import { BodyKind } from '../modules/body/body.enums';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { Person } from '../modules/person/person.entity';
import { RectificationItem } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round } from '../modules/round/round.entity';
import { today } from '../modules/common/record';
import { evaluationLines } from '../modules/evaluation/evaluation.document';
import { earlierFindingsOf } from '../modules/assignment/follow-up';
import { NOT_VISIBLE, type InspectionDocumentData } from './inspection-documents';

/** The records of `ids` the caller may read, by id: one statement, as a batch of the API reads them. */
async function readable<T extends ObjectLiteral & { id: number }>(
  scope: ReadScope,
  entity: EntityTarget<T>,
  ids: number[],
): Promise<Map<number, T>> {
  const rows = await scopedQuery(scope, entity, 'r')
    .andWhere('r.id IN (:...ids)', { ids: [...new Set(ids)] })
    .getMany();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The name of the nearest body of `kind` on the reporting line `path` (its own last body first), or
 * null when there is none. A body on the way the caller may not read ends the search with
 * NOT_VISIBLE: it may be the one sought, and naming one further up would be wrong.
 */
async function nearestOnLine(scope: ReadScope, path: string, kind: BodyKind): Promise<string | null> {
  const ids = pathIds(path).reverse();
  const line = await readable(scope, Body, ids);
  for (const id of ids) {
    const body = line.get(id);
    if (!body) return NOT_VISIBLE;
    if (body.kind === kind) return body.name;
  }
  return null;
}

/**
 * What `kind` of an inspection prints, read as the API would read it for the caller: the
 * inspection itself (NOT_FOUND when they may not read it; CONFLICT before the stage the document
 * is drafted from), and every record it mentions left out or printed as NOT_VISIBLE where they may
 * not read that.
 */
export async function documentData(scope: ReadScope, assignmentId: number, kind: InspectionDocument): Promise<InspectionDocumentData> {
  const assignment = await findScoped(scope, Assignment, assignmentId);
  assertDocumentDraftable(kind, assignment.id, assignment.stage);
  const [rounds, bodies] = await Promise.all([
    readable(scope, Round, [assignment.roundId]),
    readable(scope, Body, [assignment.teamId, assignment.targetId]),
  ]);
  const round = rounds.get(assignment.roundId);
  const [team, target] = [bodies.get(assignment.teamId), bodies.get(assignment.targetId)];
  // The plan names the leading group; without it, the group is the one the team reports to (a plan
  // only assigns teams of its own group), which the team's members read on their own reporting line.
  const leadingGroupName = round
    ? ((await readable(scope, Body, [round.leadingGroupId])).get(round.leadingGroupId)?.name ?? NOT_VISIBLE)
    : ((await nearestOnLine(scope, assignment.scopePath, BodyKind.LEADING_GROUP)) ?? NOT_VISIBLE);
  const committeeName = (await nearestOnLine(scope, assignment.scopePath, BodyKind.PARTY_COMMITTEE)) ?? leadingGroupName;
  // A revoked grant names no leader.
  const grant = await scopedQuery(scope, LeaderGrant, 'g')
    .andWhere('g.assignmentId = :id AND g.revokedOn IS NULL', { id: assignment.id })
    .orderBy('g.validFrom', 'DESC')
    .addOrderBy('g.id', 'DESC')
    .getOne();
  const leader = grant ? (await readable(scope, Person, [grant.personId])).get(grant.personId) : null;
  const report = await scopedQuery(scope, Report, 'r').andWhere('r.assignmentId = :id', { id: assignment.id }).getOne();
  const findings = await scopedQuery(scope, Finding, 'f').andWhere('f.assignmentId = :id', { id: assignment.id }).orderBy('f.id').getMany();
  const items = await scopedQuery(scope, RectificationItem, 'i')
    .andWhere('i.assignmentId = :id', { id: assignment.id })
    .orderBy('i.deadline')
    .getMany();
  // A follow-up's report says how far what the inspection it returns to found was put right (follow-up.ts: who sees what).
  const earlier = assignment.followsUpId === null ? null : ((await earlierFindingsOf(scope, [assignment.id])).get(assignment.id) ?? []);
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
    findings: findings.map((f) => ({
      category: f.category,
      severity: f.severity,
      evidenceSummary: f.evidenceSummary,
      decision: f.decision,
    })),
    rectificationItems: items.map((i) => ({ description: i.description, deadline: i.deadline })),
    evaluationLines: await evaluationLines(scope, assignment.id),
    ...(earlier
      ? {
          earlierFindings: earlier.map((f) => ({
            category: f.category,
            title: f.title.zh,
            severity: f.severity,
            status: f.status,
            rectification: f.rectification,
          })),
        }
      : {}),
    issuedOn: today(),
  };
}
