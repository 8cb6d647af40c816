import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import type { ModuleDescriptor } from '../common/module-descriptor';
import type { Action } from '../../permissions/ability';
import { SUBJECTS, type SubjectName } from '../../permissions/roles';
import { AccessRelation, explainAccess } from './access.service';

/** The record types a question can be about (an informant's or interviewee's identity is not one: each has its own record of reads). */
const EXPLAINED = SUBJECTS.filter((s) => s !== 'IntakeInformant' && s !== 'TalkInterviewee');
const RecordType = Object.fromEntries(EXPLAINED.map((s) => [s, s])) as Record<SubjectName, SubjectName>;
registerEnumType(RecordType, {
  name: 'RecordType',
  description: 'A kind of record, as the permission rules name it.',
  valuesConfig: Object.fromEntries(EXPLAINED.map((s) => [s, { description: `A ${s} record (the type of the same name).` }])),
});

const ACTIONS: Record<Action, string> = {
  read: 'Read it (and find it in lists).',
  create: 'Create one.',
  update: 'Change it.',
  retire: 'Take it out of service.',
  manage: 'Every action.',
  approve: 'Approve a plan (leading group), or approve or refuse a proposed membership (leading-group leader).',
  reset: "Set a new password on someone else's account.",
  advance: 'Move an inspection to its next stage (office).',
  staff: 'Staff an inspection (office).',
  appoint: "Name an inspection's leader (leading group).",
  submit: 'Submit a report (the granted leader).',
  hear: 'Record the hearing of a report (leading group).',
  escalate: 'Flag a finding urgent (the team).',
  decide: 'Decide how a finding is used (leading group).',
  transfer: 'Transfer a finding (office).',
  conclude: 'Record the outcome of a transferred finding (receiving department).',
  progress: "Record a rectification item's progress (the target's liaison).",
  verify: 'Close off or return a rectification item (office).',
  summarize: 'Count it in a summary.',
  review: "Read it as a line of the person's service history (the office, the leading group, the person).",
  recall: 'See it through a follow-up inspection: its kind, severity, status and rectification progress.',
};
const AccessAction = Object.fromEntries(Object.keys(ACTIONS).map((a) => [a.toUpperCase(), a])) as Record<string, Action>;
registerEnumType(AccessAction, {
  name: 'AccessAction',
  description: 'What one may do to a record (the verbs the permission rules speak of).',
  valuesConfig: Object.fromEntries(Object.entries(ACTIONS).map(([a, description]) => [a.toUpperCase(), { description }])),
});

registerEnumType(AccessRelation, {
  name: 'AccessRelation',
  description: 'How the deciding rule relates the record to the account.',
  valuesConfig: {
    REPORTING_LINE: { description: "The record's body reports, directly or along the tree, to the body the account holds a role in." },
    OWN_LINE: { description: "The record is a body on the reporting line of the account's own body." },
    STAFFED_ON: {
      description:
        'The account is staffed on (or leads) the inspection the record belongs to, or the record is the body that inspection inspects.',
    },
    TRANSFERRED_TO: { description: "The finding was transferred to the account's department." },
    ADDRESSED_TO: { description: "The rectification item is addressed to the account's body." },
    OWN_RECORD: { description: "The record is the account's own (its person, account, memberships, saved queries)." },
    ANY: { description: 'The rule covers every record of the kind.' },
    NONE: { description: 'No rule speaks to it: denied by default.' },
    NOT_VISIBLE: {
      description:
        'A rule of the account decided, but it comes from a membership, leader grant or staffing you may not read: only the decision is given, not the role, the body or the path.',
    },
  },
});

@ObjectType({ description: 'Whether an account may act on a record, and the rule that decided it.' })
export class AccessExplanation {
  @Field({ description: 'Whether the action is allowed.' })
  allowed!: boolean;

  @Field(() => Int, { description: 'The account asked about.' })
  accountId!: number;

  @Field({ description: "That account's login." })
  login!: string;

  @Field(() => AccessRelation, { description: 'How the deciding rule relates the record to the account.' })
  relation!: AccessRelation;

  @Field(() => String, {
    nullable: true,
    description:
      'The role whose rule decided (a MembershipRole, or TEAM_LEADER for a leader grant); null for own records, no rule, or a rule from a record you may not read.',
  })
  role!: string | null;

  @Field(() => Int, { nullable: true, description: 'The body the role is held in; null when you may not read it.' })
  holderBodyId!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the role comes from: `membership:<id>`, `grant:<id>`, `staffing:<id>`, `own`, or the name of a rule every account has; null when no rule decided or you may not read the record the role comes from.',
  })
  source!: string | null;

  @Field(() => [Int], {
    description:
      "When a reporting path decided: the body ids from the record's body up to the role's body, leaving out any you may not read.",
  })
  path!: number[];

  @Field({ description: 'The answer in plain words; what you may not read is named only as a rule, body or inspection you cannot see.' })
  explanation!: string;
}

@Resolver()
export class AccessResolver {
  @Query(() => AccessExplanation, {
    description:
      'Why may (or may not) an account act on a record? For yourself, or, as a roster administrator, for any account in your scope. The record (and the account) must be one you can see; otherwise NOT_FOUND. The answer names only what you may read yourself: a rule from a membership, grant or staffing you may not read is told as such (relation NOT_VISIBLE), with the decision.',
  })
  explainAccess(
    @Ctx() ctx: RequestContext,
    @Arg('type', () => RecordType, { description: 'The kind of record.' }) type: SubjectName,
    @Arg('id', () => Int, { description: 'The record.' }) id: number,
    @Arg('action', () => AccessAction, { defaultValue: 'read', description: 'The action asked about; reading when omitted.' })
    action: Action,
    @Arg('accountId', () => Int, { nullable: true, description: 'The account asked about; yourself when omitted.' }) accountId?: number,
  ): Promise<AccessExplanation> {
    return explainAccess(ctx, type, id, action, accountId ?? undefined);
  }
}

export const accessModule: ModuleDescriptor = { resolvers: [AccessResolver] };
