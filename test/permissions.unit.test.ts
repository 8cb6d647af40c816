/**
 * The permission core on its own: rules, conditions and their SQL, without a database.
 *
 * @database-independent
 */
import 'reflect-metadata';
import { subject } from '@casl/ability';
import { CompoundCondition, FieldCondition } from '@ucast/mongo2js';
import { canReadProtected, createAppAbility } from '../server/permissions/ability';
import { assertValidConditions } from '../shared/conditions';
import { defineAbilityFor } from '../server/permissions/define-ability';
import { GrantRole, type Authority, type Caller } from '../server/permissions/caller';
import { hoistCommonConjuncts, rulesToSql } from '../server/permissions/sql';
import { MembershipRole } from '../server/permissions/membership-role';
import { pathRange } from '../server/scope/paths';

const authority = (role: Authority['role'], bodyPath: string): Authority => {
  const ids = bodyPath.split('/').filter(Boolean).map(Number);
  return { role, bodyId: ids[ids.length - 1], bodyPath, source: 'membership', sourceId: 1, assignmentId: null, targetId: null };
};
const caller = (...authorities: Authority[]): Caller => ({ accountId: 7, personId: 70, login: 'x', authorities });
const body = (id: number, path: string) => subject('Body', { id, scopePath: path });

describe('the condition language', () => {
  it('refuses operators it does not know, so a cannot rule can never fail open', () => {
    expect(() => assertValidConditions({ scopePath: { $regex: '^/1/' } })).toThrow(/unknown operator \$regex/);
    expect(() => createAppAbility([{ action: 'read', subject: 'Body', conditions: { scopePath: { $undr: 4 } } } as never])).toThrow(
      /unknown operator/,
    );
  });

  it('refuses comparing a field with an object or with null', () => {
    expect(() => assertValidConditions({ scopePath: { path: 4 } })).toThrow(/compares with an object/);
    expect(() => assertValidConditions({ retiredOn: null })).toThrow(/got null/);
  });

  it('reads $under in memory as "the path passes through this body"', () => {
    const ability = createAppAbility([{ action: 'read', subject: 'Body', conditions: { scopePath: { $under: 4 } } }]);
    expect(ability.can('read', body(4, '/1/4/'))).toBe(true);
    expect(ability.can('read', body(17, '/1/4/17/'))).toBe(true);
    expect(ability.can('read', body(40, '/1/40/'))).toBe(false);
    expect(ability.can('read', body(14, '/1/14/'))).toBe(false);
  });

  it('gives the same range to SQL: /1/4/ up to but excluding /1/40', () => {
    const [from, to] = pathRange('/1/4/');
    expect([from, to]).toEqual(['/1/4/', '/1/40']);
    const inRange = (path: string) => path >= from && path < to;
    expect(inRange('/1/4/')).toBe(true);
    expect(inRange('/1/4/17/')).toBe(true);
    expect(inRange('/1/40/')).toBe(false);
    expect(inRange('/1/45/')).toBe(false);
    expect(inRange('/1/3/')).toBe(false);
  });
});

describe('rules to SQL', () => {
  const naming = {
    paramPrefix: 'p',
    column: (field: string) => `t.${field}`,
    bodyPath: (id: number) => ({ 1: '/1/', 4: '/1/4/' })[id]!,
  };

  it('denies everything when no rule applies', () => {
    expect(rulesToSql(defineAbilityFor(null), 'read', 'Body', naming).sql).toBe('1=0');
  });

  it('hoists carve-outs shared by every branch in front of the OR', () => {
    const notFour = new CompoundCondition('not', [new FieldCondition('eq', 'id', 4)]);
    const a = new CompoundCondition('and', [new FieldCondition('under', 'scopePath', 1), notFour]);
    const b = new CompoundCondition('and', [new FieldCondition('eq', 'id', 9), notFour]);
    const hoisted = hoistCommonConjuncts(new CompoundCondition('or', [a, b])) as CompoundCondition;
    expect(hoisted.operator).toBe('and');
    expect((hoisted.value as unknown[])[0]).toEqual(notFour);
  });

  it('emits the path range for $under and binds every value as a parameter', () => {
    const ability = createAppAbility([
      { action: 'read', subject: 'Body', conditions: { scopePath: { $under: 4 } } },
      { action: 'read', subject: 'Body', conditions: { id: 1 }, inverted: true },
    ]);
    const { sql, params } = rulesToSql(ability, 'read', 'Body', naming);
    expect(sql).toContain('t.scopePath >= :p');
    expect(sql).toContain('NOT t.id = :p');
    expect(Object.values(params)).toEqual(expect.arrayContaining(['/1/4/', '/1/40', 1]));
  });
});

