/**
 * People and bodies sorted by name come in pinyin order (丁 ding before 严 yan), not in the order
 * of character codes; the key is kept as names are written, and filled for rows already on file.
 */
import { backfillNameSortKeys } from '../server/db/name-sort-key-backfill';
import { nameSortKey } from '../server/modules/common/name-sort-key';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const byPinyin = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the key', () => {
  it('orders by pinyin, a shorter syllable first, and reads a surname as a surname', () => {
    expect(nameSortKey('丁梦溪', 'person')).toBe('ding1 meng4 xi1');
    expect(nameSortKey('仇建国', 'person')).toMatch(/^qiu2 /);
    expect(nameSortKey('单雄', 'person')).toMatch(/^shan4 /);
    const names = ['严可欣', '丁梦溪', '李明', '林一', '仇建国'];
    const sorted = [...names].sort((a, b) => byPinyin(nameSortKey(a, 'person'), nameSortKey(b, 'person')));
    expect(sorted).toEqual(['丁梦溪', '李明', '林一', '仇建国', '严可欣']);
    // Character codes order them otherwise: 丁 U+4E01, 严 U+4E25, 仇 U+4EC7, 李 U+674E, 林 U+6797.
    expect([...names].sort()).toEqual(['丁梦溪', '严可欣', '仇建国', '李明', '林一']);
  });

  it('keeps to ASCII, so that both databases compare keys alike', () => {
    expect(nameSortKey('女子 A组', 'body')).toMatch(/^[ -~]+$/);
    expect(nameSortKey('吕梁', 'body')).toBe('lv3 liang2');
  });
});

type Named = { id: number; name: string };

async function allSorted(list: 'people' | 'bodies', login: string, direction: 'ASC' | 'DESC' = 'ASC'): Promise<Named[]> {
  const token = await server.tokenFor(login);
  const rows: Named[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await server.gql(
      `query($page: PageInput) { ${list}(sort: [{ field: NAME, direction: ${direction} }], page: $page) { items { id name } } }`,
      { page: { skip, take: 100 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    rows.push(...res.data[list].items);
    if (res.data[list].items.length < 100) return rows;
  }
}

function inPinyinOrder(rows: Named[], kind: 'person' | 'body', direction = 1): boolean {
  return rows.every((row, i) => i === 0 || byPinyin(nameSortKey(rows[i - 1].name, kind), nameSortKey(row.name, kind)) * direction <= 0);
}

describe('lists sorted by name', () => {
  it.each([
    ['people', 'admin', 'person'],
    ['bodies', 'admin', 'body'],
    ['people', 'qc.admin', 'person'],
  ] as const)('lists %s in pinyin order, both ways (as %s)', async (list, login, kind) => {
    const rows = await allSorted(list, login);
    expect(rows.length).toBeGreaterThan(5);
    expect(inPinyinOrder(rows, kind)).toBe(true);
    // Not merely the order of character codes, which the demo's names would give otherwise.
    expect(rows.map((r) => r.name)).not.toEqual(rows.map((r) => r.name).sort());
    const descending = await allSorted(list, login, 'DESC');
    expect(inPinyinOrder(descending, kind, -1)).toBe(true);
  });

  it('puts 丁 before 严 among the demo’s people', async () => {
    const names = (await allSorted('people', 'admin')).map((r) => r.name);
    expect(names.indexOf('丁梦溪')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('丁梦溪')).toBeLessThan(names.indexOf('严可欣'));
  });

  it('keeps the key as a name is created and changed', async () => {
    const token = await server.tokenFor('admin');
    const parent = await server.gql('{ bodies(filter: { kinds: [PARTY_COMMITTEE] }, page: { take: 1 }) { items { id } } }', {}, token);
    const created = await server.gql(
      'mutation($input: CreateBodyInput!) { createBody(input: $input) { id version } }',
      {
        input: {
          code: 'SORT-KEY-1',
          name: '阿城测试委员会',
          nameEn: 'Acheng test committee',
          kind: 'PARTY_COMMITTEE',
          level: 'COUNTY',
          reportsToId: parent.data.bodies.items[0].id,
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data.createBody;
    const first = async () => (await allSorted('bodies', 'admin'))[0];
    expect((await first()).id).toBe(id);
    const renamed = await server.gql(
      'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { name } }',
      { input: { id, version, name: '左城测试委员会' } },
      token,
    );
    expect(renamed.errors).toBeUndefined();
    const rows = await allSorted('bodies', 'admin');
    expect(rows[0].id).not.toBe(id);
    expect(inPinyinOrder(rows, 'body')).toBe(true);
  });
});

it('fills the key of every person and body already on file', async () => {
  await server.db.query("UPDATE person SET nameSortKey = ''");
  await server.db.query("UPDATE body SET nameSortKey = ''");
  const runner = server.db.createQueryRunner();
  try {
    await backfillNameSortKeys(runner);
  } finally {
    await runner.release();
  }
  for (const [table, kind] of [
    ['person', 'person'],
    ['body', 'body'],
  ] as const) {
    const rows: Array<{ name: string; nameSortKey: string }> = await server.db.query(`SELECT name, nameSortKey FROM ${table}`);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.nameSortKey).toBe(nameSortKey(row.name, kind));
  }
});
