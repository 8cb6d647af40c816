import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Stage } from '../assignment/stage';
import { FindingCategory } from '../finding/finding.enums';
import { MembershipRole } from '../membership/membership-role';

/** What kind of work an item of the queue is; each kind is offered only to those whose rules let them do it. */
export enum QueueKind {
  PLAN_TO_APPROVE = 'PLAN_TO_APPROVE',
  MEMBERSHIP_TO_DECIDE = 'MEMBERSHIP_TO_DECIDE',
  REPORT_TO_HEAR = 'REPORT_TO_HEAR',
  URGENT_FINDING = 'URGENT_FINDING',
  INSPECTION_TO_ADVANCE = 'INSPECTION_TO_ADVANCE',
  FINDING_TO_TRANSFER = 'FINDING_TO_TRANSFER',
  RECTIFICATION_TO_VERIFY = 'RECTIFICATION_TO_VERIFY',
  RECTIFICATION_OVERDUE = 'RECTIFICATION_OVERDUE',
  SUPERVISION_OPEN = 'SUPERVISION_OPEN',
  TRANSFER_TO_CONCLUDE = 'TRANSFER_TO_CONCLUDE',
  HELP_REQUEST_DUE = 'HELP_REQUEST_DUE',
  REPORT_TO_SUBMIT = 'REPORT_TO_SUBMIT',
  RECORDS_OVERDUE = 'RECORDS_OVERDUE',
  HELP_REQUEST_OVERDUE = 'HELP_REQUEST_OVERDUE',
  INQUIRY_UNDER_WAY = 'INQUIRY_UNDER_WAY',
}
registerEnumType(QueueKind, {
  name: 'QueueKind',
  description: 'What kind of work waits: each kind is listed only for those whose rules let them do it.',
  valuesConfig: {
    PLAN_TO_APPROVE: { description: 'A draft plan (Round) waiting for the leading group to approve it (approveRound).' },
    MEMBERSHIP_TO_DECIDE: {
      description: 'A proposed membership waiting for your decision (as the filter awaitingMyDecision of memberships selects).',
    },
    REPORT_TO_HEAR: { description: 'A submitted report the leading group has not yet heard (hearReport).' },
    URGENT_FINDING: { description: 'A finding flagged urgent that the leading group has not yet decided on (decideFinding).' },
    INSPECTION_TO_ADVANCE: {
      description: 'An open inspection (Assignment) the office moves to its next stage (advanceAssignment), with what it still lacks.',
    },
    FINDING_TO_TRANSFER: { description: 'A finding the leading group decided to transfer that the office has not yet transferred.' },
    RECTIFICATION_TO_VERIFY: {
      description: 'A rectification item whose progress was submitted, to be checked and closed off or returned (待核验).',
    },
    RECTIFICATION_OVERDUE: { description: 'A rectification item past its deadline that nobody has submitted progress for yet.' },
    SUPERVISION_OPEN: { description: 'A supervision item still open, for whoever follows it up.' },
    TRANSFER_TO_CONCLUDE: { description: 'A finding transferred to your department whose outcome is not recorded yet (concludeFinding).' },
    HELP_REQUEST_DUE: {
      description:
        'A request for help sent to your department, past the day an answer was wanted and still to be answered or declined (answerHelpRequest, declineHelpRequest).',
    },
    REPORT_TO_SUBMIT: { description: 'A draft report the granted leader has not yet submitted.' },
    RECORDS_OVERDUE: {
      description: 'Documents the team asked the target for, past their due day and not all received, to be chased (updateRecordsRequest).',
    },
    HELP_REQUEST_OVERDUE: {
      description: 'A request for help your team sent, past the day an answer was wanted and still awaiting the department’s answer.',
    },
    INQUIRY_UNDER_WAY: { description: 'An inspection you are staffed on that is in inquiry: its fieldwork is yours until it ends.' },
  },
});

