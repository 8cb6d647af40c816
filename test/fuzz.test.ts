/**
 * Every query and mutation of the schema, sent over HTTP with generated arguments: plausible ones
 * that reach the services, and the same with one value made hostile (wrong types, nulls, huge and
 * negative numbers, 100k-character strings, awkward unicode, SQL and script payloads, deep and wide
 * objects, unknown enum values, impossible dates, missing or unknown fields), by signed-in callers
 * with broad rights and anonymously. Whatever arrives, the server never fails internally, leaks no
 * stack trace or SQL, a refused mutation changes nothing, and an accepted one leaves exactly one
 * audit entry per record it changed.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { buildAppSchema } from '../server/graphql/schema';
import { today } from '../server/modules/common/record';
import { SUB_KINDS } from '../server/modules/finding/finding.enums';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { startTestServer, type TestServer } from './support/harness';
import { dayFromToday } from '../server/modules/common/calendar';

jest.setTimeout(180_000);

const SEED = Number(process.env.FUZZ_SEED ?? 20260501);
const MUTATION_CASES_PER_FIELD = 32;
const QUERY_CASES_PER_FIELD = 16;
/** Broad rights over the rosters (admin) and each step of the inspection workflow, and nobody. */
const CALLERS = ['admin', 'office', 'team1', 'lg.leader', 'liaison', 'receiver', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];

// ---------------------------------------------------------------------------------------------
// Hostile values

const SQL_PAYLOADS = [
  "' OR 1=1 --",
  '; DROP TABLE body;',
  '1; UPDATE account SET active = 0 WHERE 1=1; --',
  "' UNION SELECT passwordHash FROM account --",
  '%_!\\',
];
const SCRIPT_PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'javascript:alert(1)'];
const UNICODE_PAYLOADS = [
  '\u202Eevil\u202C', // right-to-left override
  'nul\u0000byte',
  'lone \uD800 surrogate',
  'lone \uDFFF low',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'zero\u200B\u200C\u200Dwidth\uFEFF',
  'é'.normalize('NFD'),
  '\t\n\r  ',
  '',
];
const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '2026-2-3',
  '26-01-01',
  '2026-01-01T00:00:00Z',
  'yesterday',
];
const UNKNOWN_ENUM = 'CASTLE';

