import { IsNull, Not, type EntityManager } from 'typeorm';
import { Activity } from '../activity/activity.entity';
import { Briefing } from '../briefing/briefing.entity';
import { today } from '../common/record';
import { Finding } from '../finding/finding.entity';
import { Decision, FindingStatus } from '../finding/finding.enums';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Report } from '../report/report.entity';
import { Assignment, AssignmentMember } from './assignment.entity';
import { Stage } from './stage';
import type { MessageKey, MessageRef } from '../../../shared/messages';

interface Condition {
  /** The message of the catalogue (shared/messages.ts) said when the condition does not hold. */
  key: MessageKey;
  /** Its English words. */
  unmet: string;
  holds(manager: EntityManager, assignment: Assignment): Promise<boolean>;
}

const count = (manager: EntityManager, entity: Parameters<EntityManager['count']>[0], where: object) => manager.count(entity, { where });

/** A current, unrevoked leader's grant. */
const NO_LEADER: Condition = {
  key: 'stage.noLeader',
  unmet: 'no leader has been appointed from the pool for this inspection',
  holds: async (m, a) =>
    (await m
      .createQueryBuilder(LeaderGrant, 'g')
      .where('g.assignmentId = :id AND g.revokedOn IS NULL AND g.validUntil >= :day', { id: a.id, day: today() })
      .getCount()) > 0,
};

/** Someone staffed on it and not taken off. */
const NO_STAFF: Condition = {
  key: 'stage.noStaff',
  unmet: 'nobody has been staffed on it',
  holds: async (m, a) => (await count(m, AssignmentMember, { assignmentId: a.id, removedOn: IsNull() })) > 0,
};

/**
 * What must hold before an inspection enters each stage. A leader revoked or the last member taken
 * off during inquiry is allowed (it may be urgent), but the inquiry cannot end until the team has a
 * leader and staff again: the report is theirs to write.
 */
export const STAGE_CONDITIONS: Record<Stage, Condition[]> = {
  [Stage.PREPARATION]: [],
  [Stage.INQUIRY]: [
    { key: 'stage.noticeNotSent', unmet: 'the notice has not been sent to the target', holds: async (_m, a) => a.noticeSentOn !== null },
    {
      key: 'stage.noContactChannels',
      unmet: 'the contact channels have not been set',
      holds: async (_m, a) => a.contactChannels.trim() !== '',
    },
    NO_LEADER,
    NO_STAFF,
    {
      key: 'stage.briefingsAwaited',
      unmet: 'background requested during preparation has not all been received',
      holds: async (m, a) => (await count(m, Briefing, { assignmentId: a.id, receivedOn: IsNull() })) === 0,
    },
  ],
  [Stage.REPORTING]: [
    {
      key: 'stage.noActivity',
      unmet: 'no activity has been recorded',
      holds: async (m, a) => (await count(m, Activity, { assignmentId: a.id })) > 0,
    },
    NO_LEADER,
    NO_STAFF,
  ],
  [Stage.FEEDBACK]: [
    {
      key: 'stage.reportNotHeard',
      unmet: 'the leading group has not heard the report',
      holds: async (m, a) => (await count(m, Report, { assignmentId: a.id, heardOn: Not(IsNull()) })) > 0,
    },
  ],
  [Stage.TRANSFER]: [
    {
      key: 'stage.findingsUndecided',
      unmet: 'the leading group has not decided on every finding',
      holds: async (m, a) => (await count(m, Finding, { assignmentId: a.id, decision: IsNull() })) === 0,
    },
    {
      key: 'stage.rectificationMissing',
      unmet: 'a finding decided for rectification has no rectification item',
      holds: async (m, a) =>
        (await m
          .createQueryBuilder(Finding, 'f')
          .where('f.assignmentId = :id AND f.decision = :rectify', { id: a.id, rectify: Decision.RECTIFY })
          .andWhere('NOT EXISTS (SELECT 1 FROM rectification_item r WHERE r.findingId = f.id)')
          .getCount()) === 0,
    },
  ],
  [Stage.CLOSED]: [
    {
      key: 'stage.transferMissing',
      unmet: 'a finding decided for transfer has not been transferred',
      holds: async (m, a) =>
        (await count(m, Finding, { assignmentId: a.id, decision: Decision.TRANSFER, status: FindingStatus.DECIDED })) === 0,
    },
  ],
};

/** The conditions for entering `stage` that do not hold now. */
export async function unmetConditions(manager: EntityManager, assignment: Assignment, stage: Stage): Promise<string[]> {
  const unmet: string[] = [];
  for (const condition of STAGE_CONDITIONS[stage]) {
    if (!(await condition.holds(manager, assignment))) unmet.push(condition.unmet);
  }
  return unmet;
}

/** The conditions for entering `stage` that do not hold now, as messages of the catalogue. */
export async function unmetConditionMessages(manager: EntityManager, assignment: Assignment, stage: Stage): Promise<MessageRef[]> {
  const unmet: MessageRef[] = [];
  for (const condition of STAGE_CONDITIONS[stage]) {
    if (!(await condition.holds(manager, assignment))) unmet.push({ key: condition.key });
  }
  return unmet;
}