/** Why an item waits, beyond its kind. */
export enum QueueReason {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  SUBMITTED = 'SUBMITTED',
  URGENT = 'URGENT',
  READY = 'READY',
  LACKING = 'LACKING',
  DECIDED_FOR_TRANSFER = 'DECIDED_FOR_TRANSFER',
  OVERDUE = 'OVERDUE',
  OPEN = 'OPEN',
  TRANSFERRED = 'TRANSFERRED',
  IN_INQUIRY = 'IN_INQUIRY',
}
registerEnumType(QueueReason, {
  name: 'QueueReason',
  description: 'Why an item of the queue waits.',
  valuesConfig: {
    DRAFT: { description: 'It is a draft: nobody has approved or submitted it.' },
    PROPOSED: { description: 'It was proposed and waits for a decision.' },
    SUBMITTED: { description: 'It was submitted (since the day in `since`) and waits to be heard or checked.' },
    URGENT: { description: 'It was flagged urgent (on the day in `since`) and not yet decided on.' },
    READY: { description: 'Every condition of its next stage holds: it can move on now.' },
    LACKING: { description: 'It cannot move on yet: `lacks` says what is missing.' },
    DECIDED_FOR_TRANSFER: { description: 'The leading group decided to transfer it (on the day in `since`).' },
    OVERDUE: { description: 'Its deadline (`dueOn`) has passed.' },
    OPEN: { description: 'It is open; `dueOn` is its deadline.' },
    TRANSFERRED: { description: 'It was transferred (on the day in `since`) and its outcome is not recorded.' },
    IN_INQUIRY: { description: 'It is in inquiry until the planned last day on site (`dueOn`).' },
  },
});

@ObjectType({ description: 'One thing that waits for you: the record it points at, named by names, and why it waits.' })
export class QueueItem {
  @Field(() => QueueKind, { description: 'What kind of work it is.' })
  kind!: QueueKind;

  @Field({ description: 'The type of the record it points at, as the permission rules name it (Round, Assignment, Finding, …).' })
  recordType!: string;

  @Field(() => Int, { description: 'The id of the record it points at.' })
  recordId!: number;

  @Field({
    description:
      "The record's own words: a plan's title, a finding's sub-kind, the matter of a rectification or supervision item, the question of a request for help, the person of a membership, the inspected body of an inspection or report.",
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The inspected body (for a membership: the body it is held in), by its name; null where there is none.',
  })
  targetName!: string | null;

  @Field(() => String, { nullable: true, description: 'The English name of that body.' })
  targetNameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'The title of the plan (round) of the inspection it belongs to; null where none.' })
  inspectionName!: string | null;

  @Field(() => FindingCategory, { nullable: true, description: 'For a finding: its focus area.' })
  category!: FindingCategory | null;

  @Field(() => MembershipRole, { nullable: true, description: 'For a membership: the role proposed.' })
  role!: MembershipRole | null;

  @Field(() => Stage, { nullable: true, description: 'For an inspection: its current stage.' })
  stage!: Stage | null;

  @Field(() => Stage, { nullable: true, description: 'For an inspection to advance: the stage it would enter.' })
  toStage!: Stage | null;

  @Field(() => String, { nullable: true, description: 'The day it is due (YYYY-MM-DD), where it has one.' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it began to wait (YYYY-MM-DD), where that is recorded.' })
  since!: string | null;

  @Field(() => QueueReason, { description: 'Why it waits.' })
  reason!: QueueReason;

  @Field(() => [String], {
    description: 'For an inspection to advance: the conditions of its next stage that do not hold, in the words the refusal uses.',
  })
  lacks!: string[];
}

@ObjectType({ description: 'The items of one kind that wait for you: the first ones, and how many in all.' })
export class QueueGroup {
  @Field(() => QueueKind, { description: 'What kind of work they are.' })
  kind!: QueueKind;

  @Field(() => Int, { description: 'How many wait in all.' })
  totalCount!: number;

  @Field(() => [QueueItem], { description: 'The first of them (at most `limit`), the most pressing first.' })
  items!: QueueItem[];
}

@ObjectType({ description: 'What waits for you now (待办), by kind; only records you may read, only work your rules let you do.' })
export class MyQueue {
  @Field(() => Int, { description: 'How many items wait in all kinds together.' })
  totalCount!: number;

  @Field(() => [QueueGroup], { description: 'The kinds with something waiting, in a fixed order; empty when nothing waits.' })
  groups!: QueueGroup[];
}