const deepObject = (depth: number): unknown => (depth === 0 ? 1 : { a: deepObject(depth - 1) });
const deepList = (depth: number): unknown => (depth === 0 ? 1 : [deepList(depth - 1)]);
const wideObject = (width: number) => Object.fromEntries(Array.from({ length: width }, (_, i) => [`k${i}`, i]));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    'not a number',
    3.5,
    0,
    -1,
    -2147483648,
    2147483647,
    2147483648,
    2 ** 53 + 1,
    1e308,
    -1e308,
    [],
    {},
  ),
  fc.constantFrom(...SQL_PAYLOADS, ...SCRIPT_PAYLOADS, ...UNICODE_PAYLOADS, ...IMPOSSIBLE_DATES, UNKNOWN_ENUM),
  fc.constantFrom<unknown>('x'.repeat(100_000), '长'.repeat(100_000), '\u202E'.repeat(100_000)),
  fc.constantFrom<unknown>(
    deepObject(200),
    deepList(200),
    wideObject(2000),
    Array.from({ length: 1000 }, (_, i) => i + 1),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

// ---------------------------------------------------------------------------------------------
// Plausible values, by argument name, so that cases get past validation into the services

const DATE_FIELDS = new Set([
  'currentOn',
  'deadline',
  'endsOn',
  'heardOn',
  'heldOn',
  'noticeSentOn',
  'on',
  'receivedOn',
  'requestedOn',
  'since',
  'startsOn',
  'until',
  'validFrom',
  'validOn',
  'validUntil',
]);
const ID_FIELDS: Record<string, string> = {
  accountId: 'Account',
  assignmentId: 'Assignment',
  findingId: 'Finding',
  personId: 'Person',
  subjectPersonId: 'Person',
  poolEntryId: 'PoolEntry',
  roundId: 'Round',
  bodyId: 'Body',
  employerId: 'Body',
  hostedById: 'Body',
  leadingGroupId: 'Body',
  managedById: 'Body',
  overrideRecipientId: 'Body',
  relativeBodyId: 'Body',
  reportsToId: 'Body',
  responsibleBodyId: 'Body',
  sourceBodyId: 'Body',
  targetId: 'Body',
  targetIds: 'Body',
  teamId: 'Body',
  under: 'Body',
};
/** Root fields and input types whose record is not named in them. */
const ENTITY_OF: Record<string, string> = {
  people: 'Person',
  bodies: 'Body',
  activities: 'Activity',
  recordProgress: 'RectificationItem',
  verifyRectification: 'RectificationItem',
  rectificationSummary: 'RectificationItem',
  roundReport: 'Round',
};
const VERSION_OF = '@version-of:';
/** Refusals that are themselves recorded: enough failed sign-ins lock the login, and the trail says so. */
const REFUSALS_ON_RECORD: Record<string, string[]> = { login: ['lock'] };

const plausibleDate = fc.oneof(
  fc.constant(today()),
  fc.constantFrom('2026-01-15', '2026-03-31', '2026-06-01', '2026-12-31', '2027-02-28', '2028-02-29', '2025-01-01'),
  fc.integer({ min: -400, max: 400 }).map((days) => dayFromToday(days)),
);
const plausibleText = fc.oneof(
  fc.constantFrom(
    '巡视发现的问题',
    '整改情况说明',
    'Routine note',
    '测试 test 123',
    ...SQL_PAYLOADS,
    ...SCRIPT_PAYLOADS,
    ...UNICODE_PAYLOADS.slice(0, 6),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.stringMatching(/^[A-Za-z][A-Za-z ]{9,40}$/),
);
const PLAUSIBLE_STRINGS: Record<string, fc.Arbitrary<string>> = {
  code: fc.stringMatching(/^FZ-[A-Z0-9]{1,8}$/),
  login: fc.oneof(fc.stringMatching(/^fuzz\.[a-z]{3,10}$/), fc.constantFrom('analyst', 'receiver', 'nobody.here')),
  password: fc.oneof(fc.constant(DEMO_PASSWORD), fc.stringMatching(/^fuzz-password-[a-z0-9]{4,12}$/)),
  idNumber: fc.stringMatching(/^99\d{15}[\dX]$/),
  subKind: fc.constantFrom(...Object.values(SUB_KINDS).flat()),
  query: fc.constantFrom('{ me { account { login } } }', 'query($id: Int!) { body(id: $id) { name } }', 'not graphql {'),
  variables: fc.constantFrom('{}', '{"id": 1}', '[1]', 'not json', ''),
  intakeKey: fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  q: fc.oneof(fc.constantFrom('青川', 'qc', '%', '_', "' OR 1=1 --"), fc.string({ maxLength: 8 })),
};

/** Ids of demo records by entity, leaving out those the fuzzing callers' rights rest on. */
type Pool = Record<string, number[]>;

/** The entity a root field or input type is about: the longest entity name within its name. */
function entityIn(name: string, entities: string[]): string | undefined {
  if (ENTITY_OF[name]) return ENTITY_OF[name];
  const lower = name.toLowerCase();
  return entities.filter((e) => lower.includes(e.toLowerCase())).sort((a, b) => b.length - a.length)[0];
}

class ArgumentArbitraries {
  private readonly entities: string[];

  /** `visible`: what the caller can list, so that plausible cases get past the scope check; `all`: the rest. */
  constructor(
    private readonly visible: Pool,
    private readonly all: Pool,
  ) {
    this.entities = Object.keys(all);
  }

  private idOf(entity: string | undefined): fc.Arbitrary<number> {
    const pool = entity ? (this.visible[entity]?.length ? this.visible[entity] : this.all[entity]) : undefined;
    return pool?.length
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, fc.integer({ min: 1, max: 400 }))
      : fc.integer({ min: 1, max: 400 });
  }

  /** A value of `type` that could well be accepted; `entity` is what an `id` in it names. */
  plausible(type: GraphQLInputType, name: string, entity: string | undefined): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.plausible(type.ofType, name, entity);
    if (isListType(type)) return fc.array(this.plausible(type.ofType, name, entity), { maxLength: 4 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const own = entityIn(type.name, this.entities) ?? entity;
      const model = Object.fromEntries(fields.map((f) => [f.name, this.plausible(f.type, f.name, own)]));
      if (fields.some((f) => f.name === 'version') && fields.some((f) => f.name === 'id'))
        model.version = fc.constant(`${VERSION_OF}${own}`);
      const requiredKeys = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
      return fc.record(model, { requiredKeys });
    }
    switch (type.name) {
      case 'Int':
        if (name === 'id' || name === 'ids') return this.idOf(entity);
        if (ID_FIELDS[name]) return this.idOf(ID_FIELDS[name]);
        if (name === 'take') return fc.integer({ min: 1, max: 100 });
        if (name === 'year') return fc.integer({ min: 2024, max: 2028 });
        return fc.integer({ min: 0, max: 200 });
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'String':
        if (DATE_FIELDS.has(name)) return plausibleDate;
        return PLAUSIBLE_STRINGS[name] ?? plausibleText;
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  arguments(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
    const entity = entityIn(field.name, this.entities);
    const model = Object.fromEntries(field.args.map((a) => [a.name, this.plausible(a.type, a.name, entity)]));
    return fc.record(model, { requiredKeys: field.args.filter(isRequiredArgument).map((a) => a.name) });
  }
}

// ---------------------------------------------------------------------------------------------
// One case: plausible arguments, then (mostly) one spot in them made hostile

type Spoil = { kind: 'none' } | { kind: 'replace' | 'drop' | 'extra'; at: number; value: unknown };
type Path = Array<string | number>;

interface Case {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  caller: Caller;
  inline: boolean;
  args: Record<string, unknown>;
  /** Where a hostile value went, and what it was; empty for a plausible case. */
  spoiled: { path: Path; kind: string; value: unknown } | null;
}

function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = path.length ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

function objectsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsOf(v, [...path, i]));
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => objectsOf(v, [...path, k]))];
  return [];
}

