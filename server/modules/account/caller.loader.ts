import type { DataSource } from 'typeorm';
import type { Authority, Caller, Role } from '../../permissions/caller';
import { GrantRole } from '../../permissions/caller';
import { today } from '../common/record';
import { MembershipRole, MembershipStatus } from '../membership/membership-role';
import { Stage } from '../assignment/stage';

interface CallerRow {
  accountId: number;
  personId: number;
  login: string;
  role: Role | null;
  bodyId: number | null;
  bodyPath: string | null;
  source: Authority['source'] | null;
  sourceId: number | null;
  assignmentId: number | null;
  targetId: number | null;
  followsUpId: number | null;
}

/**
 * Every membership and grant current today (a revoked grant gives nothing) and every staffing of an
 * open inspection the person has not been taken off, as a derived table; `person` is the SQL that names the person (a parameter or a sub-select).
 * Only an approved membership that was not ended with immediate effect gives its role.
 */
function authoritiesOf(person: string): string {
  return `
         SELECT m.personId AS personId, m.role AS role, m.bodyId AS bodyId, b.scopePath AS bodyPath,
                'membership' AS source, m.id AS sourceId, NULL AS assignmentId, NULL AS targetId,
                NULL AS followsUpId
           FROM membership m JOIN body b ON b.id = m.bodyId AND b.retiredOn IS NULL
          WHERE m.personId = ${person}
            AND m.status = '${MembershipStatus.APPROVED}' AND m.endedAt IS NULL
            AND m.since <= :day AND (m.until IS NULL OR m.until >= :day)
         UNION ALL
         SELECT g.personId, '${GrantRole.TEAM_LEADER}', g.teamId, b.scopePath, 'grant', g.id, g.assignmentId, x.targetId, x.followsUpId
           FROM leader_grant g JOIN body b ON b.id = g.teamId AND b.retiredOn IS NULL
           LEFT JOIN assignment x ON x.id = g.assignmentId
          WHERE g.personId = ${person}
            AND g.validFrom <= :day AND g.validUntil >= :day AND g.revokedOn IS NULL
            AND (g.assignmentId IS NULL OR x.stage <> '${Stage.CLOSED}')
         UNION ALL
         SELECT s.personId, '${MembershipRole.TEAM_MEMBER}', x.teamId, x.scopePath, 'staffing', s.id, s.assignmentId, x.targetId, x.followsUpId
           FROM assignment_member s JOIN assignment x ON x.id = s.assignmentId
          WHERE s.personId = ${person} AND s.removedOn IS NULL
            AND x.stage <> '${Stage.CLOSED}'`;
}

type Named = 'day' | 'account' | 'person' | 'session' | 'now';

/**
 * A statement with named values (`:day`, `:account`, …), made positional once (both drivers take
 * `?`): the text is the same for every request, only the values differ.
 */
function positional(sql: string): (values: Partial<Record<Named, unknown>>) => [string, unknown[]] {
  const order: Named[] = [];
  const text = sql.replace(/:(day|account|person|session|now)\b/g, (_, name: Named) => {
    order.push(name);
    return '?';
  });
  return (values) => [text, order.map((name) => values[name])];
}

function toAuthority(r: Omit<CallerRow, 'accountId' | 'personId' | 'login'>): Authority {
  return {
    role: r.role!,
    bodyId: Number(r.bodyId),
    bodyPath: r.bodyPath!,
    source: r.source!,
    sourceId: Number(r.sourceId),
    assignmentId: r.assignmentId === null ? null : Number(r.assignmentId),
    targetId: r.targetId === null ? null : Number(r.targetId),
    ...(r.followsUpId === null || r.followsUpId === undefined ? {} : { followsUpId: Number(r.followsUpId) }),
  };
}

/** What a person holds today, whether or not they have an account (for decisions about their account). */
const AUTHORITIES_OF_PERSON = positional(authoritiesOf(':person'));

export async function loadAuthorities(db: Pick<DataSource, 'query'>, personId: number): Promise<Authority[]> {
  const [sql, params] = AUTHORITIES_OF_PERSON({ day: today(), person: personId });
  const rows: CallerRow[] = await db.query(sql, params);
  return rows.map(toAuthority);
}

const CALLER_SQL = `SELECT a.id AS accountId, a.personId AS personId, a.login AS login, a.mustChangePassword AS mustChangePassword,
          h.role AS role, h.bodyId AS bodyId, h.bodyPath AS bodyPath, h.source AS source, h.sourceId AS sourceId,
          h.assignmentId AS assignmentId, h.targetId AS targetId, h.followsUpId AS followsUpId
     FROM account a
     JOIN person p ON p.id = a.personId AND p.retiredOn IS NULL
     LEFT JOIN (${authoritiesOf('(SELECT personId FROM account WHERE id = :account)')}
     ) h ON 1 = 1
    WHERE a.id = :account AND a.active = 1`;
const CALLER = positional(CALLER_SQL);
const CALLER_IN_SESSION = positional(
  `${CALLER_SQL}
      AND EXISTS (SELECT 1 FROM session s WHERE s.id = :session AND s.accountId = a.id AND s.endedAt IS NULL AND s.expiresAt > :now)`,
);

/**
 * The account with every membership and grant current today and every staffing of an open
 * inspection, in one statement, on every request: a deactivation, a change of roles or the close
 * of an inspection takes effect on the next request, not when the token expires. A raw query runs
 * on the primary, so a lagging read replica cannot hand back roles already taken away.
 *
 * Given the session a token names, the same statement finds the account only through that
 * session while it is open, unexpired and the account's own: a token of a session that was
 * ended (signed out, password reset, deactivation) finds nobody. Without one (explaining another
 * account's access), the account is loaded as it stands.
 */
export async function loadCaller(db: DataSource, accountId: number, sessionId?: number): Promise<Caller | null> {
  const [sql, params] =
    sessionId === undefined
      ? CALLER({ day: today(), account: accountId })
      : CALLER_IN_SESSION({ day: today(), account: accountId, session: sessionId, now: new Date().toISOString() });
  const rows: Array<CallerRow & { mustChangePassword: number | boolean }> = await db.query(sql, params);
  if (rows.length === 0) return null;
  const authorities = rows.filter((r) => r.role !== null).map(toAuthority);
  const [first] = rows;
  return {
    accountId: Number(first.accountId),
    personId: Number(first.personId),
    login: first.login,
    authorities,
    mustChangePassword: Boolean(Number(first.mustChangePassword)),
    ...(sessionId === undefined ? {} : { sessionId }),
  };
}
