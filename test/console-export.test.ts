/**
 * The console's export and tree logic: list rows as the columns and readable values a person sees,
 * written as CSV and as a workbook exceljs reads back; pages read through the data provider up to
 * the limit; and the roots of the reporting tree found from the caller's rules, against the server.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RaRecord } from 'ra-core';
import {
  EXPORT_COLUMNS,
  exportColumns,
  exportFileName,
  fetchForExport,
  fetchRelated,
  referencedIds,
  representation,
  sheetName,
  toCsv,
  toExportTable,
  toWorkbook,
  type ExportContext,
  type ExportTable,
} from '../admin/src/components/export';
import { abilityFromPackedRules } from '../admin/src/providers/canAccess';
import { createDataProvider } from '../admin/src/providers/dataProvider';
import { createGraphQLClient } from '../admin/src/providers/graphqlClient';
import { i18nProvider } from '../admin/src/providers/i18nProvider';
import { descriptorOf } from '../admin/src/resources';
import { bodyIdsNamedBy, parentIdsToCheck, pickRoots, rootCandidateIds } from '../admin/src/resources/bodies/tree';
import { createAppAbility } from '../server/permissions/ability';
import { GrantRole, type Authority } from '../server/permissions/caller';
import { rulesFor } from '../server/permissions/define-ability';
import { ROLE_RULES } from '../server/permissions/roles';
import { MembershipRole } from '../server/modules/membership/membership-role';
import { startTestServer, type TestServer } from './support/harness';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

function context(resource: string, related: ExportContext['related'] = new Map()): ExportContext {
  return {
    resource,
    translate,
    related,
    represent: (_resource, record) => representation('name', record),
    formatTime: (iso) => `time:${iso}`,
  };
}

async function readBack(table: ExportTable): Promise<Array<Array<unknown>>> {
  const buffer = await toWorkbook(ExcelJS.Workbook, table, '人员').xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = workbook.getWorksheet('人员')!;
  const rows: Array<Array<unknown>> = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('export columns', () => {
  const ownListOf = (resource: string) => {
    const dir = join(__dirname, '..', 'admin', 'src', 'resources', resource);
    const file = readdirSync(dir).find((name) => name.endsWith('List.tsx'));
    return file ? readFileSync(join(dir, file), 'utf8') : null;
  };

  it.each(Object.keys(EXPORT_COLUMNS))('are the columns the %s list shows, and the list offers the export', (resource) => {
    const { list, fields } = descriptorOf(resource);
    expect(exportColumns(resource).map((column) => column.source)).toEqual(list?.columns);
    for (const source of list?.columns ?? []) expect(fields).toHaveProperty([source]);
    // A list of its own builds on the generated one, which shows the descriptor's columns with the export.
    const own = ownListOf(resource);
    if (own) {
      expect(own).toMatch(/<ResourceList\b/);
      expect(own).not.toMatch(/<DataTable\.Col\s+source=/);
    }
  });

  it('have a label in both languages for every column, never the raw field name', async () => {
    for (const [resource, columns] of Object.entries(EXPORT_COLUMNS)) {
      for (const { source } of columns) {
        const key = `resources.${resource}.fields.${source}`;
        expect(translate(key)).not.toBe(key);
      }
    }
    await i18nProvider.changeLocale('en');
    try {
      expect(toExportTable(exportColumns('people'), [], context('people')).headers).toEqual([
        'Name',
        'Position',
        'Rank',
        'Employer',
        'ID number',
        'Left on',
      ]);
    } finally {
      await i18nProvider.changeLocale('zh');
    }
  });

  it('refuse a resource without a list page', () => {
    expect(() => exportColumns('personRelations')).toThrow(/No export columns/);
  });
});

describe('rows as a person reads them', () => {
  const bodies = new Map([['7', { id: 7, name: '中共青川省委' } as RaRecord]]);
  const people: RaRecord[] = [
    { id: 1, name: '苗佳慧', position: '处长', rank: 'DIVISION', employerId: 7, idNumber: null, retiredOn: null },
    { id: 2, name: 'Outsider', position: '=HYPERLINK("x")', rank: 'STAFF', employerId: 99, idNumber: '990101', retiredOn: '2025-01-31' },
  ];

  it('translates headers and enum values, names references, and leaves empty cells empty', () => {
    const table = toExportTable(exportColumns('people'), people, context('people', new Map([['bodies', bodies]])));
    expect(table.headers).toEqual(['姓名', '职务', '职级', '工作单位', '身份证号', '离册日期']);
    expect(table.rows[0]).toEqual(['苗佳慧', '处长', '正处级', '中共青川省委', null, null]);
    // A body outside the caller's scope is not read: the row keeps only its id.
    expect(table.rows[1][3]).toBe('#99');
  });

  it('writes yes/no in words, timestamps readably and numbers as numbers', () => {
    const accounts = toExportTable(
      exportColumns('accounts'),
      [{ id: 1, login: 'qc.admin', personId: 5, active: false, lastLoginAt: '2026-01-02T03:04:05Z' }],
      context('accounts'),
    );
    expect(accounts.rows[0]).toEqual(['qc.admin', '#5', '否', 'time:2026-01-02T03:04:05Z']);
    const rounds = toExportTable(
      exportColumns('rounds'),
      [{ id: 1, year: 2026, number: 2, title: '第二轮', leadingGroupId: null, status: 'APPROVED', approvedOn: '2026-03-01' }],
      context('rounds'),
    );
    expect(rounds.rows[0]).toEqual([2026, 2, '第二轮', null, '已批准', '2026-03-01']);
  });

  it('names referenced records by their resource representation', () => {
    expect(representation('title', { id: 3, title: '计划' })).toBe('计划');
    expect(representation((r: RaRecord) => `#${r.id} (${r.since})`, { id: 3, since: '2026-01-01' })).toBe('#3 (2026-01-01)');
    expect(representation(undefined, { id: 3 })).toBe('#3');
  });

  it('reads each referenced record once', async () => {
    const columns = exportColumns('memberships');
    const rows = [
      { id: 1, personId: 5, bodyId: 7 },
      { id: 2, personId: 5, bodyId: 8 },
      { id: 3, personId: 6, bodyId: null },
    ];
    expect(referencedIds(columns, rows)).toEqual(
      new Map([
        ['people', [5, 6]],
        ['bodies', [7, 8]],
      ]),
    );
    const asked: Array<[string, unknown[]]> = [];
    const related = await fetchRelated(
      {
        getMany: async (resource: string, { ids }: { ids: unknown[] }) => {
          asked.push([resource, ids]);
          return { data: ids.filter((id) => id !== 8).map((id) => ({ id, name: `${resource}${id}` })) };
        },
      } as never,
      columns,
      rows,
    );
    expect(asked).toEqual([
      ['people', [5, 6]],
      ['bodies', [7, 8]],
    ]);
    expect(related.get('bodies')?.get('7')?.name).toBe('bodies7');
    expect(related.get('bodies')?.has('8')).toBe(false);
  });
});

describe('files', () => {
  const table: ExportTable = {
    headers: ['姓名', '说明', '人数'],
    rows: [
      ['苗佳慧', 'a, "quoted"\nline', 3],
      ['=1+1', null, 0],
    ],
  };

  it('writes CSV that Excel reads as UTF-8, quoted where needed, with formulas kept as text', () => {
    expect(toCsv(table)).toBe('\uFEFF姓名,说明,人数\r\n苗佳慧,"a, ""quoted""\nline",3\r\n\'=1+1,,0\r\n');
  });

  it('writes a workbook exceljs reads back with the same headers and values', async () => {
    const rows = await readBack(table);
    expect(rows[0]).toEqual(['姓名', '说明', '人数']);
    expect(rows[1]).toEqual(['苗佳慧', 'a, "quoted"\nline', 3]);
    // Text that looks like a formula stays text in a workbook: no apostrophe needed there.
    expect(rows[2][0]).toBe('=1+1');
    expect(rows[2][2]).toBe(0);
    expect(rows).toHaveLength(3);
  });

  it('names sheets and files within what Excel and file systems accept', () => {
    expect(sheetName('a/b:c*d?e[f]g\\h')).toBe('a b c d e f g h');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(exportFileName('Pool entry / pool', '2026-05-01')).toBe('Pool entry   pool-2026-05-01');
  });
});

describe('reading the rows', () => {
  function fakeList(total: number) {
    const calls: Array<{ page: number; perPage: number; filter: unknown; sort: unknown }> = [];
    return {
      calls,
      getList: async (_resource: string, params: { pagination: { page: number; perPage: number }; filter: unknown; sort: unknown }) => {
        const { page, perPage } = params.pagination;
        calls.push({ page, perPage, filter: params.filter, sort: params.sort });
        const start = (page - 1) * perPage;
        const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => ({ id: start + i + 1 }));
        return { data, total };
      },
    };
  }

  it('reads the list in pages the API accepts, with its filter and sort', async () => {
    const provider = fakeList(250);
    const query = { filter: { q: '青川' }, sort: { field: 'name', order: 'ASC' as const } };
    const result = await fetchForExport(provider as never, 'people', query);
    expect(result).toMatchObject({ total: 250, truncated: false });
    expect(result.records).toHaveLength(250);
    expect(provider.calls.map((c) => [c.page, c.perPage])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    expect(provider.calls.every((c) => c.sort === query.sort && c.filter === query.filter)).toBe(true);
  });

  it('stops at the limit and says the list held more', async () => {
    const provider = fakeList(1234);
    const result = await fetchForExport(provider as never, 'people', { filter: {} }, 250);
    expect(result).toMatchObject({ total: 1234, truncated: true });
    expect(result.records.map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(provider.calls).toHaveLength(3);
  });
});

describe('the roots of the reporting tree', () => {
  const authority = (role: Authority['role'], bodyPath: string, extra: Partial<Authority> = {}): Authority => {
    const ids = bodyPath.split('/').filter(Boolean).map(Number);
    return { role, bodyId: ids[ids.length - 1], bodyPath, source: 'membership', sourceId: 1, assignmentId: null, targetId: null, ...extra };
  };
  const abilityOf = (...authorities: Authority[]) => createAppAbility(rulesFor({ accountId: 1, personId: 1, login: 'x', authorities }));

  it('reads the bodies a rule names by id or as the top of a subtree', () => {
    expect(bodyIdsNamedBy({ id: 4 })).toEqual([4]);
    expect(bodyIdsNamedBy({ id: { $in: [1, 4, 9] } })).toEqual([1, 4, 9]);
    expect(bodyIdsNamedBy({ scopePath: { $under: 4 } })).toEqual([4]);
    expect(bodyIdsNamedBy({ $or: [{ id: { $eq: 2 } }, { scopePath: { $under: 5 } }] })).toEqual([2, 5]);
    expect(bodyIdsNamedBy({ kind: 'OFFICE' })).toEqual([]);
  });

  it('understands every rule that lets a role read bodies', () => {
    for (const role of Object.keys(ROLE_RULES) as Authority['role'][]) {
      const ability = abilityOf(authority(role, '/1/4/9/', { assignmentId: 30, targetId: 12 }));
      for (const rule of ability.rulesFor('read', 'Body')) {
        expect({ role, ids: bodyIdsNamedBy(rule.conditions) }).toEqual({ role, ids: expect.arrayContaining([expect.any(Number)]) });
      }
    }
  });

  it('takes as candidates the reporting line and the tops of the scopes', () => {
    expect(rootCandidateIds(abilityOf(authority(MembershipRole.ROSTER_ADMIN, '/1/4/')))).toEqual([1, 4]);
    expect(
      rootCandidateIds(abilityOf(authority(GrantRole.TEAM_LEADER, '/1/3/8/', { source: 'grant', assignmentId: 30, targetId: 12 }))),
    ).toEqual([1, 3, 8, 12]);
  });

  it('keeps the candidates whose parent is not readable', () => {
    const centre = { id: 1, reportsToId: null, path: '/1/' };
    const province = { id: 4, reportsToId: 1, path: '/1/4/' };
    const target = { id: 12, reportsToId: 5, path: '/1/5/12/' };
    expect(parentIdsToCheck([centre, province, target])).toEqual([5]);
    expect(pickRoots([target, province, centre], [])).toEqual([centre, target]);
    expect(pickRoots([target, province, centre], [{ id: 5, reportsToId: 1, path: '/1/5/' }])).toEqual([centre]);
  });
});

describe('against the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function signedIn(login: string) {
    const token = await server.tokenFor(login);
    const me = await server.gql('{ me { rules } }', {}, token);
    return {
      ability: abilityFromPackedRules(me.data.me.rules),
      provider: createDataProvider(createGraphQLClient({ url: server.url, getToken: () => token })),
      token,
    };
  }

  it("finds a provincial administrator's tree from the root of its reporting line, with only its province below", async () => {
    const { ability, provider } = await signedIn('qc.admin');
    const { data: candidates } = await provider.getMany('bodies', { ids: rootCandidateIds(ability) });
    const { data: parents } = await provider.getMany('bodies', { ids: parentIdsToCheck(candidates) });
    const roots = pickRoots(candidates, parents);
    expect(roots.map((body) => body.code)).toEqual(['C']);
    const { data: below } = await provider.getList('bodies', {
      filter: { reportsToId: roots[0].id },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(below.map((body) => body.code)).toEqual(['P-QC']);
  });

  it('exports every person the administrator sees, in a workbook with Chinese headers', async () => {
    const { provider, token } = await signedIn('qc.admin');
    const columns = exportColumns('people');
    const { records, total, truncated } = await fetchForExport(provider, 'people', { filter: {}, sort: { field: 'name', order: 'ASC' } });
    const direct = await server.gql('{ people { totalCount } }', {}, token);
    expect(total).toBe(direct.data.people.totalCount);
    expect(records).toHaveLength(total);
    expect(truncated).toBe(false);
    const table = toExportTable(columns, records, context('people', await fetchRelated(provider, columns, records)));
    const rows = await readBack(table);
    expect(rows[0]).toEqual(['姓名', '职务', '职级', '工作单位', '身份证号', '离册日期']);
    expect(rows).toHaveLength(total + 1);
    const employers = new Set(rows.slice(1).map((row) => row[3]));
    expect(employers).toContain('中共青川省委');
    expect([...employers].some((name) => String(name).startsWith('#'))).toBe(false);
  });
});