function spoil(args: Record<string, unknown>, how: Spoil): { args: Record<string, unknown>; spoiled: Case['spoiled'] } {
  if (how.kind === 'none') return { args, spoiled: null };
  const copy = structuredClone(args);
  const candidates = how.kind === 'extra' ? objectsOf(copy) : pathsOf(copy);
  if (!candidates.length) return { args, spoiled: null };
  const path = candidates[how.at % candidates.length];
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  if (how.kind === 'extra') {
    const target = path.reduce<any>((node, key) => node[key], copy);
    target.unexpectedField = how.value;
    return { args: copy, spoiled: { path: [...path, 'unexpectedField'], kind: 'extra', value: how.value } };
  }
  const key = path[path.length - 1];
  if (how.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    parent[key] = how.value;
  }
  return { args: copy, spoiled: { path, kind: how.kind, value: how.kind === 'drop' ? undefined : how.value } };
}

function caseArbitrary(
  operation: Case['operation'],
  field: GraphQLField<unknown, unknown>,
  args: Record<Caller, ArgumentArbitraries>,
): fc.Arbitrary<Case> {
  const how: fc.Arbitrary<Spoil> = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Spoil>({ kind: 'none' }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('drop' as const, 'extra' as const), at: fc.nat(), value: hostileValue }) },
  );
  return fc
    .constantFrom(...CALLERS)
    .chain((caller) => fc.record({ caller: fc.constant(caller), literal: fc.nat(3), plausible: args[caller].arguments(field), how }))
    .map(({ caller, literal, plausible, how }) => {
      const spoiled = spoil(plausible, how);
      // A quarter of the hostile cases are written into the document; plausible ones go as variables, as clients send them.
      return { operation, field, caller, inline: literal === 0 && spoiled.spoiled !== null, ...spoiled };
    });
}

