/**
 * Those who may only count (committee leaders) learn nothing from summaries about a set of fewer
 * than N records about named people that they may not read: not its count, not the values of its
 * dimensions, not an average over it, whatever they ask and however they combine the answers.
 *
 * First the attacks that used to recover such sets, then an exhaustive search over every dimension
 * and filter a count-only caller may use on the demo data, each answer checked against the true
 * data read from the database directly; then the same search on the same database with those small
 * sets taken out of the callers' scope, which must give exactly the same answers.
 */
import { today } from '../server/modules/common/record';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

let server: TestServer;
let N: number;
let truth: Truth;
beforeAll(async () => {
  server = await startTestServer();
  truth = await readTruth();
  const { minimumGroupSize } = await summary('analyst', 'findings', []);
  N = minimumGroupSize;
});
afterAll(() => server?.close());

type Kind = 'findings' | 'rectification';
const QUERY: Record<Kind, string> = { findings: 'findingSummary', rectification: 'rectificationSummary' };
const DIMENSION_TYPE: Record<Kind, string> = { findings: 'FindingDimension', rectification: 'RectificationDimension' };
const FILTER_TYPE: Record<Kind, string> = { findings: 'FindingFilter', rectification: 'RectificationItemFilter' };
/** What a count-only caller may group by. */
const DIMENSIONS: Record<Kind, string[]> = {
  findings: ['CATEGORY', 'TARGET', 'TARGET_LEVEL', 'STAGE', 'TEAM', 'ROUND'],
  rectification: ['STATE', 'TARGET', 'TARGET_LEVEL', 'STAGE', 'TEAM', 'ROUND'],
};
const CATEGORIES = ['CORRUPTION', 'WORK_STYLE', 'POLITICAL_DISCIPLINE', 'PERSONNEL'];
const LEADERS = [
  ['qc.leader', 'P-QC'],
  ['leader', 'C'],
] as const;

interface Group {
  key: (string | null)[];
  count: number | null;
  fewerThan: number | null;
  withheld: boolean;
  averageDays: number | null;
  averagedOver: number | null;
}
interface Summary {
  total: Group;
  groups: Group[];
  groupCount: number;
  minimumGroupSize: number;
  suppressed: boolean;
}
type Filter = Record<string, unknown>;

async function ask(login: string, kind: Kind, groupBy: string[], filter?: Filter): Promise<GraphQLResponse<{ s: Summary }>> {
  const fields = `total { ${GROUP} } groups { ${GROUP} } groupCount minimumGroupSize suppressed`;
  return server.gql(
    `query($groupBy: [${DIMENSION_TYPE[kind]}!], $filter: ${FILTER_TYPE[kind]}) { s: ${QUERY[kind]}(groupBy: $groupBy, filter: $filter, limit: 1000) { ${fields} } }`,
    { groupBy, filter },
    await server.tokenFor(login),
  );
}
const GROUP = 'key count fewerThan withheld averageDays averagedOver';

async function summary(login: string, kind: Kind, groupBy: string[], filter?: Filter): Promise<Summary> {
  const res = await ask(login, kind, groupBy, filter);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.s;
}

// ---------------------------------------------------------------------------------------------
// The true data, read from the database directly

interface Fact {
  id: number;
  scopePath: string;
  named: boolean;
  /** The atom the record belongs to (see summary.service.ts). */
  atom: string;
  /** Days the average is over, when it applies to the record. */
  days: number | null;
  /** Each dimension's value as a summary key gives it. */
  dims: Record<string, string | null>;
  assignmentId: number;
  roundId: number;
  targetId: number;
  category?: string;
  overdue?: boolean;
}
type Truth = Record<Kind, Fact[]>;

const daysBetween = (later: string, earlier: string) =>
  Math.round((Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10))) / 86_400_000);
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

