import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg, ListType, PageInput } from '../../graphql/list';
import { registerListQuery } from '../../graphql/list-queries';
import { RetireInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from './person.entity';
import { CreatePersonInput, PersonFilter, PersonSort, UpdatePersonInput } from './person.inputs';
import { createPerson, getPerson, listPeople, peopleMatching, retirePerson, updatePerson } from './person.service';

export const PersonList = ListType(Person, 'Person');
registerListQuery('people', { entity: Person, filter: PersonFilter, select: peopleMatching });

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'One person. NOT_FOUND if they do not exist or are outside your scope.' })
  person(@Ctx() ctx: RequestContext, @Arg('id', () => Int, { description: 'The id of the record.' }) id: number): Promise<Person> {
    return getPerson(ctx, id);
  }

  @Query(() => PersonList, { description: 'The people you may see, filtered, sorted and paged.' })
  people(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which records to return; all records you may see when omitted.' }) filter?: PersonFilter,
    @Arg('sort', () => [PersonSort], { nullable: true, description: 'Sort keys, most significant first; the id always breaks ties.' }) sort?: PersonSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page to return; the first 25 when omitted.' }) page?: PageInput,
  ) {
    return listPeople(ctx, filter, sort, page);
  }

  @Mutation(() => Person, { description: 'Adds a person to the roster of a body you administer.' })
  createPerson(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: CreatePersonInput): Promise<Person> {
    return createPerson(ctx, input);
  }

  @Mutation(() => Person, { description: 'Edits a person you administer.' })
  updatePerson(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: UpdatePersonInput): Promise<Person> {
    return updatePerson(ctx, input);
  }

  @Mutation(() => Person, { description: 'Marks a person as having left the roster.' })
  retirePerson(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput): Promise<Person> {
    return retirePerson(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The employing body; null when outside your scope.' })
  employer(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(person.employerId);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body holding cadre management authority; null when outside your scope.' })
  managedBy(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(person.managedById);
  }

  @FieldResolver(() => [Membership], { description: 'The memberships of this person you may see, newest first.' })
  memberships(@Root() person: Person, @Ctx() ctx: RequestContext, @Arg('first', () => Int, firstArg) first: number): Promise<Membership[]> {
    return ctx.loaders.many(Membership, 'personId', { orderBy: [['since', 'DESC']] }, first).load(person.id);
  }
}
