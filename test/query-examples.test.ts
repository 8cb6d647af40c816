/**
 * The example queries of schema/examples: each runs against the real server on the demo data as an
 * analyst and answers data without errors, and the guide shows each of them as it is in its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, GUIDE_FILE, guideWithExamples, readExamples } from '../server/graphql/query-guide';
import { startTestServer, type TestServer } from './support/harness';

const examples = readExamples();
const guide = readFileSync(GUIDE_FILE, 'utf8');

let server: TestServer;
let analyst: string;

beforeAll(async () => {
  server = await startTestServer();
  analyst = await server.tokenFor('analyst');
});
afterAll(() => server?.close());

/** True when some list or group in the answer holds something: an answer of empty lists shows nothing. */
function holdsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(holdsSomething);
  return false;
}

it('has a handful of examples, each with a title', () => {
  expect(examples.length).toBeGreaterThanOrEqual(8);
  for (const example of examples) expect(example.title).toMatch(/ \/ /);
});

describe.each(examples.map((example) => [example.file, example] as const))('the example %s', (_file, example) => {
  it('answers the analyst with data and no errors', async () => {
    const res = await server.gql(example.query, example.variables, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(res.data)) {
      expect([field, holdsSomething(value)]).toEqual([field, true]);
    }
  });

  it('is shown in the guide as it is in its file', () => {
    const text = readFileSync(join(EXAMPLES_DIR, example.file), 'utf8');
    expect(guide).toContain(`schema/examples/${example.file}`);
    expect(guide).toContain(text.trimEnd());
  });
});

it('the guide lists exactly the examples there are (run `npm run schema:emit` after changing them)', () => {
  expect(guideWithExamples(guide, examples)).toBe(guide);
});