async function readTruth(): Promise<Truth> {
  const findings = await server.db.query(
    `SELECT f.id, f.scopePath, f.assignmentId, f.targetId, f.category, f.subjectPersonId, f.transferredOn, f.createdAt, a.stage, a.teamId, a.roundId, t.level
     FROM finding f JOIN assignment a ON a.id = f.assignmentId LEFT JOIN body t ON t.id = f.targetId`,
  );
  const items = await server.db.query(
    `SELECT r.id, r.scopePath, r.assignmentId, r.status, r.deadline, r.closedOn, f.subjectPersonId, a.targetId, a.stage, a.teamId, a.roundId, t.level
     FROM rectification_item r JOIN assignment a ON a.id = r.assignmentId LEFT JOIN finding f ON f.id = r.findingId LEFT JOIN body t ON t.id = a.targetId`,
  );
  const day = today();
  const common = (row: Record<string, unknown>) => ({
    TARGET: text(row.targetId),
    TARGET_LEVEL: text(row.level),
    STAGE: text(row.stage),
    TEAM: text(row.teamId),
    ROUND: text(row.roundId),
  });
  return {
    findings: findings.map((row: Record<string, any>): Fact => {
      const transferred = row.transferredOn !== null;
      return {
        id: Number(row.id),
        scopePath: row.scopePath,
        named: row.subjectPersonId !== null,
        atom: [row.assignmentId, row.targetId, row.category, transferred].join('|'),
        days: transferred ? daysBetween(row.transferredOn, row.createdAt) : null,
        dims: { CATEGORY: row.category, ...common(row) },
        assignmentId: Number(row.assignmentId),
        roundId: Number(row.roundId),
        targetId: Number(row.targetId),
        category: row.category,
      };
    }),
    rectification: items.map((row: Record<string, any>): Fact => {
      const state = row.status === 'CLOSED' ? 'DONE' : row.deadline < day ? 'OVERDUE' : 'OPEN';
      const until = row.closedOn ?? day;
      const late = until > row.deadline;
      return {
        id: Number(row.id),
        scopePath: row.scopePath,
        named: row.subjectPersonId !== null,
        atom: [row.assignmentId, state, late].join('|'),
        days: late ? daysBetween(until, row.deadline) : null,
        dims: { STATE: state, ...common(row) },
        assignmentId: Number(row.assignmentId),
        roundId: Number(row.roundId),
        targetId: Number(row.targetId),
        overdue: state === 'OVERDUE',
      };
    }),
  };
}

async function scopeOf(bodyCode: string): Promise<string> {
  const [row] = await server.db.query('SELECT scopePath FROM body WHERE code = ?', [bodyCode]);
  return row.scopePath;
}

/** The records of `kind` the caller counts, and the sensitive ones in atoms too small to publish. */
function view(kind: Kind, scope: string) {
  const records = truth[kind].filter((f) => f.scopePath.startsWith(scope));
  const sensitive = new Map<string, number>();
  for (const f of records) if (f.named) sensitive.set(f.atom, (sensitive.get(f.atom) ?? 0) + 1);
  const left = (f: Fact) => f.named && sensitive.get(f.atom)! < N;
  return { records, left, smallAtoms: [...sensitive.values()].filter((s) => s < N).length, leftOut: records.filter(left).length };
}

function matches(f: Fact, filter: Filter): boolean {
  if (filter.assignmentId !== undefined && f.assignmentId !== filter.assignmentId) return false;
  if (filter.roundId !== undefined && f.roundId !== filter.roundId) return false;
  if (filter.targetId !== undefined && f.targetId !== filter.targetId) return false;
  if (filter.categories !== undefined && !(filter.categories as string[]).includes(f.category!)) return false;
  if (filter.overdue !== undefined && f.overdue !== filter.overdue) return false;
  return true;
}

