import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../modules/account/account.entity';
import { Body } from '../modules/body/body.entity';
import { now, today } from '../modules/common/record';
import { loadDemoHelpRequests } from './demo-help-requests';
import { loadDemoEvaluations } from './demo-evaluations';
import { loadDemoInspections } from './demo-inspections';
import { loadDemoStaffRecords } from './demo-staff-records';
import { loadDemoTalks } from './demo-talks';
import { Membership } from '../modules/membership/membership.entity';
import { MembershipStatus } from '../modules/membership/membership-role';
import { Person } from '../modules/person/person.entity';
import { PoolEntry } from '../modules/pool/pool-entry.entity';
import { childPath } from '../scope/paths';
import {
  DEMO_ACCOUNTS,
  DEMO_BODIES,
  DEMO_MEMBERSHIPS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_POOL,
  DEMO_PROPOSALS,
  type DemoMembership,
} from './demo-data';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Body).count()) === 0;
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data names unknown ${what} "${key}"`);
  return value;
}

/** Loads the fictional demo dataset in one transaction. */
export async function loadDemo(db: DataSource): Promise<void> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await db.transaction(async (m: EntityManager) => {
    const stamp = { version: 1, createdAt: now(), updatedAt: now() };
    const bodies = new Map<string, Body>();
    for (const b of DEMO_BODIES) {
      const parent = b.parent ? lookup(bodies, b.parent, 'body') : null;
      const { identifiers } = await m.insert(Body, {
        ...stamp,
        code: b.code,
        name: b.name,
        nameEn: b.nameEn,
        kind: b.kind,
        level: b.level,
        reportsToId: parent?.id ?? null,
        hostedById: null,
        retiredOn: null,
        scopePath: '/0/',
      });
      const id = Number(identifiers[0].id);
      const scopePath = childPath(parent?.scopePath ?? null, id);
      await m.update(Body, { id }, { scopePath });
      bodies.set(b.code, { id, scopePath } as Body);
    }
    for (const b of DEMO_BODIES.filter((x) => x.hostedBy)) {
      await m.update(Body, { id: bodies.get(b.code)!.id }, { hostedById: lookup(bodies, b.hostedBy!, 'body').id });
    }

    const people = new Map<string, Person>();
    for (const p of DEMO_PEOPLE) {
      const employer = lookup(bodies, p.employer, 'body');
      const { identifiers } = await m.insert(Person, {
        ...stamp,
        name: p.name,
        position: p.position,
        rank: p.rank,
        employerId: employer.id,
        managedById: lookup(bodies, p.managedBy, 'body').id,
        idNumber: p.idNumber,
        retiredOn: null,
        scopePath: employer.scopePath,
      });
      people.set(p.key, { id: Number(identifiers[0].id), scopePath: employer.scopePath } as Person);
    }

    const rows = <T>(items: T[], chunk = 200) =>
      Array.from({ length: Math.ceil(items.length / chunk) }, (_, i) => items.slice(i * chunk, (i + 1) * chunk));

    const membershipRow = (x: DemoMembership) => {
      const body = lookup(bodies, x.body, 'body');
      const person = lookup(people, x.person, 'person');
      return {
        ...stamp,
        personId: person.id,
        bodyId: body.id,
        role: x.role,
        since: x.since,
        until: x.until ?? null,
        scopePath: body.scopePath,
      };
    };
    for (const batch of rows(DEMO_MEMBERSHIPS)) await m.insert(Membership, batch.map(membershipRow));
    await m.insert(
      Account,
      DEMO_ACCOUNTS.map((a) => {
        const person = lookup(people, a.person, 'person');
        return {
          ...stamp,
          login: a.login,
          passwordHash,
          personId: person.id,
          active: true,
          lastLoginAt: null,
          scopePath: person.scopePath,
        };
      }),
    );
    const accountIds = new Map<string, number>((await m.find(Account, { select: { id: true, login: true } })).map((a) => [a.login, a.id]));
    await m.insert(
      Membership,
      DEMO_PROPOSALS.map((x) => ({
        ...membershipRow(x),
        status: MembershipStatus.PENDING,
        proposedByAccountId: accountIds.get(x.proposedBy)!,
      })),
    );
    await m.insert(
      PoolEntry,
      DEMO_POOL.map((e) => {
        const group = lookup(bodies, e.leadingGroup, 'body');
        return {
          ...stamp,
          personId: lookup(people, e.person, 'person').id,
          leadingGroupId: group.id,
          since: e.since,
          note: e.note,
          retiredOn: null,
          scopePath: group.scopePath,
        };
      }),
    );
    // Inspections in every stage, with the leader grants that come with them.
    await loadDemoInspections(m, bodies, people, today());
    await loadDemoStaffRecords(m, today());
    await loadDemoHelpRequests(m, today());
    await loadDemoTalks(m, today());
    await loadDemoEvaluations(m, today());
  });
}