// ---------------------------------------------------------------------------------------------
// The operation text

/** Scalars of the returned type, and of the records one level down (their nested lists capped). */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth < 1 || (depth < 2 && named.name.endsWith('List'))) {
      const nested = selectionOf(f.type, depth + 1);
      if (nested) parts.push(`${f.name}${f.args.some((a) => a.name === 'first') ? '(first: 3)' : ''} ${nested}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '1e999';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return /^[A-Z][A-Z_]*$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const fields = Object.entries(value as object).map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : '_bad'}: ${literal(v)}`);
  return `{${fields.join(', ')}}`;
}

function operationText(c: Case): { query: string; variables: Record<string, unknown> } {
  const selection = selectionOf(c.field.type);
  const given = c.field.args.filter((a) => a.name in c.args);
  if (!given.length) return { query: `${c.operation} { ${c.field.name} ${selection} }`, variables: {} };
  if (c.inline) {
    const args = given.map((a) => `${a.name}: ${literal(c.args[a.name])}`).join(', ');
    return { query: `${c.operation} { ${c.field.name}(${args}) ${selection} }`, variables: {} };
  }
  const declared = given.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`);
  const passed = given.map((a) => `${a.name}: $${a.name}`);
  return {
    query: `${c.operation} Fuzz(${declared.join(', ')}) { ${c.field.name}(${passed.join(', ')}) ${selection} }`,
    variables: Object.fromEntries(given.map((a) => [a.name, c.args[a.name]])),
  };
}

// ---------------------------------------------------------------------------------------------
// What the database holds: every table's rows and the sum of their versions, and the audit chain's head

type Counts = Map<string, { rows: number; versions: number }>;

interface Snapshot {
  tables: Counts;
  auditHead: string;
  lastAuditId: number;
}

interface Table {
  name: string;
  entity: string;
  versioned: boolean;
}

async function snapshot(tables: Table[]): Promise<Snapshot> {
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t.name}' AS t, COUNT(*) AS n, ${t.versioned ? 'COALESCE(SUM(version), 0)' : '0'} AS v FROM ${server.db.driver.escape(t.name)}`,
    )
    .join(' UNION ALL ');
  const rows: Array<{ t: string; n: number | string; v: number | string }> = await server.db.query(sql);
  const [head] = await server.db.query('SELECT lastEntryId, lastHash FROM audit_head WHERE id = 1');
  return {
    tables: new Map(rows.map((r) => [r.t, { rows: Number(r.n), versions: Number(r.v) }])),
    auditHead: `${head.lastEntryId}:${head.lastHash}`,
    lastAuditId: Number(head.lastEntryId),
  };
}

/** Each table's change in rows and version sum between two snapshots, where there is one. */
function difference(before: Snapshot, after: Snapshot): Counts {
  const changes: Counts = new Map();
  for (const [name, b] of before.tables) {
    const a = after.tables.get(name)!;
    if (a.rows !== b.rows || a.versions !== b.versions) changes.set(name, { rows: a.rows - b.rows, versions: a.versions - b.versions });
  }
  return changes;
}

interface AuditEntryRow {
  action: string;
  subject: string;
  before: string | null;
  after: string | null;
}

/**
 * The change in rows and version sum that the audit entries account for: a create adds its row and
 * version, a delete removes them, an update adds the versions it moved on. Entries without content
 * (reads, lockouts) account for none.
 */
