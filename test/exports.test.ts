import { request, type IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EXPORT_PAGE_SIZE } from '../server/http/exports';
import { Finding } from '../server/modules/finding/finding.entity';
import { startTestServer, type TestServer } from './support/harness';

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startTestServer();
  origin = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.close());

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  bytes: Buffer;
  text: string;
  rows: string[][];
}

async function download(
  file: string,
  { login, filter, token }: { login?: string; filter?: unknown; token?: string } = {},
): Promise<Download> {
  const bearer = token ?? (login ? await server.tokenFor(login) : undefined);
  const query = filter === undefined ? '' : `?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`;
  const response = await fetch(`${origin}/exports/${file}${query}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  const isCsv = response.headers.get('content-type')?.startsWith('text/csv') ?? false;
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes,
    text,
    rows: isCsv ? parseCsv(text.replace(/^\uFEFF/, '')) : [],
  };
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('the file does not end with a complete record');
  return rows;
}

/** The records of a CSV download as objects keyed by the header. */
const records = (d: Download) => d.rows.slice(1).map((cells) => Object.fromEntries(d.rows[0].map((h, i) => [h, cells[i]])));

const FILTER_TYPES: Record<string, string> = {
  findings: 'FindingFilter',
  rectificationItems: 'RectificationItemFilter',
  assignments: 'AssignmentFilter',
  intakeItems: 'IntakeItemFilter',
  bodies: 'BodyFilter',
  people: 'PersonFilter',
};

/** Every id the GraphQL list returns for the filter, page by page. */
async function listIds(list: string, login: string, filter: unknown): Promise<{ totalCount: number; ids: number[] }> {
  const token = await server.tokenFor(login);
  const ids: number[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await server.gql(
      `query($filter: ${FILTER_TYPES[list]}, $page: PageInput) { ${list}(filter: $filter, page: $page) { totalCount items { id } } }`,
      { filter, page: { skip, take: 100 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const totalCount: number = res.data[list].totalCount;
    ids.push(...res.data[list].items.map((item: { id: number }) => item.id));
    if (ids.length >= totalCount) return { totalCount, ids: ids.sort((a, b) => a - b) };
  }
}

const bodyPath = async (code: string): Promise<string> =>
  (await server.db.query('SELECT scopePath FROM body WHERE code = ?', [code]))[0].scopePath;

describe('CSV exports select what the list selects', () => {
  it.each([
    ['findings', 'analyst', {}],
    ['findings', 'qc.analyst', {}],
    ['findings', 'qc.analyst', { categories: ['CORRUPTION', 'WORK_STYLE'], urgent: false }],
    ['rectificationItems', 'analyst', { overdue: true }],
    ['rectificationItems', 'liaison', {}],
    ['assignments', 'analyst', { stages: ['CLOSED', 'FEEDBACK'] }],
    ['intakeItems', 'team1', {}],
    ['intakeItems', 'analyst', { roundId: 1 }],
    ['bodies', 'qc.admin', { kinds: ['INSPECTION_TEAM'], includeRetired: true }],
    ['people', 'yl.admin', {}],
    ['people', 'admin', { q: '省', ranks: ['DIVISION', 'BUREAU'] }],
  ])('%s as %s with %j: the same records as the list', async (list, login, filter) => {
    const [csv, listed] = await Promise.all([download(`${list}.csv`, { login, filter }), listIds(list, login, filter)]);
    expect(csv.status).toBe(200);
    const ids = records(csv).map((r) => Number(r.id));
    expect(ids).toHaveLength(listed.totalCount);
    expect(ids).toEqual(listed.ids);
  });

  it('gives a provincial analyst only its own province', async () => {
    const [province, all] = await Promise.all([
      download('findings.csv', { login: 'qc.analyst' }),
      download('findings.csv', { login: 'analyst' }),
    ]);
    const qingchuan = await bodyPath('P-QC');
    const rows = records(province);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(records(all).length);
    expect(rows.filter((r) => !r.teamPath.startsWith(qingchuan))).toEqual([]);
  });

  it('applies a filter naming a body outside your scope as the list does: NOT_FOUND', async () => {
    const [donglan] = await server.db.query("SELECT id FROM body WHERE code = 'P-DL'");
    const res = await download('people.csv', { login: 'qc.admin', filter: { under: donglan.id } });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).error).toMatch(/not found/);
  });
});

describe('the file', () => {
  it('is UTF-8 with a byte order mark and a header row of the API field names', async () => {
    const res = await download('findings.csv', { login: 'analyst', filter: { ids: [1] } });
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="findings.csv"');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.rows[0].slice(0, 8)).toEqual([
      'id',
      'version',
      'createdAt',
      'updatedAt',
      'assignmentId',
      'teamPath',
      'targetId',
      'subjectPersonId',
    ]);
    expect(res.rows[0]).toEqual(expect.arrayContaining(['category', 'status', 'evidenceSummary', 'urgent', 'targetPath']));
    expect(res.rows).toHaveLength(2);
    expect(records(res)[0]).toMatchObject({ id: '1', urgent: expect.stringMatching(/^(true|false)$/) });
  });

  it('never holds a protected or secret field, even for a caller whose rules name it', async () => {
    const token = await server.tokenFor('qc.admin');
    const people = await server.gql('{ people(page: { take: 100 }) { items { idNumber } } }', {}, token);
    expect(people.data.people.items.some((p: { idNumber: string | null }) => p.idNumber)).toBe(true);
    const csv = await download('people.csv', { login: 'qc.admin' });
    expect(csv.rows[0]).not.toContain('idNumber');
    const idNumbers = (await server.db.query('SELECT idNumber FROM person WHERE idNumber IS NOT NULL')).map(
      (p: { idNumber: string }) => p.idNumber,
    );
    expect(idNumbers.filter((n: string) => csv.text.includes(n))).toEqual([]);

    const assignments = await download('assignments.csv', { login: 'office' });
    expect(assignments.rows[0]).not.toContain('intakeToken');
    const intake = await download('intakeItems.csv', { login: 'team1' });
    expect(intake.rows[0]).toEqual([
      'id',
      'version',
      'createdAt',
      'updatedAt',
      'assignmentId',
      'teamPath',
      'channel',
      'receivedOn',
      'content',
      'anonymous',
    ]);
    expect((await download('intakeInformants.csv', { login: 'team1' })).status).toBe(404);
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', async () => {
    const [{ id }] = await server.db.query('SELECT id FROM finding ORDER BY id LIMIT 1');
    const texts = {
      evidenceSummary: 'He said "stop", then left,\r\nand came back\nlater',
      subKind: '=HYPERLINK("http://x")',
      decisionNote: '@SUM(A1:A9)',
      outcome: '-2+3',
      routingOverride: '+cmd|/c calc',
    };
    await server.db.query(
      'UPDATE finding SET evidenceSummary = ?, subKind = ?, decisionNote = ?, outcome = ?, routingOverride = ? WHERE id = ?',
      [...Object.values(texts), id],
    );
    const res = await download('findings.csv', { login: 'analyst', filter: { ids: [id] } });
    expect(res.text).toContain('"He said ""stop"", then left,\r\nand came back\nlater"');
    expect(records(res)[0]).toMatchObject({
      evidenceSummary: texts.evidenceSummary,
      subKind: `'${texts.subKind}`,
      decisionNote: `'${texts.decisionNote}`,
      outcome: `'${texts.outcome}`,
      routingOverride: `'${texts.routingOverride}`,
      teamPath: expect.stringMatching(/^\/\d/),
    });
  });
});

