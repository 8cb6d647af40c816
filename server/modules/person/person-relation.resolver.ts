import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/list';
import { oneDescription, RecordQueries, recordsWhere, type RecordList } from '../../graphql/record-queries';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { PersonRelation } from './person-relation.entity';
import { CreatePersonRelationInput, PersonRelationFilter, PersonRelationSort } from './person-relation.inputs';
import { applyPersonRelationFilter, createPersonRelation, removePersonRelation } from './person-relation.service';

export const personRelations: RecordList<PersonRelation, PersonRelationFilter> = {
  entity: PersonRelation,
  name: 'personRelations',
  description: 'The recorded relative records you may see, newest first.',
  one: { name: 'personRelation', description: oneDescription('recorded relative') },
  filter: PersonRelationFilter,
  sort: PersonRelationSort,
  defaultSort: [{ field: 'createdAt', direction: SortDirection.DESC }],
  select: recordsWhere(PersonRelation, applyPersonRelationFilter),
  exported: true,
};

@Resolver(() => PersonRelation)
export class PersonRelationResolver extends RecordQueries(personRelations) {
  @Mutation(() => PersonRelation, {
    description: 'Records a relative who is a cadre somewhere; staffing then refuses inspections of that body.',
  })
  createPersonRelation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The relative.' }) input: CreatePersonRelationInput,
  ): Promise<PersonRelation> {
    return createPersonRelation(ctx, input);
  }

  @Mutation(() => PersonRelation, { description: 'Removes a recorded relative (the trail keeps it).' })
  removePersonRelation(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The record and its version.' }) input: VersionedInput,
  ): Promise<PersonRelation> {
    return removePersonRelation(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: "The relative's body; null when outside your scope." })
  relativeBody(@Root() r: PersonRelation, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(r.relativeBodyId);
  }
}
