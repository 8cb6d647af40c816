/**
 * The label fields: beside each reference a record carries, the name of the record referred to
 * (see labels.ts). Each resolves from the referring record's own column, in one batch per page.
 */
import { subject } from '@casl/ability';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { Account } from '../account/account.entity';
import { Activity } from '../activity/activity.entity';
import { Assignment, AssignmentMember } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { Briefing } from '../briefing/briefing.entity';
import { Finding } from '../finding/finding.entity';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { IntakeItem } from '../intake/intake.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from '../person/person.entity';
import { PoolEntry } from '../pool/pool-entry.entity';
import { RectificationItem } from '../rectification/rectification-item.entity';
import { Report } from '../report/report.entity';
import { Round, RoundTarget } from '../round/round.entity';
import { SupervisionItem } from '../supervision/supervision-item.entity';
import { Label, labelOf } from './labels';

/** "The name of the inspection it belongs to, even where you may not read the inspection itself." */
function nameOf(what: string): { nullable: true; description: string } {
  return { nullable: true, description: `The name of ${what}, even where you may not read that record itself; null when there is none.` };
}

const INSPECTION = 'the inspection it belongs to (its target and plan)';

@Resolver(() => Finding)
export class FindingLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() f: Finding, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', f.assignmentId);
  }

  @FieldResolver(() => Label, nameOf('the inspected body'))
  targetLabel(@Root() f: Finding, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', f.targetId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description:
      'The name of the cadre it concerns, even where you may not read that person; null when there is none, and for the staff who may record findings on the inspection (they name the cadre themselves, by id).',
  })
  subjectPersonLabel(@Root() f: Finding, @Ctx() ctx: RequestContext) {
    // The staff choose the subject by id among the target's people, whom they may not read: a name
    // coming back would let them look up the cadres of the target one id at a time.
    if (ctx.ability.can('create', subject('Finding', { ...f }) as never)) return null;
    return labelOf(ctx, 'person', f.subjectPersonId);
  }

  @FieldResolver(() => Label, nameOf('the department it was transferred to'))
  transferredToLabel(@Root() f: Finding, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', f.transferredToId);
  }
}

@Resolver(() => RectificationItem)
export class RectificationItemLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() item: RectificationItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', item.assignmentId);
  }

  @FieldResolver(() => Label, nameOf('the finding it answers (its kind)'))
  findingLabel(@Root() item: RectificationItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'finding', item.findingId);
  }
}

@Resolver(() => SupervisionItem)
export class SupervisionItemLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() item: SupervisionItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', item.assignmentId);
  }

  @FieldResolver(() => Label, nameOf('the finding it follows up (its kind)'))
  findingLabel(@Root() item: SupervisionItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'finding', item.findingId);
  }

  @FieldResolver(() => Label, nameOf('the responsible body'))
  responsibleBodyLabel(@Root() item: SupervisionItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', item.responsibleBodyId);
  }
}

@Resolver(() => IntakeItem)
export class IntakeItemLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() item: IntakeItem, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', item.assignmentId);
  }
}

@Resolver(() => Report)
export class ReportLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() report: Report, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', report.assignmentId);
  }

  @FieldResolver(() => Label, nameOf('the person who submitted it'))
  submittedByLabel(@Root() report: Report, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', report.submittedById);
  }
}

@Resolver(() => Briefing)
export class BriefingLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() briefing: Briefing, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', briefing.assignmentId);
  }

  @FieldResolver(() => Label, nameOf('the body asked'))
  sourceBodyLabel(@Root() briefing: Briefing, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', briefing.sourceBodyId);
  }
}

@Resolver(() => Activity)
export class ActivityLabels {
  @FieldResolver(() => Label, nameOf(INSPECTION))
  assignmentLabel(@Root() activity: Activity, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', activity.assignmentId);
  }
}

@Resolver(() => Assignment)
export class AssignmentLabels {
  @FieldResolver(() => Label, nameOf('its plan'))
  roundLabel(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'round', a.roundId);
  }

  @FieldResolver(() => Label, nameOf('the team'))
  teamLabel(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', a.teamId);
  }

  @FieldResolver(() => Label, nameOf('the inspected body'))
  targetLabel(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', a.targetId);
  }
}

@Resolver(() => AssignmentMember)
export class AssignmentMemberLabels {
  @FieldResolver(() => Label, nameOf('the person'))
  personLabel(@Root() member: AssignmentMember, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', member.personId);
  }
}

@Resolver(() => Round)
export class RoundLabels {
  @FieldResolver(() => Label, nameOf('the leading group whose plan it is'))
  leadingGroupLabel(@Root() round: Round, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', round.leadingGroupId);
  }
}

@Resolver(() => RoundTarget)
export class RoundTargetLabels {
  @FieldResolver(() => Label, nameOf('the body to be inspected'))
  bodyLabel(@Root() target: RoundTarget, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', target.bodyId);
  }
}

@Resolver(() => LeaderGrant)
export class LeaderGrantLabels {
  @FieldResolver(() => Label, nameOf('the person granted leadership'))
  personLabel(@Root() grant: LeaderGrant, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', grant.personId);
  }

  @FieldResolver(() => Label, nameOf('the team'))
  teamLabel(@Root() grant: LeaderGrant, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', grant.teamId);
  }

  @FieldResolver(() => Label, nameOf('the inspection it is for'))
  assignmentLabel(@Root() grant: LeaderGrant, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', grant.assignmentId);
  }
}

@Resolver(() => PoolEntry)
export class PoolEntryLabels {
  @FieldResolver(() => Label, nameOf('the person'))
  personLabel(@Root() entry: PoolEntry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', entry.personId);
  }

  @FieldResolver(() => Label, nameOf('the leading group'))
  leadingGroupLabel(@Root() entry: PoolEntry, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', entry.leadingGroupId);
  }
}

@Resolver(() => Membership)
export class MembershipLabels {
  @FieldResolver(() => Label, nameOf('the member'))
  personLabel(@Root() membership: Membership, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', membership.personId);
  }

  @FieldResolver(() => Label, nameOf('the body'))
  bodyLabel(@Root() membership: Membership, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', membership.bodyId);
  }
}

@Resolver(() => Body)
export class BodyLabels {
  @FieldResolver(() => Label, nameOf('the body it reports to'))
  reportsToLabel(@Root() body: Body, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', body.reportsToId);
  }

  @FieldResolver(() => Label, nameOf('the body hosting it'))
  hostedByLabel(@Root() body: Body, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', body.hostedById);
  }
}

@Resolver(() => Person)
export class PersonLabels {
  @FieldResolver(() => Label, nameOf('the employing body'))
  employerLabel(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', person.employerId);
  }

  @FieldResolver(() => Label, nameOf('the body holding cadre management authority'))
  managedByLabel(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', person.managedById);
  }
}

@Resolver(() => Account)
export class AccountLabels {
  @FieldResolver(() => Label, nameOf('the person who signs in with it'))
  personLabel(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'person', account.personId);
  }
}

export const labelModule: ModuleDescriptor = {
  resolvers: [
    FindingLabels,
    RectificationItemLabels,
    SupervisionItemLabels,
    IntakeItemLabels,
    ReportLabels,
    BriefingLabels,
    ActivityLabels,
    AssignmentLabels,
    AssignmentMemberLabels,
    RoundLabels,
    RoundTargetLabels,
    LeaderGrantLabels,
    PoolEntryLabels,
    MembershipLabels,
    BodyLabels,
    PersonLabels,
    AccountLabels,
  ],
};