describe('refusals', () => {
  it('asks for a token (401) when there is none or it is not valid', async () => {
    for (const res of [await download('findings.csv'), await download('findings.csv', { token: 'not-a-token' })]) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).error).toMatch(/sign in/i);
    }
  });

  it('names the exports there are when asked for one that is not (404)', async () => {
    for (const file of ['nothing.csv', 'findings.xlsx', 'findings', 'accounts.csv']) {
      const res = await download(file, { login: 'analyst' });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text).error).toMatch(/findings\.csv.*people\.csv/);
    }
  });

  it.each([
    ['{"categories":', /filter is not valid JSON/],
    ['[1, 2]', /filter: Expected type "FindingFilter" to be an object/],
    [{ assignmentId: 'one' }, /filter\.assignmentId: Int cannot represent/],
    [{ categories: ['NO_SUCH'] }, /filter\.categories\.0: Value "NO_SUCH" does not exist/],
    [{ colour: 'red' }, /filter: Field "colour" is not defined/],
    [{ categories: ['CORRUPTION', 'CORRUPTION', 'CORRUPTION', 'CORRUPTION', 'CORRUPTION'] }, /filter\.categories: .*no more than 4/],
    [{ assignmentId: 0 }, /filter\.assignmentId: .*not be less than 1/],
  ])('refuses the filter %j with a clear message (400)', async (filter, message) => {
    const res = await download('findings.csv', { login: 'analyst', filter });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error).toMatch(message);
  });
});