describe('roles', () => {
  it('lets a roster administrator manage the roster in scope but not retire the body they administer', () => {
    const ability = defineAbilityFor(caller(authority(MembershipRole.ROSTER_ADMIN, '/1/4/')));
    expect(ability.can('update', body(17, '/1/4/17/'))).toBe(true);
    expect(ability.can('retire', body(17, '/1/4/17/'))).toBe(true);
    expect(ability.can('update', body(4, '/1/4/'))).toBe(true);
    expect(ability.can('retire', body(4, '/1/4/'))).toBe(false);
    expect(ability.can('update', body(5, '/1/5/'))).toBe(false);
  });

  it('keeps a narrower carve-out from cutting into a wider administrator role', () => {
    const ability = defineAbilityFor(
      caller(authority(MembershipRole.ROSTER_ADMIN, '/1/4/17/'), authority(MembershipRole.ROSTER_ADMIN, '/1/4/')),
    );
    expect(ability.can('retire', body(17, '/1/4/17/'))).toBe(true);
    expect(ability.can('retire', body(4, '/1/4/'))).toBe(false);
  });

  it('never lets anyone deactivate their own account', () => {
    const ability = defineAbilityFor(caller(authority(MembershipRole.ROSTER_ADMIN, '/1/')));
    expect(ability.can('retire', subject('Account', { id: 7, scopePath: '/1/2/' }))).toBe(false);
    expect(ability.can('retire', subject('Account', { id: 8, scopePath: '/1/2/' }))).toBe(true);
  });

  it('opens a protected field only through a rule that names it', () => {
    const analyst = defineAbilityFor(caller(authority(MembershipRole.ANALYST, '/1/')));
    const admin = defineAbilityFor(caller(authority(MembershipRole.ROSTER_ADMIN, '/1/')));
    const person = subject('Person', { id: 5, scopePath: '/1/3/' });
    expect(analyst.can('read', person)).toBe(true);
    expect(canReadProtected(analyst, person, 'idNumber')).toBe(false);
    expect(canReadProtected(admin, person, 'idNumber')).toBe(true);
    expect(canReadProtected(analyst, subject('Person', { id: 70, scopePath: '/9/' }), 'idNumber')).toBe(true);
  });

  it('gives a team leader grant the team work and nothing of the roster', () => {
    const ability = defineAbilityFor(caller({ ...authority(GrantRole.TEAM_LEADER, '/1/2/6/'), source: 'grant' }));
    expect(ability.can('read', subject('Membership', { id: 1, personId: 3, scopePath: '/1/2/6/' }))).toBe(true);
    expect(ability.can('update', subject('Membership', { id: 1, personId: 3, scopePath: '/1/2/6/' }))).toBe(false);
    expect(ability.can('read', body(2, '/1/2/'))).toBe(true);
    expect(ability.can('read', body(7, '/1/2/7/'))).toBe(false);
  });

  it('grants nothing for a role it does not know', () => {
    const ability = defineAbilityFor(caller(authority('WIZARD' as never, '/1/')));
    expect(ability.can('read', body(1, '/1/'))).toBe(false);
  });
});
