import { Account } from '../modules/account/account.entity';
import { Activity } from '../modules/activity/activity.entity';
import { Assignment, AssignmentMember } from '../modules/assignment/assignment.entity';
import { AuditEntry, AuditHead } from '../modules/audit/audit-entry.entity';
import { Body } from '../modules/body/body.entity';
import { Briefing } from '../modules/briefing/briefing.entity';
import { Finding } from '../modules/finding/finding.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { IntakeInformant, IntakeItem } from '../modules/intake/intake.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Person } from '../modules/person/person.entity';
import { PersonRelation } from '../modules/person/person-relation.entity';
import { PoolEntry } from '../modules/pool/pool-entry.entity';
import { RectificationItem } from '../modules/rectification/rectification-item.entity';
import { Report } from '../modules/report/report.entity';
import { Round, RoundTarget } from '../modules/round/round.entity';
import { Session } from '../modules/session/session.entity';
import { SavedQuery } from '../modules/saved-query/saved-query.entity';
import { SupervisionItem } from '../modules/supervision/supervision-item.entity';
import { IdempotentRequest } from '../write/idempotent-request.entity';

export const ENTITIES = [
  Body,
  Person,
  PersonRelation,
  Membership,
  Account,
  PoolEntry,
  LeaderGrant,
  Round,
  RoundTarget,
  Assignment,
  AssignmentMember,
  Briefing,
  Activity,
  IntakeItem,
  IntakeInformant,
  Finding,
  Report,
  RectificationItem,
  SupervisionItem,
  SavedQuery,
  Session,
  AuditEntry,
  AuditHead,
  IdempotentRequest,
];