/** What a summary must publish: every record counted except the sensitive ones of small atoms. */
function expected(records: Fact[], left: (f: Fact) => boolean, groupBy: string[], filter: Filter) {
  const groups = new Map<string, { key: (string | null)[]; count: number; averagedOver: number; days: number }>();
  const total = { key: [] as (string | null)[], count: 0, averagedOver: 0, days: 0 };
  for (const f of records) {
    if (!matches(f, filter) || left(f)) continue;
    const key = groupBy.map((d) => f.dims[d]);
    const id = JSON.stringify(key);
    if (!groups.has(id)) groups.set(id, { key, count: 0, averagedOver: 0, days: 0 });
    for (const g of [groups.get(id)!, total]) {
      g.count += 1;
      if (f.days !== null) {
        g.averagedOver += 1;
        g.days += f.days;
      }
    }
  }
  const published = (g: typeof total) => ({
    key: g.key,
    count: g.count,
    averagedOver: g.averagedOver,
    averageDays: g.averagedOver >= N ? Math.round((g.days / g.averagedOver) * 10) / 10 : null,
  });
  return { total: published(total), groups: groupBy.length === 0 ? [] : [...groups.values()].map(published) };
}

const comparable = (g: Group) => ({ key: g.key, count: g.count, averagedOver: g.averagedOver, averageDays: g.averageDays });
const byKey = (a: { key: (string | null)[] }, b: { key: (string | null)[] }) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key));

// ---------------------------------------------------------------------------------------------

/** The named finding the first attacks single out: alone in its atom, transferred, in Qingchuan. */
async function singledOut(): Promise<Fact> {
  const { records, left } = view('findings', await scopeOf('P-QC'));
  const target = records.filter((f) => left(f) && f.days !== null).sort((a, b) => a.id - b.id)[0];
  expect(target).toBeDefined();
  return target;
}

