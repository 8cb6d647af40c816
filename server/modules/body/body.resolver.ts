import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { checkedFirst, firstArg } from '../../graphql/list';
import { oneDescription, RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Membership } from '../membership/membership.entity';
import { Body } from './body.entity';
import { BodyFilter, BodySort, CreateBodyInput, MoveBodyInput, UpdateBodyInput } from './body.inputs';
import { subtreeLoader } from './body.loaders';
import { bodiesMatching, createBody, moveBody, retireBody, updateBody } from './body.service';

const bodies: RecordList<Body, BodyFilter> = {
  entity: Body,
  name: 'bodies',
  description: 'The bodies you may see, filtered, sorted and paged.',
  one: { name: 'body', description: oneDescription('body') },
  filter: BodyFilter,
  sort: BodySort,
  defaultSort: [],
  select: bodiesMatching,
  exported: true,
};

@Resolver(() => Body)
export class BodyResolver extends RecordQueries(bodies) {
  @Mutation(() => Body, { description: 'Creates a body reporting to one you administer.' })
  createBody(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreateBodyInput,
  ): Promise<Body> {
    return createBody(ctx, input);
  }

  @Mutation(() => Body, { description: 'Edits a body you administer.' })
  updateBody(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdateBodyInput,
  ): Promise<Body> {
    return updateBody(ctx, input);
  }

  @Mutation(() => Body, {
    description: 'Moves a body and everything under it to report to another body; who may see them changes at once.',
  })
  moveBody(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: MoveBodyInput,
  ): Promise<Body> {
    return moveBody(ctx, input);
  }

  @Mutation(() => Body, { description: 'Retires a body with no active bodies reporting to it. Its memberships stop granting anything.' })
  retireBody(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<Body> {
    return retireBody(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body this one reports to; null at the root or when outside your scope.' })
  parent(@Root() body: Body, @Ctx() ctx: RequestContext): Promise<Body | null> | null {
    return body.reportsToId ? ctx.loaders.byId(Body).load(body.reportsToId) : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The hosting body; null when none or outside your scope.' })
  hostedBy(@Root() body: Body, @Ctx() ctx: RequestContext): Promise<Body | null> | null {
    return body.hostedById ? ctx.loaders.byId(Body).load(body.hostedById) : null;
  }

  @FieldResolver(() => [Body], { description: 'Bodies reporting directly to this one (in service), by name.' })
  children(@Root() body: Body, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<Body[]> {
    return ctx.loaders.many(Body, 'reportsToId', { orderBy: [['name', 'ASC']], whereNull: 'retiredOn' }, first).load(body.id);
  }

  @FieldResolver(() => [Body], { description: 'Bodies under this one at any depth (in service), in tree order.' })
  subtree(@Root() body: Body, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<Body[]> {
    const bounded = checkedFirst(first);
    return ctx.loaders.custom(`subtree:${bounded}`, () => subtreeLoader(ctx, bounded)).load(body.scopePath);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships in this body, newest first by start day.' })
  members(@Root() body: Body, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<Membership[]> {
    return ctx.loaders.many(Membership, 'bodyId', { orderBy: [['since', 'DESC']] }, first).load(body.id);
  }
}

export const bodyModule: ModuleDescriptor = { entities: [Body], resolvers: [BodyResolver], lists: [bodies] };
