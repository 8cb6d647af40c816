import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { applyIdsFilter } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { pathRange } from '../../scope/paths';
import { write, type WriteTransaction } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls, likePattern, optionalText, requiredText } from '../common/text';
import { Body } from '../body/body.entity';
import { Account } from '../account/account.entity';
import { Person } from './person.entity';
import { Membership } from '../membership/membership.entity';
import { MembershipStatus } from '../membership/membership-role';
import { PersonRelation } from './person-relation.entity';
import type { CreatePersonInput, PersonFilter, UpdatePersonInput } from './person.inputs';

/** The people the caller may see that `filter` selects, under the alias `person`. */
export async function peopleMatching(ctx: RequestContext, filter: PersonFilter): Promise<SelectQueryBuilder<Person>> {
  const qb = scopedQuery(ctx, Person, 'person');
  applyIdsFilter(qb, filter);
  if (!filter.includeRetired) qb.andWhere('person.retiredOn IS NULL');
  if (filter.ranks?.length) qb.andWhere('person.rank IN (:...ranks)', { ranks: filter.ranks });
  if (filter.employerId !== undefined) qb.andWhere('person.employerId = :employerId', { employerId: filter.employerId });
  if (filter.q) {
    const q = likePattern(filter.q);
    qb.andWhere(new Brackets((w) => w.where("person.name LIKE :q ESCAPE '!'", { q }).orWhere("person.position LIKE :q ESCAPE '!'", { q })));
  }
  if (filter.under !== undefined) {
    const [low, high] = pathRange((await findScoped(ctx, Body, filter.under)).scopePath);
    qb.andWhere('person.scopePath >= :underLow AND person.scopePath < :underHigh', { underLow: low, underHigh: high });
  }
  if (filter.memberOf !== undefined) {
    // Through the memberships the caller may read: the filter must not tell who holds what elsewhere.
    const members = scopedQuery(ctx, Membership, 'member_of')
      .select('member_of.personId')
      .andWhere('member_of.bodyId = :memberOf', { memberOf: filter.memberOf })
      .andWhere('member_of.status = :inForce AND member_of.endedAt IS NULL', { inForce: MembershipStatus.APPROVED })
      .andWhere('member_of.since <= :memberDay AND (member_of.until IS NULL OR member_of.until >= :memberDay)', { memberDay: today() });
    if (filter.memberRoles?.length) members.andWhere('member_of.role IN (:...memberRoles)', { memberRoles: filter.memberRoles });
    qb.andWhere(`person.id IN (${members.getQuery()})`, members.getParameters());
  }
  return qb;
}

async function bodyInService(tx: WriteTransaction, id: number, field: string): Promise<Body> {
  const body = await tx.reference(Body, id);
  if (body.retiredOn) throw badInput(field, 'body.retired', { id });
  return body;
}

export function createPerson(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
  return write(ctx, async (tx) => {
    const employer = await bodyInService(tx, input.employerId, 'employerId');
    await bodyInService(tx, input.managedById, 'managedById');
    const values = {
      name: requiredText('name', input.name),
      position: requiredText('position', input.position),
      rank: input.rank,
      employerId: employer.id,
      managedById: input.managedById,
      idNumber: input.idNumber ?? null,
      retiredOn: null,
      scopePath: employer.scopePath,
    };
    tx.assertAllowed('create', Person, values);
    return tx.insert(Person, values);
  });
}

export function updatePerson(ctx: RequestContext, input: UpdatePersonInput): Promise<Person> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['idNumber']);
    const person = await tx.load(Person, input.id, 'update');
    const changes = givenOnly<Partial<Person>>({
      name: optionalText('name', input.name),
      position: optionalText('position', input.position),
      rank: input.rank,
      idNumber: input.idNumber,
    });
    if (input.managedById !== undefined) changes.managedById = (await bodyInService(tx, input.managedById, 'managedById')).id;
    if (input.employerId !== undefined && input.employerId !== person.employerId) {
      const employer = await bodyInService(tx, input.employerId, 'employerId');
      changes.employerId = employer.id;
      changes.scopePath = employer.scopePath;
      // The person's accounts and recorded relatives are scoped by the same path.
      await tx.manager.update(Account, { personId: person.id }, { scopePath: employer.scopePath });
      await tx.manager.update(PersonRelation, { personId: person.id }, { scopePath: employer.scopePath });
    }
    tx.assertAllowed('update', Person, { ...person, ...changes });
    return tx.update(Person, person, input.version, changes);
  });
}

export function retirePerson(ctx: RequestContext, input: RetireInput): Promise<Person> {
  return write(ctx, async (tx) => {
    const person = await tx.load(Person, input.id, 'retire');
    if (person.retiredOn) throw badInput('id', 'person.alreadyLeft', { id: person.id });
    return tx.update(Person, person, input.version, { retiredOn: input.on ?? today() }, 'retire');
  });
}
