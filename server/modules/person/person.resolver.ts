import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { firstArg } from '../../graphql/list';
import { RecordQueries, type RecordList } from '../../graphql/record-queries';
import type { ModuleDescriptor } from '../common/module-descriptor';
import { RetireInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from './person.entity';
import { PersonRelation } from './person-relation.entity';
import { PersonRelationResolver, personRelations } from './person-relation.resolver';
import { CreatePersonInput, PersonFilter, PersonSort, UpdatePersonInput } from './person.inputs';
import { createPerson, peopleMatching, retirePerson, updatePerson } from './person.service';

const people: RecordList<Person, PersonFilter> = {
  entity: Person,
  name: 'people',
  description: 'The people you may see, filtered, sorted and paged.',
  one: { name: 'person', description: 'One person. NOT_FOUND if they do not exist or are outside your scope.' },
  filter: PersonFilter,
  sort: PersonSort,
  defaultSort: [],
  select: peopleMatching,
  exported: true,
};

@Resolver(() => Person)
export class PersonResolver extends RecordQueries(people) {
  @Mutation(() => Person, { description: 'Adds a person to the roster of a body you administer.' })
  createPerson(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: CreatePersonInput,
  ): Promise<Person> {
    return createPerson(ctx, input);
  }

  @Mutation(() => Person, { description: 'Edits a person you administer.' })
  updatePerson(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: UpdatePersonInput,
  ): Promise<Person> {
    return updatePerson(ctx, input);
  }

  @Mutation(() => Person, { description: 'Marks a person as having left the roster.' })
  retirePerson(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The values; see the input type.' }) input: RetireInput,
  ): Promise<Person> {
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

export const personModule: ModuleDescriptor = {
  entities: [Person, PersonRelation],
  resolvers: [PersonResolver, PersonRelationResolver],
  lists: [people, personRelations],
};