function accountedFor(entries: AuditEntryRow[], tables: Table[]): Counts {
  const changes: Counts = new Map();
  for (const entry of entries) {
    if (!entry.before && !entry.after) continue;
    const table = tables.find((t) => t.entity === entry.subject)?.name ?? `(${entry.subject})`;
    const versionIn = (json: string | null) => (json ? Number(JSON.parse(json).version) : 0);
    const change = changes.get(table) ?? { rows: 0, versions: 0 };
    change.rows += (entry.after ? 1 : 0) - (entry.before ? 1 : 0);
    change.versions += versionIn(entry.after) - versionIn(entry.before);
    changes.set(table, change);
  }
  return new Map([...changes].filter(([, c]) => c.rows || c.versions));
}

const describeCounts = (counts: Counts) =>
  [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, c]) => `${t} ${c.rows >= 0 ? '+' : ''}${c.rows} rows, ${c.versions >= 0 ? '+' : ''}${c.versions} versions`)
    .join('; ') || 'nothing';

// ---------------------------------------------------------------------------------------------

const LEAK = /SELECT|INSERT|UPDATE .* SET|at .*\.ts:\d+|\bstack\b|QueryFailedError|\bER_[A-Z_]+|SQLITE_[A-Z]/;

/** Our own payloads come back in messages that quote the input; what is left must not look like SQL or a trace. */
function leaked(text: string): string | null {
  let rest = text;
  for (const payload of SQL_PAYLOADS) {
    rest = rest.split(payload).join('').split(JSON.stringify(payload).slice(1, -1)).join('');
  }
  const match = LEAK.exec(rest);
  return match ? rest.slice(Math.max(0, match.index - 80), match.index + 120) : null;
}

function isImpossibleDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value;
}

function caseLabel(c: Case): string {
  const short = (v: unknown) => {
    const text = JSON.stringify(v, (_k, x) => (typeof x === 'string' && x.length > 60 ? `${x.slice(0, 60)}…(${x.length})` : x));
    return text && text.length > 400 ? `${text.slice(0, 400)}…` : text;
  };
  return `${c.operation} ${c.field.name} as ${c.caller}${c.inline ? ' (inline)' : ''} ${short(c.args)}${c.spoiled ? ` [${c.spoiled.kind} at ${c.spoiled.path.join('.')}]` : ' [plausible]'}`;
}

let server: TestServer;
let tokens: Record<Caller, string | undefined>;
let tables: Table[];
let pools: { all: Pool; visible: Record<Caller, Pool> };

beforeAll(async () => {
  server = await startTestServer();
  tokens = { anonymous: undefined } as typeof tokens;
  for (const caller of CALLERS) if (caller !== 'anonymous') tokens[caller] = await server.tokenFor(caller);
  tables = server.db.entityMetadatas
    // A session is a sign-in, not a record: it is not audited. Limit counters count attempts, refused ones too.
    .filter((m) => m.tableType === 'regular' && !m.name.startsWith('Audit') && m.name !== 'Session' && m.name !== 'LimitBucket')
    .map((m) => ({ name: m.tableName, entity: m.name, versioned: m.columns.some((c) => c.propertyName === 'version') }));
  const all = await demoPool();
  const visible = {} as Record<Caller, Pool>;
  for (const caller of CALLERS) visible[caller] = await visiblePool(caller, all);
  pools = { all, visible };
});
afterAll(() => server?.close());

