/**
 * "Why can I see this?": whether an account may act on a record, and which rule decided it, in
 * plain words. The decision is the ability's own (the same rules that filter the SQL); the words
 * come from the rule's stamp (the membership, grant or staffing that granted it) and its condition
 * (the reporting path, the staffing, the transfer, the addressee).
 *
 * The words come from the asker's side of the rules too: asking about another account must not show
 * more than the asker may read. Every record the answer would name (the membership, grant or
 * staffing, each body, the inspection) is read through the asker's scope, and what is out of it is
 * told in neutral words and left out of the structured fields; the decision itself is always given.
 */
import { subject as asSubject } from '@casl/ability';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { notFound } from '../../errors';
import type { Action, AppAbility, SubjectName } from '../../permissions/ability';
import type { Authority, Caller } from '../../permissions/caller';
import { authorityTag, defineAbilityFor, OWN_RECORDS } from '../../permissions/define-ability';
import { GOVERNANCE_RULES, governanceRuleOf } from '../../permissions/delegation';
import { findScoped } from '../../scope/scoped-query';
import { pathIds } from '../../scope/paths';
import { loadCaller } from '../account/caller.loader';
import { Account } from '../account/account.entity';
import { Assignment, AssignmentMember } from '../assignment/assignment.entity';
import { Body } from '../body/body.entity';
import { LeaderGrant } from '../grant/leader-grant.entity';
import { Membership } from '../membership/membership.entity';

/** How the deciding rule relates the record to the account. */
export enum AccessRelation {
  REPORTING_LINE = 'REPORTING_LINE',
  OWN_LINE = 'OWN_LINE',
  STAFFED_ON = 'STAFFED_ON',
  TRANSFERRED_TO = 'TRANSFERRED_TO',
  ADDRESSED_TO = 'ADDRESSED_TO',
  OWN_RECORD = 'OWN_RECORD',
  ANY = 'ANY',
  NONE = 'NONE',
  /** A rule decided, but it comes from a membership, grant or staffing the asker may not read. */
  NOT_VISIBLE = 'NOT_VISIBLE',
}

export interface AccessDecision {
  allowed: boolean;
  /** The rule that decided, or null when no rule speaks to it (deny by default). */
  rule: ReturnType<AppAbility['relevantRuleFor']>;
}

/** The ability's decision for one record, with the rule that made it. */
export function decideAccess(ability: AppAbility, action: Action, type: SubjectName, record: ObjectLiteral): AccessDecision {
  const subject = asSubject(type, { ...record }) as never;
  const rule = ability.relevantRuleFor(action, subject);
  return { allowed: !!rule && !rule.inverted, rule };
}

export interface AccessExplanationResult {
  allowed: boolean;
  accountId: number;
  login: string;
  relation: AccessRelation;
  role: string | null;
  holderBodyId: number | null;
  source: string | null;
  /** Body ids from the record's body up to the body the rule names, when a reporting path decided. */
  path: number[];
  explanation: string;
}

/** The field and body a `$under` condition names, if the rule has one. */
function underCondition(conditions: Record<string, unknown> | undefined): { field: string; bodyId: number } | null {
  for (const [field, value] of Object.entries(conditions ?? {})) {
    if (value && typeof value === 'object' && '$under' in value) return { field, bodyId: Number((value as { $under: number }).$under) };
  }
  return null;
}

const SOURCE_WORDS: Record<Authority['source'], string> = {
  membership: 'membership',
  grant: 'leader grant',
  staffing: 'staffing',
};

const SOURCE_RECORDS: Record<Authority['source'], new () => ObjectLiteral & { id: number }> = {
  membership: Membership,
  grant: LeaderGrant,
  staffing: AssignmentMember,
};

const UNSEEN_RULE = 'a rule you cannot see';
const UNSEEN_BODY = 'a body you cannot see';

/** Ids of the bodies on `path` from its last id up to `top` (both included), the record's side first. */
function upTo(path: string, top: number): number[] {
  const ids = pathIds(path);
  const i = ids.indexOf(top);
  return i < 0 ? [] : ids.slice(i).reverse();
}