describe('a large export', () => {
  const BULK_ROWS = 20_000;
  // Rows of about 3 kB make the file (some 60 MB) far larger than what the sockets can buffer.
  const LONG_TEXT = 'x'.repeat(3000);
  let total: number;

  beforeAll(async () => {
    const metadata = server.db.getMetadata(Finding);
    const q = (name: string) => server.db.driver.escape(name);
    const columns = metadata.columns.map((c) => c.databaseName).filter((c) => c !== 'id');
    const digits = `(SELECT 0 AS d ${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => `UNION ALL SELECT ${d}`).join(' ')})`;
    const [{ id: sourceId }] = await server.db.query('SELECT id FROM finding ORDER BY id DESC LIMIT 1');
    // Copies of one finding, a quarter at a time.
    for (let quarter = 0; quarter < 4; quarter++) {
      await server.db.query(
        `INSERT INTO ${q('finding')} (${columns.map(q).join(', ')}) ` +
          `SELECT ${columns.map((c) => (c === 'evidenceSummary' ? '?' : `f.${q(c)}`)).join(', ')} ` +
          `FROM ${q('finding')} f, ${digits} d1, ${digits} d2, ${digits} d3, ${digits} d4 WHERE f.id = ? LIMIT ${BULK_ROWS / 4}`,
        [LONG_TEXT, sourceId],
      );
    }
    const res = await server.gql('{ findings { totalCount } }', {}, await server.tokenFor('analyst'));
    total = res.data.findings.totalCount;
    expect(total).toBeGreaterThanOrEqual(BULK_ROWS);
  }, 120_000);

  /** Counts the page statements the export runs from now on. */
  function countPageStatements() {
    const spy = jest.spyOn(server.db.logger, 'logQuery');
    return {
      get count() {
        return spy.mock.calls.filter(([sql]) => /finding/.test(sql) && new RegExp(`LIMIT ${EXPORT_PAGE_SIZE}\\b`).test(sql)).length;
      },
      stop: () => spy.mockRestore(),
    };
  }

  /** Opens the export and hands over the response unread: nothing is taken from the socket until the test reads. */
  async function openExport(): Promise<IncomingMessage> {
    const token = await server.tokenFor('analyst');
    return new Promise((resolve, reject) => {
      const req = request(`${origin}/exports/findings.csv`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.pause();
        resolve(res);
      });
      req.on('error', reject).end();
    });
  }

  /** Waits until `read()` has not changed for a while: the server is waiting, or has finished. */
  async function settled(read: () => number, quietMs = 600, limitMs = 20_000): Promise<number> {
    const started = Date.now();
    let last = read();
    let since = Date.now();
    while (Date.now() - started < limitMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = read();
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) break;
    }
    return last;
  }

  /** Records in a stream of CSV bytes: line feeds outside quotes (a doubled quote toggles twice). */
  function recordCounter() {
    let quoted = false;
    let lines = 0;
    let bytes = 0;
    return {
      feed(chunk: Buffer) {
        bytes += chunk.length;
        for (const byte of chunk) {
          if (byte === 0x22) quoted = !quoted;
          else if (byte === 0x0a && !quoted) lines++;
        }
      },
      get records() {
        return lines - 1;
      },
      get bytes() {
        return bytes;
      },
    };
  }

  /** The size of what is alive on the heap, after a full collection. */
  function liveHeap(): number {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return process.memoryUsage().heapUsed;
  }

  it('waits for a slow client instead of reading ahead, then delivers every row', async () => {
    const pages = Math.floor(total / EXPORT_PAGE_SIZE) + 1;
    const statements = countPageStatements();
    try {
      const res = await openExport();
      expect(res.statusCode).toBe(200);
      // Unread, the response fills the socket buffers (a few MB) and the server stops there.
      const readWhilePaused = await settled(() => statements.count);
      expect(readWhilePaused).toBeGreaterThan(0);
      expect(readWhilePaused).toBeLessThan(pages / 2);

      const counter = recordCounter();
      await new Promise<void>((resolve, reject) => {
        res
          .on('data', (chunk: Buffer) => counter.feed(chunk))
          .on('end', resolve)
          .on('error', reject);
        res.resume();
      });
      expect(counter.records).toBe(total);
      expect(counter.bytes).toBeGreaterThan(total * LONG_TEXT.length);
      expect(statements.count).toBe(pages);
    } finally {
      statements.stop();
    }
  }, 120_000);

  it('keeps the heap flat while 60 MB go out', async () => {
    const before = liveHeap();
    let peak = before;
    const counter = recordCounter();
    const res = await openExport();
    let sampledAt = 0;
    await new Promise<void>((resolve, reject) => {
      res
        .on('data', (chunk: Buffer) => {
          counter.feed(chunk);
          // Sampled about once a page, during the whole transfer.
          if (counter.bytes - sampledAt >= 3 * 2 ** 20) {
            sampledAt = counter.bytes;
            peak = Math.max(peak, liveHeap());
          }
        })
        .on('end', resolve)
        .on('error', reject);
      res.resume();
    });
    expect(counter.records).toBe(total);
    const growthMb = (peak - before) / 2 ** 20;
    const exportMb = counter.bytes / 2 ** 20;
    // One page (a thousand rows of 3 kB, as entities and as CSV) is what may be held at once.
    expect(growthMb).toBeLessThan(exportMb / 4);
  }, 120_000);

  it('stops reading when the client goes away', async () => {
    const statements = countPageStatements();
    try {
      const res = await openExport();
      await new Promise((resolve) => res.once('data', resolve).resume());
      res.destroy();
      const readBeforeLeaving = await settled(() => statements.count);
      expect(readBeforeLeaving).toBeLessThan(Math.floor(total / EXPORT_PAGE_SIZE) / 2);
    } finally {
      statements.stop();
    }
  }, 60_000);
});