/** Ids to build plausible arguments from, without the records the fuzzing callers' rights rest on. */
async function demoPool(): Promise<Pool> {
  const logins = CALLERS.filter((c) => c !== 'anonymous');
  const accounts = await server.db.query(`SELECT id, personId FROM account WHERE login IN (${logins.map(() => '?').join(', ')})`, logins);
  const persons = accounts.map((a: { personId: number }) => Number(a.personId));
  const memberships = await server.db.query(`SELECT id, bodyId FROM membership WHERE personId IN (${persons.join(', ')})`);
  const spared: Record<string, Set<number>> = {
    Account: new Set(accounts.map((a: { id: number }) => Number(a.id))),
    Person: new Set(persons),
    Membership: new Set(memberships.map((m: { id: number }) => Number(m.id))),
    Body: new Set(memberships.map((m: { bodyId: number }) => Number(m.bodyId))),
  };
  const ids: Record<string, number[]> = {};
  for (const meta of server.db.entityMetadatas) {
    // Records have ids; bookkeeping tables keyed otherwise (limit counters) are no record a mutation names.
    if (meta.tableType !== 'regular' || meta.name.startsWith('Audit') || !meta.findColumnWithPropertyName('id')) continue;
    const rows: Array<{ id: number }> = await server.db.query(`SELECT id FROM ${server.db.driver.escape(meta.tableName)} ORDER BY id`);
    ids[meta.name] = rows.map((r) => Number(r.id)).filter((id) => !spared[meta.name]?.has(id));
  }
  return ids;
}

/** Of those, the ones the caller finds in the lists of the API. */
async function visiblePool(caller: Caller, all: Pool): Promise<Pool> {
  const schema = await buildAppSchema();
  const pool: Pool = {};
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const list = getNamedType(field.type);
    const entity = list.name.replace(/List$/, '');
    if (!list.name.endsWith('List') || !all[entity] || !field.args.some((a) => a.name === 'page')) continue;
    const res = await server.gql(`{ ${field.name}(page: { take: 100 }) { items { id } } }`, {}, tokens[caller]);
    const seen = new Set(all[entity]);
    pool[entity] = (res.data?.[field.name]?.items ?? []).map((r: { id: number }) => r.id).filter((id: number) => seen.has(id));
  }
  return pool;
}

/** Replaces each version placeholder with the version the record has now, as a client that just read it would send. */
async function withCurrentVersions(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(withCurrentVersions));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = await withCurrentVersions(v);
  if (typeof out.version === 'string' && out.version.startsWith(VERSION_OF)) {
    const entity = out.version.slice(VERSION_OF.length);
    const meta = server.db.entityMetadatas.find((m) => m.name === entity);
    const [row] =
      meta && typeof out.id === 'number'
        ? await server.db.query(`SELECT version FROM ${server.db.driver.escape(meta.tableName)} WHERE id = ?`, [out.id])
        : [];
    out.version = row ? Number(row.version) : 1;
  }
  return out;
}