describe('the attacks that recovered single findings', () => {
  it("refuses a record's own dimensions and ids, naming the field and what may be used instead", async () => {
    const finding = await singledOut();
    for (const [login] of LEADERS) {
      const keyed = await ask(login, 'findings', ['CATEGORY', 'STATUS', 'SEVERITY'], { ids: [finding.id] });
      expect(codes(keyed)).toEqual(['BAD_USER_INPUT']);
      expect(keyed.errors![0].extensions?.field).toBe('groupBy');
      expect(keyed.errors![0].message).toMatch(/STATUS.*may group them only by CATEGORY, TARGET, TARGET_LEVEL, STAGE, TEAM, ROUND/);
      expect(keyed.data?.s ?? null).toBeNull();
      for (const [filter, field] of [
        [{ ids: [finding.id] }, 'filter.ids'],
        [{ statuses: ['CONCLUDED'] }, 'filter.statuses'],
        [{ urgent: false }, 'filter.urgent'],
      ] as const) {
        const res = await ask(login, 'findings', ['CATEGORY'], filter);
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions?.field).toBe(field);
        expect(res.errors![0].message).toMatch(/may filter them only by assignmentId, roundId, categories, targetId/);
      }
      for (const dimension of ['SUB_KIND', 'SEVERITY', 'URGENT', 'MONTH']) {
        expect(codes(await ask(login, 'findings', [dimension]))).toEqual(['BAD_USER_INPUT']);
      }
      for (const [groupBy, filter, field] of [
        [['STATUS'], {}, 'groupBy'],
        [['MONTH'], {}, 'groupBy'],
        [[], { statuses: ['OPEN'] }, 'filter.statuses'],
        [[], { ids: [1] }, 'filter.ids'],
      ] as const) {
        const res = await ask(login, 'rectification', [...groupBy], filter);
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions?.field).toBe(field);
      }
    }
    // Readers keep every dimension and filter.
    expect((await ask('qc.analyst', 'findings', ['CATEGORY', 'STATUS', 'SEVERITY'], { ids: [finding.id] })).data?.s.total.count).toBe(1);
  });

  it('names no key of a group it leaves out: the closest query to the finding lists nothing of it', async () => {
    const finding = await singledOut();
    const filter = { assignmentId: finding.assignmentId, categories: [finding.category] };
    const counted = await summary('qc.leader', 'findings', ['CATEGORY', 'TARGET'], filter);
    const { records, left } = view('findings', await scopeOf('P-QC'));
    const rest = records.filter((f) => matches(f, filter) && !left(f)).length;
    expect(counted.total.count).toBe(rest);
    expect(counted.groups).toHaveLength(rest > 0 ? 1 : 0);
    expect(counted.suppressed).toBe(true);
  });

  it('gives nothing away by subtracting one inspection without the category from the inspection', async () => {
    const finding = await singledOut();
    const others = CATEGORIES.filter((c) => c !== finding.category);
    const { records, left } = view('findings', await scopeOf('P-QC'));
    const whole = await summary('qc.leader', 'findings', [], { assignmentId: finding.assignmentId });
    const without = await summary('qc.leader', 'findings', [], { assignmentId: finding.assignmentId, categories: others });
    const rest = records.filter((f) => f.assignmentId === finding.assignmentId && f.category === finding.category && !left(f));
    expect(whole.total.count! - without.total.count!).toBe(rest.length);
    // The analyst's difference counts the finding; the leader's is as if it did not exist.
    const read = await summary('qc.analyst', 'findings', [], { assignmentId: finding.assignmentId });
    const readWithout = await summary('qc.analyst', 'findings', [], { assignmentId: finding.assignmentId, categories: others });
    expect(read.total.count! - readWithout.total.count!).toBeGreaterThan(rest.length);
    // Its days to transfer are in no average the leader sees.
    const transferred = records.filter((f) => f.assignmentId === finding.assignmentId && f.days !== null && !left(f)).length;
    expect(whole.total.averagedOver).toBe(transferred);
    if (transferred < N) expect(whole.total.averageDays).toBeNull();
    expect(read.total.averagedOver).toBeGreaterThan(transferred);
  });

  it('gives nothing away by subtracting one category from a union of two, in every plan', async () => {
    const scope = await scopeOf('P-QC');
    const { records, left } = view('findings', scope);
    const rounds = [...new Set(records.map((f) => f.roundId))];
    let differencesWithALeftOutSet = 0;
    for (const roundId of rounds) {
      const byCategory = await summary('qc.leader', 'findings', ['CATEGORY'], { roundId });
      expect(byCategory.groups.every((g) => !g.withheld && g.count! > 0 && g.fewerThan === null)).toBe(true);
      for (const c of CATEGORIES) {
        for (const w of CATEGORIES.filter((x) => x !== c)) {
          const union = await summary('qc.leader', 'findings', [], { roundId, categories: [c, w] });
          const alone = await summary('qc.leader', 'findings', [], { roundId, categories: [w] });
          const published = byCategory.groups.find((g) => g.key[0] === c)?.count ?? 0;
          const rest = records.filter((f) => f.roundId === roundId && f.category === c && !left(f)).length;
          expect(union.total.count! - alone.total.count!).toBe(published);
          expect(published).toBe(rest);
          if (records.some((f) => f.roundId === roundId && f.category === c && left(f))) differencesWithALeftOutSet += 1;
        }
      }
    }
    // The demo data has such sets (round 9's single corruption finding about a named cadre among them).
    expect(differencesWithALeftOutSet).toBeGreaterThan(0);
  });

  it('averages only over what it counts, and over no fewer than the minimum', async () => {
    const finding = await singledOut();
    const counted = await summary('qc.leader', 'findings', ['CATEGORY'], { roundId: finding.roundId });
    const { records, left } = view('findings', await scopeOf('P-QC'));
    for (const group of [counted.total, ...counted.groups]) {
      const included = records.filter(
        (f) => f.roundId === finding.roundId && (group.key.length === 0 || f.category === group.key[0]) && !left(f),
      );
      expect(group.averagedOver).toBe(included.filter((f) => f.days !== null).length);
      if (group.averagedOver! < N) expect(group.averageDays).toBeNull();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The search

interface Question {
  login: string;
  kind: Kind;
  groupBy: string[];
  filter: Filter;
}

/** Every grouping of up to two dimensions with every plan, category and category pair; one dimension at most with an inspection, target or overdue filter. */
function questions(login: string, kind: Kind, records: Fact[]): Question[] {
  const dims = DIMENSIONS[kind];
  const groupings: string[][] = [[], ...dims.map((d) => [d])];
  const pairs = dims.flatMap((d, i) => dims.slice(i + 1).map((e) => [d, e]));
  const values = (pick: (f: Fact) => number) => [...new Set(records.map(pick))].sort((a, b) => a - b);
  const wide: Filter[] = [{}, ...values((f) => f.roundId).map((roundId) => ({ roundId }))];
  const narrow: Filter[] = values((f) => f.assignmentId).map((assignmentId) => ({ assignmentId }));
  if (kind === 'findings') {
    wide.push(...CATEGORIES.map((c) => ({ categories: [c] })));
    wide.push(...CATEGORIES.flatMap((c, i) => CATEGORIES.slice(i + 1).map((d) => ({ categories: [c, d] }))));
    narrow.push(...values((f) => f.targetId).map((targetId) => ({ targetId })));
  } else {
    narrow.push({ overdue: true }, { overdue: false });
  }
  return [
    ...wide.flatMap((filter) => [...groupings, ...pairs].map((groupBy) => ({ login, kind, groupBy, filter }))),
    ...narrow.flatMap((filter) => groupings.map((groupBy) => ({ login, kind, groupBy, filter }))),
  ];
}

async function answerAll(list: Question[]): Promise<Summary[]> {
  const answers: Summary[] = [];
  // A few at a time: the machine is shared.
  for (let i = 0; i < list.length; i += 4) {
    answers.push(...(await Promise.all(list.slice(i, i + 4).map((q) => summary(q.login, q.kind, q.groupBy, q.filter)))));
  }
  return answers;
}

/**
 * Differencing: every published cell (a group, the total, or a group left unlisted, which reads as
 * 0) stands for a set of records. For every pair of sets one inside the other, the difference of
 * their counts is what an attacker learns about the records between them; a cell or a difference
 * "recovers" a small set when it contains sensitive records of small atoms and its number is their
 * true count, those records included.
 */
function differencing(kind: Kind, records: Fact[], left: (f: Fact) => boolean, list: Question[], answers: Summary[]) {
  const index = new Map(records.map((f, i) => [f.id, BigInt(1) << BigInt(i)]));
  const cells = new Map<string, { set: bigint; count: number; protectedInside: boolean; size: number }>();
  let inconsistent = 0;
  list.forEach((q, i) => {
    const answer = answers[i];
    const trueGroups = new Map<string, Fact[]>();
    for (const f of records.filter((r) => matches(r, q.filter))) {
      const id = JSON.stringify(q.groupBy.map((d) => f.dims[d]));
      trueGroups.set(id, [...(trueGroups.get(id) ?? []), f]);
    }
    const all = records.filter((r) => matches(r, q.filter));
    const entries: Array<[Fact[], number]> = [[all, answer.total.count!]];
    if (q.groupBy.length > 0)
      for (const [id, members] of trueGroups) entries.push([members, answer.groups.find((g) => JSON.stringify(g.key) === id)?.count ?? 0]);
    for (const [members, count] of entries) {
      const set = members.reduce((s, f) => s | index.get(f.id)!, BigInt(0));
      const key = set.toString(36);
      const known = cells.get(key);
      if (known && known.count !== count) inconsistent += 1;
      cells.set(key, { set, count, protectedInside: members.some(left), size: members.length });
    }
  });
  const leftOut = records.filter(left).reduce((s, f) => s | index.get(f.id)!, BigInt(0));
  const size = (set: bigint) => set.toString(2).replace(/0/g, '').length;
  const distinct = [...cells.values()];
  let recovered = distinct.filter((c) => c.protectedInside && c.count === c.size).length;
  let pairs = 0;
  for (const outer of distinct) {
    for (const inner of distinct) {
      if (outer === inner || (outer.set & inner.set) !== inner.set) continue;
      const between = outer.set ^ inner.set;
      if ((between & leftOut) === BigInt(0)) continue;
      pairs += 1;
      if (outer.count - inner.count === size(between)) recovered += 1;
    }
  }
  return { cells: distinct.length, withheldCells: distinct.filter((c) => c.protectedInside).length, pairs, recovered, inconsistent };
}

describe('an exhaustive search by both committee leaders', () => {
  jest.setTimeout(600_000);

  it('publishes exactly the counted records less the small sensitive sets, and the same with those sets gone', async () => {
    const figures: string[] = [];
    const asked: Question[] = [];
    const before: Summary[] = [];
    for (const [login, bodyCode] of LEADERS) {
      const scope = await scopeOf(bodyCode);
      for (const kind of ['findings', 'rectification'] as Kind[]) {
        const { records, left, smallAtoms, leftOut } = view(kind, scope);
        const list = questions(login, kind, records);
        const answers = await answerAll(list);
        list.forEach((q, i) => {
          const answer = answers[i];
          const want = expected(records, left, q.groupBy, q.filter);
          const context = `${login} ${kind} ${JSON.stringify(q.groupBy)} ${JSON.stringify(q.filter)}`;
          expect([context, answer.suppressed]).toEqual([context, true]);
          expect([context, comparable(answer.total)]).toEqual([context, want.total]);
          expect([context, answer.groups.map(comparable).sort(byKey)]).toEqual([context, want.groups.sort(byKey)]);
          expect([context, answer.groupCount]).toEqual([context, want.groups.length]);
          for (const g of [answer.total, ...answer.groups]) {
            expect([context, g.withheld, g.fewerThan]).toEqual([context, false, null]);
            if (g.averageDays !== null) expect(g.averagedOver!).toBeGreaterThanOrEqual(N);
          }
          for (let k = 1; k < answer.groups.length; k++)
            expect(answer.groups[k - 1].count!).toBeGreaterThanOrEqual(answer.groups[k].count!);
        });
        const attack = differencing(kind, records, left, list, answers);
        expect(attack.recovered).toBe(0);
        expect(attack.inconsistent).toBe(0);
        figures.push(
          `${login} ${kind}: ${list.length} queries, ${records.length} records, ${smallAtoms} small atoms (${leftOut} records left out), ` +
            `${attack.cells} distinct cells (${attack.withheldCells} holding a small set), ${attack.pairs} nested differences over a small set, ${attack.recovered} recovered`,
        );
        asked.push(...list);
        before.push(...answers);
      }
    }

    // The same database with every small sensitive set moved out of both leaders' scope.
    const whole = await scopeOf('C');
    const moved: Record<Kind, Array<{ id: number; scopePath: string }>> = { findings: [], rectification: [] };
    for (const kind of ['findings', 'rectification'] as Kind[]) {
      const { records, left } = view(kind, whole);
      moved[kind] = records.filter(left).map((f) => ({ id: f.id, scopePath: f.scopePath }));
    }
    const table: Record<Kind, string> = { findings: 'finding', rectification: 'rectification_item' };
    const setPath = async (kind: Kind, id: number, scopePath: string) =>
      server.db.query(`UPDATE ${table[kind]} SET scopePath = ? WHERE id = ?`, [scopePath, id]);
    try {
      for (const kind of ['findings', 'rectification'] as Kind[]) for (const { id } of moved[kind]) await setPath(kind, id, '/0/');
      const after = await answerAll(asked);
      const differing = asked.filter((_, i) => JSON.stringify(after[i]) !== JSON.stringify(before[i]));
      expect(differing).toEqual([]);
      figures.push(
        `${asked.length} queries asked again with ${moved.findings.length} findings and ${moved.rectification.length} rectification items gone: ${differing.length} answers differ`,
      );
      // And they do matter to a reader: the analyst's numbers change.
      const readers = await summary('analyst', 'findings', []);
      expect(readers.total.count).toBe(truth.findings.length - moved.findings.length);
    } finally {
      for (const kind of ['findings', 'rectification'] as Kind[])
        for (const { id, scopePath } of moved[kind]) await setPath(kind, id, scopePath);
    }
    process.stdout.write(`summary disclosure search (${server.db.options.type}):\n  ${figures.join('\n  ')}\n`);
  });
});

describe('readers', () => {
  it('get the exact figures, with nothing left out', async () => {
    for (const kind of ['findings', 'rectification'] as Kind[]) {
      const s = await summary('analyst', kind, [DIMENSIONS[kind][0]]);
      expect(s.suppressed).toBe(false);
      expect(s.total.count).toBe(truth[kind].length);
    }
  });
});
