import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { pathRange } from '../../scope/paths';
import { write, type WriteTransaction } from '../../write/write-service';
import { today } from '../common/record';
import { givenOnly, optionalText, refuseNulls, requiredText } from '../common/text';
import { Body } from '../body/body.entity';
import { BodyKind } from '../body/body.enums';
import { Round, RoundStatus, RoundTarget } from './round.entity';
import type { CreateRoundInput, RoundFilter, UpdateRoundInput } from './round.inputs';

export function applyRoundFilter(qb: SelectQueryBuilder<Round>, f: RoundFilter): void {
  if (f.leadingGroupId !== undefined) qb.andWhere('record.leadingGroupId = :lg', { lg: f.leadingGroupId });
  if (f.year !== undefined) qb.andWhere('record.year = :year', { year: f.year });
  if (f.status !== undefined) qb.andWhere('record.status = :status', { status: f.status });
}

/**
 * What a leading group's plans may name: the bodies under its committee (paths in `range`), other
 * than the committee itself and the inspection bodies (paths in `inspectionBodies`).
 */
export interface Jurisdiction {
  committeeId: number;
  range: [string, string];
  inspectionBodies: [string, string];
  includes(body: Body): boolean;
}

/**
 * A plan may name bodies under the committee its leading group reports to, other than the
 * inspection bodies themselves.
 */
export async function jurisdictionOf(manager: EntityManager, group: Body): Promise<Jurisdiction> {
  const committee = group.reportsToId ? await manager.findOneByOrFail(Body, { id: group.reportsToId }) : group;
  const [low, high] = pathRange(committee.scopePath);
  const [groupLow, groupHigh] = pathRange(group.scopePath);
  return {
    committeeId: committee.id,
    range: [low, high],
    inspectionBodies: [groupLow, groupHigh],
    includes: (body) =>
      body.scopePath >= low &&
      body.scopePath < high &&
      body.id !== committee.id &&
      !(body.scopePath >= groupLow && body.scopePath < groupHigh),
  };
}

async function checkedTargets(tx: WriteTransaction, group: Body, targetIds: number[]): Promise<Body[]> {
  if (new Set(targetIds).size !== targetIds.length) throw badInput('targetIds', 'round.targetTwice');
  const jurisdiction = await jurisdictionOf(tx.manager, group);
  const targets: Body[] = [];
  for (const id of targetIds) {
    const body = await tx.reference(Body, id);
    if (!jurisdiction.includes(body)) {
      throw badInput('targetIds', 'round.outOfJurisdiction', { id });
    }
    if (body.retiredOn) throw badInput('targetIds', 'body.retired', { id });
    targets.push(body);
  }
  return targets;
}

async function addTargets(tx: WriteTransaction, round: Round, targets: Body[]): Promise<void> {
  for (const target of targets) {
    await tx.insert(RoundTarget, { roundId: round.id, bodyId: target.id, scopePath: round.scopePath });
  }
}

export function createRound(ctx: RequestContext, input: CreateRoundInput): Promise<Round> {
  return write(ctx, async (tx) => {
    const group = await tx.reference(Body, input.leadingGroupId);
    if (group.kind !== BodyKind.LEADING_GROUP) throw badInput('leadingGroupId', 'body.notLeadingGroup', { id: group.id });
    const values = {
      leadingGroupId: group.id,
      year: input.year,
      number: input.number,
      title: requiredText('title', input.title),
      status: RoundStatus.DRAFT,
      approvedOn: null,
      scopePath: group.scopePath,
    };
    tx.assertAllowed('create', Round, values);
    const clash = await tx.manager.findOneBy(Round, { leadingGroupId: group.id, year: input.year, number: input.number });
    if (clash) throw badInput('number', 'round.numberTaken', { number: input.number, year: input.year, plan: clash.id });
    const targets = await checkedTargets(tx, group, input.targetIds);
    const round = await tx.insert(Round, values);
    await addTargets(tx, round, targets);
    return round;
  });
}

export function updateRound(ctx: RequestContext, input: UpdateRoundInput): Promise<Round> {
  return write(ctx, async (tx) => {
    refuseNulls(input);
    const round = await tx.load(Round, input.id, 'update');
    if (round.status !== RoundStatus.DRAFT) throw badInput('id', 'round.approvedLocked');
    if (input.targetIds) {
      const group = await tx.manager.findOneByOrFail(Body, { id: round.leadingGroupId });
      const wanted = await checkedTargets(tx, group, input.targetIds);
      const current = await tx.manager.findBy(RoundTarget, { roundId: round.id });
      for (const old of current) if (!wanted.some((b) => b.id === old.bodyId)) await tx.remove(RoundTarget, old);
      await addTargets(
        tx,
        round,
        wanted.filter((b) => !current.some((old) => old.bodyId === b.id)),
      );
    }
    return tx.update(Round, round, input.version, givenOnly<Partial<Round>>({ title: optionalText('title', input.title) }));
  });
}

export function approveRound(ctx: RequestContext, input: { id: number; version: number }): Promise<Round> {
  return write(ctx, async (tx) => {
    const round = await tx.load(Round, input.id, 'approve');
    if (round.status !== RoundStatus.DRAFT) throw badInput('id', 'round.alreadyApproved', { id: round.id });
    return tx.update(Round, round, input.version, { status: RoundStatus.APPROVED, approvedOn: today() }, 'approve');
  });
}