export async function explainAccess(
  ctx: RequestContext,
  type: SubjectName,
  id: number,
  action: Action,
  accountId: number | undefined,
): Promise<AccessExplanationResult> {
  // The asker must see the record (and the account): what is outside their scope reads as not found.
  const entity = ctx.db.getMetadata(type).target as new () => ObjectLiteral;
  const record = await findScoped(ctx, entity, id);
  const targetAccountId = accountId ?? ctx.caller!.accountId;
  let caller: Caller | null = ctx.caller;
  if (targetAccountId !== ctx.caller!.accountId) {
    await findScoped(ctx, Account, targetAccountId);
    caller = await loadCaller(ctx.db, targetAccountId);
    if (!caller) throw notFound('Account', targetAccountId);
  }
  const ability = caller === ctx.caller ? ctx.ability : defineAbilityFor(caller);
  const { allowed, rule } = decideAccess(ability, action, type, record);
  const who = caller === ctx.caller ? 'You' : caller!.login;
  const base = { allowed, accountId: caller!.accountId, login: caller!.login };

  const verb = `${action} this ${type}`;
  if (!rule) {
    return {
      ...base,
      relation: AccessRelation.NONE,
      role: null,
      holderBodyId: null,
      source: null,
      path: [],
      explanation: `No rule lets ${who === 'You' ? 'you' : who} ${verb}.`,
    };
  }
  const authority = caller!.authorities.find((a) => authorityTag(a) === rule.reason) ?? null;
  // Another account's role, where it is held and how it reaches the record are all read off the
  // record that gives the role: if the asker may not read that, only the decision is told.
  if (authority && !(await ctx.loaders.byId(SOURCE_RECORDS[authority.source]).load(authority.sourceId))) {
    return {
      ...base,
      relation: AccessRelation.NOT_VISIBLE,
      role: null,
      holderBodyId: null,
      source: null,
      path: [],
      explanation: rule.inverted
        ? `Refused: ${UNSEEN_RULE} forbids it.`
        : `Allowed: ${who} ${who === 'You' ? 'have' : 'has'} ${UNSEEN_RULE}.`,
    };
  }
  const conditions = rule.conditions as Record<string, unknown> | undefined;
  const under = underCondition(conditions);
  const fullPath = under ? upTo(String(record[under.field] ?? ''), under.bodyId) : [];
  const nameIds = [...new Set([...fullPath, ...(authority ? [authority.bodyId] : []), ...(under ? [under.bodyId] : [])])];
  const bodies = new Map<number, Body | null>();
  await Promise.all(nameIds.map(async (bodyId) => bodies.set(bodyId, await ctx.loaders.byId(Body).load(bodyId))));
  const name = (bodyId: number) => bodies.get(bodyId)?.name ?? UNSEEN_BODY;
  const path = fullPath.filter((bodyId) => bodies.get(bodyId));
  const holderBodyId = authority && bodies.get(authority.bodyId) ? authority.bodyId : null;
  const inspection = async (assignmentId: unknown) =>
    (await ctx.loaders.byId(Assignment).load(Number(assignmentId)))
      ? `inspection #${String(assignmentId)}`
      : 'an inspection you cannot see';

  const governance = governanceRuleOf(rule.reason);
  if (governance) {
    // A governance rule is the same for everyone and names no record: say which one and what it says.
    const decidedBy = `the rule "${governance}": ${GOVERNANCE_RULES[governance]}`;
    return {
      ...base,
      relation: AccessRelation.OWN_RECORD,
      role: null,
      holderBodyId: null,
      source: rule.reason ?? null,
      path: [],
      explanation: `${rule.inverted ? 'Refused by' : 'Allowed by'} ${decidedBy}.`,
    };
  }

  const holder = authority
    ? `${who} ${who === 'You' ? 'hold' : 'holds'} ${authority.role} at ${name(authority.bodyId)} (${SOURCE_WORDS[authority.source]} #${authority.sourceId})`
    : rule.reason === OWN_RECORDS
      ? `It is ${who === 'You' ? 'your' : `${who}'s`} own record`
      : `${who} ${who === 'You' ? 'have' : 'has'} a rule every account has${rule.reason ? ` (${rule.reason})` : ''}`;

  let relation: AccessRelation;
  let how: string;
  if (under?.field === 'transferredToPath') {
    relation = AccessRelation.TRANSFERRED_TO;
    how = `it was transferred to ${name(fullPath[0] ?? under.bodyId)}, within ${name(under.bodyId)}`;
  } else if (under?.field === 'targetPath') {
    relation = AccessRelation.ADDRESSED_TO;
    how = `it is addressed to ${name(fullPath[0] ?? under.bodyId)}, within ${name(under.bodyId)}`;
  } else if (under) {
    relation = AccessRelation.REPORTING_LINE;
    how =
      fullPath.length > 1
        ? `the record's body reports up to it: ${fullPath.map(name).join(' → ')}`
        : `the record belongs to ${name(under.bodyId)} itself`;
  } else if (conditions && 'assignmentId' in conditions) {
    relation = AccessRelation.STAFFED_ON;
    how = `${who === 'You' ? 'you are' : `${who} is`} on ${await inspection(conditions.assignmentId)}`;
  } else if (rule.reason === OWN_RECORDS) {
    relation = AccessRelation.OWN_RECORD;
    how = '';
  } else if (conditions && 'id' in conditions && authority?.assignmentId != null && conditions.id === authority.targetId) {
    relation = AccessRelation.STAFFED_ON;
    how = `it is the body inspected by ${await inspection(authority.assignmentId)}`;
  } else if (conditions && 'id' in conditions) {
    relation = AccessRelation.OWN_LINE;
    how = `it is on the reporting line of ${authority ? name(authority.bodyId) : 'that body'}`;
  } else {
    relation = conditions ? AccessRelation.OWN_RECORD : AccessRelation.ANY;
    how = conditions ? '' : 'the rule covers every record of this kind';
  }
  const decided = rule.inverted
    ? `Refused: ${holder}, and a rule of ${authority ? 'that role' : 'that kind'} forbids it`
    : `Allowed: ${holder}`;
  return {
    ...base,
    relation,
    role: authority?.role ?? null,
    holderBodyId,
    // A rule no record gives (own records, or one every account has) names only itself.
    source: authority ? `${authority.source}:${authority.sourceId}` : (rule.reason ?? null),
    path,
    explanation: `${decided}${how ? `; ${how}` : ''}.`,
  };
}
