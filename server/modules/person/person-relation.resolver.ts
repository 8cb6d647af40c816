import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { RecordQueries } from '../../graphql/record-queries';
import { VersionedInput } from '../common/inputs';
import { Body } from '../body/body.entity';
import { PersonRelation } from './person-relation.entity';
import { CreatePersonRelationInput, PersonRelationFilter } from './person-relation.inputs';
import { createPersonRelation, removePersonRelation } from './person-relation.service';

const PersonRelationQueries = RecordQueries(PersonRelation, {
  one: 'personRelation',
  list: 'personRelations',
  description: 'recorded relative',
  filter: PersonRelationFilter,
  orderBy: ['createdAt', 'DESC'],
  where: (qb, f) => {
    if (f.personId !== undefined) qb.andWhere('record.personId = :personId', { personId: f.personId });
  },
});

@Resolver(() => PersonRelation)
export class PersonRelationResolver extends PersonRelationQueries {
  @Mutation(() => PersonRelation, { description: 'Records a relative who is a cadre somewhere; staffing then refuses inspections of that body.' })
  createPersonRelation(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The relative.' }) input: CreatePersonRelationInput): Promise<PersonRelation> {
    return createPersonRelation(ctx, input);
  }

  @Mutation(() => PersonRelation, { description: 'Removes a recorded relative (the trail keeps it).' })
  removePersonRelation(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The record and its version.' }) input: VersionedInput): Promise<PersonRelation> {
    return removePersonRelation(ctx, input);
  }

  @FieldResolver(() => Body, { nullable: true, description: "The relative's body; null when outside your scope." })
  relativeBody(@Root() r: PersonRelation, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return ctx.loaders.byId(Body).load(r.relativeBodyId);
  }
}
