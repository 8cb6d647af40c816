import { subject } from '@casl/ability';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg, SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Finding } from '../finding/finding.entity';
import { DeeperInquiry } from '../deeper-inquiry/deeper-inquiry.entity';
import { Label, labelOf } from '../label/labels';
import { HelpRequest } from './help-request.entity';
import {
  AnswerHelpRequestInput,
  CreateHelpRequestInput,
  DeclineHelpRequestInput,
  HelpRequestFilter,
  HelpRequestSort,
  UpdateHelpRequestInput,
} from './help-request.inputs';
import {
  answerHelpRequest,
  applyHelpRequestFilter,
  createHelpRequest,
  declineHelpRequest,
  isOverdue,
  sendHelpRequest,
  updateHelpRequest,
} from './help-request.service';

const helpRequests: RecordList<HelpRequest, HelpRequestFilter> = {
  entity: HelpRequest,
  name: 'helpRequests',
  description: 'The requests for help you may see: the team its own, a department those sent to it; soonest wanted first.',
  one: { name: 'helpRequest', description: oneDescription('request for help') },
  filter: HelpRequestFilter,
  sort: HelpRequestSort,
  defaultSort: [{ field: 'wantedBy', direction: SortDirection.ASC }],
  select: recordsWhere(HelpRequest, applyHelpRequestFilter),
  exported: true,
};

/** The columns the rules of a request read: a page that read fewer is completed first. */
const RULE_COLUMNS = ['assignmentId', 'scopePath', 'recipientPath', 'status'] as const;

/**
 * Whether the caller reads `field` of the request: the team and those over it do; the department
 * it is addressed to reads the request alone (its rule names the fields it may read), never the
 * finding or the deeper inquiry behind it.
 */
async function mayRead(ctx: RequestContext, request: HelpRequest, field: string): Promise<boolean> {
  const whole = RULE_COLUMNS.every((column) => column in request) ? request : await ctx.loaders.byId(HelpRequest).load(request.id);
  return !!whole && ctx.ability.can('read', subject('HelpRequest', { ...whole }) as never, field);
}

@Resolver(() => HelpRequest)
export class HelpRequestResolver extends RecordQueries(helpRequests) {
  @Mutation(() => HelpRequest, { description: 'Drafts a request for help (the staff of an open inspection, during inquiry or reporting).' })
  createHelpRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The request.' }) input: CreateHelpRequestInput,
  ): Promise<HelpRequest> {
    return createHelpRequest(ctx, input);
  }

  @Mutation(() => HelpRequest, { description: 'Changes a draft request for help (the staff of the inspection).' })
  updateHelpRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The changes.' }) input: UpdateHelpRequestInput,
  ): Promise<HelpRequest> {
    return updateHelpRequest(ctx, input);
  }

  @Mutation(() => HelpRequest, {
    description: 'Sends a draft to its department (the team leader under the grant, or the office); never by the person who drafted it.',
  })
  sendHelpRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The request and its version.' }) input: VersionedInput,
  ): Promise<HelpRequest> {
    return sendHelpRequest(ctx, input);
  }

  @Mutation(() => HelpRequest, { description: 'Answers a request sent to your department (its receiving members); once.' })
  answerHelpRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The answer.' }) input: AnswerHelpRequestInput,
  ): Promise<HelpRequest> {
    return answerHelpRequest(ctx, input);
  }

  @Mutation(() => HelpRequest, { description: 'Declines a request sent to your department, with the reason (its receiving members).' })
  declineHelpRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The reason.' }) input: DeclineHelpRequestInput,
  ): Promise<HelpRequest> {
    return declineHelpRequest(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Sent, still unanswered, and the day an answer was wanted has passed.' })
  overdue(@Root() r: HelpRequest): boolean {
    return isOverdue(r);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The finding it is about; null when none, and for the department asked (it reads the request, not the finding).',
  })
  async findingId(@Root() r: HelpRequest, @Ctx() ctx: RequestContext): Promise<number | null> {
    return r.findingId !== null && (await mayRead(ctx, r, 'findingId')) ? r.findingId : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The approved deeper inquiry it belongs to; null when none, and for the department asked.',
  })
  async deeperInquiryId(@Root() r: HelpRequest, @Ctx() ctx: RequestContext): Promise<number | null> {
    return r.deeperInquiryId !== null && (await mayRead(ctx, r, 'deeperInquiryId')) ? r.deeperInquiryId : null;
  }

  @FieldResolver(() => Finding, {
    nullable: true,
    description: 'The finding it is about; null when none, outside your scope, or for the department asked.',
  })
  async finding(@Root() r: HelpRequest, @Ctx() ctx: RequestContext): Promise<Finding | null> {
    return r.findingId !== null && (await mayRead(ctx, r, 'findingId')) ? ctx.loaders.byId(Finding).load(r.findingId) : null;
  }

  @FieldResolver(() => DeeperInquiry, {
    nullable: true,
    description: 'The deeper inquiry it belongs to; null when none, outside your scope, or for the department asked.',
  })
  async deeperInquiry(@Root() r: HelpRequest, @Ctx() ctx: RequestContext): Promise<DeeperInquiry | null> {
    return r.deeperInquiryId !== null && (await mayRead(ctx, r, 'deeperInquiryId'))
      ? ctx.loaders.byId(DeeperInquiry).load(r.deeperInquiryId)
      : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The department asked; null when outside your scope.' })
  recipient(@Root() r: HelpRequest, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(r.recipientId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the inspection it belongs to (its target and plan), even where you may not read that record itself.',
  })
  assignmentLabel(@Root() r: HelpRequest, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'assignment', r.assignmentId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the department asked, even where you may not read that body itself.',
  })
  recipientLabel(@Root() r: HelpRequest, @Ctx() ctx: RequestContext) {
    return labelOf(ctx, 'body', r.recipientId);
  }

  @FieldResolver(() => Label, {
    nullable: true,
    description: 'The name of the finding it is about (its kind); null when none, and for the department asked.',
  })
  async findingLabel(@Root() r: HelpRequest, @Ctx() ctx: RequestContext) {
    return r.findingId !== null && (await mayRead(ctx, r, 'findingId')) ? labelOf(ctx, 'finding', r.findingId) : null;
  }
}

@Resolver(() => Finding)
export class FindingHelpRequests {
  @FieldResolver(() => [HelpRequest], {
    description: 'The requests for help about it that you may see, with their answers, oldest first.',
  })
  helpRequests(@Root() f: Finding, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<HelpRequest[]> {
    return ctx.loaders.many(HelpRequest, 'findingId', { orderBy: [['createdAt', 'ASC']] }, first).load(f.id);
  }
}

export const helpRequestModule: ModuleDescriptor = {
  entities: [HelpRequest],
  resolvers: [HelpRequestResolver, FindingHelpRequests],
  lists: [helpRequests],
};
