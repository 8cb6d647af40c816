import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { notFound } from '../../errors';
import { write } from '../../write/write-service';
import { requiredText } from '../common/text';
import { Body } from '../body/body.entity';
import { Person } from './person.entity';
import { PersonRelation } from './person-relation.entity';
import type { CreatePersonRelationInput, PersonRelationFilter } from './person-relation.inputs';

export function applyPersonRelationFilter(qb: SelectQueryBuilder<PersonRelation>, f: PersonRelationFilter): void {
  if (f.personId !== undefined) qb.andWhere('record.personId = :personId', { personId: f.personId });
}

export function createPersonRelation(ctx: RequestContext, input: CreatePersonRelationInput): Promise<PersonRelation> {
  return write(ctx, async (tx) => {
    const person = await tx.reference(Person, input.personId);
    // The relative may serve anywhere, not only where the administrator administers, so the body is
    // looked up outside the caller's scope; only whether the id exists is revealed.
    const body = await tx.manager.findOneBy(Body, { id: input.relativeBodyId });
    if (!body) throw notFound('Body', input.relativeBodyId);
    const values = {
      personId: person.id,
      relativeName: requiredText('relativeName', input.relativeName),
      relation: requiredText('relation', input.relation),
      relativeBodyId: body.id,
      relativeBodyPath: body.scopePath,
      scopePath: person.scopePath,
    };
    tx.assertAllowed('create', PersonRelation, values);
    return tx.insert(PersonRelation, values);
  });
}

export function removePersonRelation(ctx: RequestContext, input: { id: number; version: number }): Promise<PersonRelation> {
  return write(ctx, async (tx) => {
    const relation = await tx.load(PersonRelation, input.id, 'retire');
    await tx.remove(PersonRelation, relation, input.version);
    return relation;
  });
}
