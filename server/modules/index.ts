/**
 * The modules of the server. The TypeORM entities (db/entities.ts), the GraphQL resolvers
 * (graphql/schema.ts) and the CSV exports (graphql/list-queries.ts) are all read from this list.
 */
import type { ClassType } from 'type-graphql';
import { accessModule } from './access/access.resolver';
import { accountModule } from './account/account.resolver';
import { activityModule } from './activity/activity.resolver';
import { assignmentModule } from './assignment/assignment.resolver';
import { bodyModule } from './body/body.resolver';
import { briefingModule } from './briefing/briefing.resolver';
import type { ModuleDescriptor } from './common/module-descriptor';
import { deeperInquiryModule } from './deeper-inquiry/deeper-inquiry.resolver';
import { evaluationModule } from './evaluation/evaluation.resolver';
import { findingModule } from './finding/finding.resolver';
import { grantModule } from './grant/leader-grant.resolver';
import { helpRequestModule } from './help-request/help-request.resolver';
import { historyModule } from './history/history.resolver';
import { intakeModule } from './intake/intake.resolver';
import { labelModule } from './label/label.resolver';
import { membershipModule } from './membership/membership.resolver';
import { personModule } from './person/person.resolver';
import { poolModule } from './pool/pool-entry.resolver';
import { queueModule } from './queue/queue.resolver';
import { recordsRequestModule } from './records-request/records-request.resolver';
import { rectificationModule } from './rectification/rectification.resolver';
import { reportModule } from './report/report.resolver';
import { roundModule } from './round/round.resolver';
import { savedQueryModule } from './saved-query/saved-query.resolver';
import { sessionModule } from './session/session.resolver';
import { staffRecordModule } from './staff-record/staff-record.resolver';
import { summaryModule } from './summary/summary.resolver';
import { supervisionModule } from './supervision/supervision.resolver';
import { talkModule } from './talk/talk.resolver';

export type { ModuleDescriptor };

export const MODULES: readonly ModuleDescriptor[] = [
  bodyModule,
  personModule,
  membershipModule,
  accountModule,
  poolModule,
  grantModule,
  roundModule,
  assignmentModule,
  briefingModule,
  activityModule,
  intakeModule,
  evaluationModule,
  talkModule,
  recordsRequestModule,
  findingModule,
  reportModule,
  rectificationModule,
  supervisionModule,
  deeperInquiryModule,
  helpRequestModule,
  staffRecordModule,
  labelModule,
  summaryModule,
  savedQueryModule,
  accessModule,
  sessionModule,
  queueModule,
  historyModule,
];

/** The record types of every module: each a permission subject of the same name. */
export const RECORD_ENTITIES: ClassType[] = MODULES.flatMap((m) => m.entities ?? []);

/** Every table the modules own. */
export const MODULE_ENTITIES: ClassType[] = MODULES.flatMap((m) => [...(m.entities ?? []), ...(m.privateEntities ?? [])]);

export const MODULE_RESOLVERS: ClassType[] = MODULES.flatMap((m) => m.resolvers ?? []);

export const MODULE_LISTS = MODULES.flatMap((m) => m.lists ?? []);