async function send(c: Case): Promise<{ status: number; text: string; body: any }> {
  const { query, variables } = operationText(c);
  const token = tokens[c.caller];
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

describe('dates', () => {
  it('are refused when the day does not exist, and kept when it does', async () => {
    const admin = tokens.admin!;
    const RETIRE = 'mutation($input: RetireInput!) { retireBody(input: $input) { retiredOn } }';
    const [body] = await server.db.query("SELECT id, version FROM body WHERE code = 'P-DL-AUD'");
    const input = (on: string) => ({ input: { id: Number(body.id), version: Number(body.version), on } });
    for (const on of ['2026-02-30', '2025-02-29', '2100-02-29', '2026-04-31', '2026-13-01']) {
      const res = await server.gql(RETIRE, input(on), admin);
      expect([on, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.message]).toEqual([
        on,
        'BAD_USER_INPUT',
        expect.stringMatching(/on: must be a calendar date/),
      ]);
    }
    expect((await server.gql(RETIRE, input('2028-02-29'), admin)).data.retireBody.retiredOn).toBe('2028-02-29');
  });
});

describe('fuzzing every query and mutation', () => {
  it('never fails internally, leaks nothing, and a refused mutation changes nothing', async () => {
    const schema = await buildAppSchema();
    const args = Object.fromEntries(CALLERS.map((c) => [c, new ArgumentArbitraries(pools.visible[c], pools.all)])) as Record<
      Caller,
      ArgumentArbitraries
    >;
    const roots = [
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ operation: 'mutation' as const, field })),
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field })),
    ];
    const cases = roots.flatMap(({ operation, field }, i) =>
      fc.sample(caseArbitrary(operation, field, args), {
        numRuns: operation === 'mutation' ? MUTATION_CASES_PER_FIELD : QUERY_CASES_PER_FIELD,
        seed: SEED + i,
      }),
    );

    const failures: string[] = [];
    const tally = {
      tried: 0,
      refused: 0,
      accepted: 0,
      queries: 0,
      mutations: 0,
      writes: 0,
      auditEntries: 0,
      byCode: new Map<string, number>(),
    };
    const started = Date.now();

    for (const c of cases) {
      c.args = (await withCurrentVersions(c.args)) as Record<string, unknown>;
      const before = c.operation === 'mutation' ? await snapshot(tables) : null;
      const res = await send(c);
      tally.tried++;
      tally[c.operation === 'mutation' ? 'mutations' : 'queries']++;
      const errors: any[] = res.body?.errors ?? [];
      const refused = errors.length > 0 || res.status >= 400 || !res.body;
      tally[refused ? 'refused' : 'accepted']++;
      for (const e of errors) tally.byCode.set(String(e.extensions?.code), (tally.byCode.get(String(e.extensions?.code)) ?? 0) + 1);
      const fail = (why: string) => failures.push(`${why}: ${caseLabel(c)} → ${res.status} ${res.text.slice(0, 300)}`);

      if (res.status >= 500) fail(`HTTP ${res.status}`);
      if (!res.body) fail('not a JSON answer');
      if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || /Internal error/i.test(e.message ?? '')))
        fail('internal error');
      // The data of an accepted answer holds what was stored, payloads included; errors are the server speaking of itself.
      const leak = leaked(res.body ? JSON.stringify(errors) : res.text);
      if (leak) fail(`leaks "${leak}"`);

      if (before) {
        const after = await snapshot(tables);
        const changed = difference(before, after);
        const entries: AuditEntryRow[] =
          after.auditHead === before.auditHead
            ? []
            : await server.db.query(
                "SELECT action, subject, `before`, `after` FROM audit_entry WHERE id > ? AND action <> 'read' ORDER BY id",
                [before.lastAuditId],
              );
        if (refused) {
          const unexpected = entries.filter((e) => !(REFUSALS_ON_RECORD[c.field.name] ?? []).includes(e.action));
          const headMovedSilently = after.auditHead !== before.auditHead && entries.length === 0;
          if (changed.size || unexpected.length || headMovedSilently)
            fail(`refused but changed ${describeCounts(changed)}, audited ${unexpected.map((e) => e.action).join(', ') || 'nothing'}`);
        } else {
          tally.writes += changed.size ? 1 : 0;
          tally.auditEntries += entries.length;
          const audited = accountedFor(entries, tables);
          if (describeCounts(audited) !== describeCounts(changed))
            fail(`accepted: changed ${describeCounts(changed)}, but the audit entries account for ${describeCounts(audited)}`);
          const key = c.spoiled?.path[c.spoiled.path.length - 1];
          if (c.spoiled?.kind === 'replace' && typeof key === 'string' && DATE_FIELDS.has(key) && isImpossibleDate(c.spoiled.value)) {
            fail(`accepted the impossible date ${JSON.stringify(c.spoiled.value)} for ${key}`);
          }
        }
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const codes = [...tally.byCode]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    console.log(
      `fuzz (${server.database.kind}, seed ${SEED}): ${tally.tried} cases over ${roots.length} root fields ` +
        `(${tally.mutations} mutations, ${tally.queries} queries) in ${seconds}s: ${tally.refused} refused, ${tally.accepted} accepted ` +
        `(${tally.writes} writes, with ${tally.auditEntries} audit entries accounting for every change); ` +
        `errors by code: ${codes}`,
    );
    expect(failures.slice(0, 40)).toEqual([]);
  });
});
