/**
 * What a refusal carries over HTTP for a client to word it in its reader's language: GraphQL's
 * `extensions` and the HTTP routes' JSON name the code, the message's key and parameters of the
 * catalogue (shared/messages.ts), and the field at fault; the English message is the catalogue's
 * English with those parameters.
 */
import { renderMessage } from '../shared/messages';
import { bodyIdByCode } from './support/roster-ops';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const mutate = async (login: string, mutation: string, inputType: string, input: object): Promise<GraphQLResponse> =>
  server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input }, await server.tokenFor(login));

/** The one error of an app refusal, its English message the catalogue's (after the field at fault). */
function onlyError(res: GraphQLResponse) {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  const { messageKey, params, field } = error.extensions as { messageKey: string; params: Record<string, never>; field?: string };
  const english = renderMessage(messageKey, params)!;
  expect(error.message).toBe(field ? `${field}: ${english}` : english);
  return error;
}

describe('a refusal in GraphQL', () => {
  it('names a duplicate round number by key, parameters and field', async () => {
    const leadingGroupId = await bodyIdByCode(server, 'C-LG');
    const targetIds = [await bodyIdByCode(server, 'P-YL-GOV')];
    const input = { leadingGroupId, year: 2031, number: 3, title: '2031年第三轮巡视', targetIds };
    const first = await mutate('office', 'createRound', 'CreateRoundInput', input);
    expect(first.errors).toBeUndefined();
    const error = onlyError(await mutate('office', 'createRound', 'CreateRoundInput', input));
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'round.numberTaken',
      params: { number: 3, year: 2031, plan: first.data.createRound.id },
      field: 'number',
    });
    expect(error.message).toBe(`number: round 3 of 2031 already exists (plan ${first.data.createRound.id})`);
  });

  it('lists the unmet conditions of a stage as messages of their own', async () => {
    const [row] = await server.db.query(
      'SELECT a.id, a.version FROM assignment a JOIN body t ON t.id = a.teamId JOIN body b ON b.id = a.targetId WHERE t.code = ? AND b.code = ? ORDER BY a.id DESC',
      ['C-T03', 'P-DL-NPC'],
    );
    const res = await mutate('office', 'advanceAssignment', 'VersionedInput', { id: Number(row.id), version: Number(row.version) });
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'stage.unmet', field: 'stage' });
    const params = error.extensions!.params as { stage: string; conditions: Array<{ key: string }> };
    expect(params.stage).toBe('INQUIRY');
    expect(params.conditions.length).toBeGreaterThan(1);
    expect(params.conditions.every(({ key }) => key.startsWith('stage.'))).toBe(true);
    expect(error.message).toMatch(/^stage: cannot move to INQUIRY: /);
  });

  it('names the action and the record type of a refused write, and no field', async () => {
    const leadingGroupId = await bodyIdByCode(server, 'C-LG');
    const targetIds = [await bodyIdByCode(server, 'P-YL-GOV')];
    const input = { leadingGroupId, year: 2032, number: 1, title: '2032年第一轮巡视', targetIds };
    const error = onlyError(await mutate('analyst', 'createRound', 'CreateRoundInput', input));
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', messageKey: 'forbidden.action', params: { action: 'create', subject: 'Round' } });
    expect(error.message).toBe('You may not create this Round.');
  });

  it('says a record out of reach is not found, by key', async () => {
    const res = await server.gql('query { body(id: 987654) { id } }', {}, await server.tokenFor('admin'));
    const error = onlyError(res);
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', messageKey: 'record.notFound', params: { subject: 'Body', id: 987654 } });
  });

  it('gives input validation a general key naming the field', async () => {
    const res = await server.gql('query { bodies(page: { take: 101 }) { totalCount } }', {}, await server.tokenFor('admin'));
    const error = res.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'input.max', params: { limit: '100' } });
    expect(String(error.extensions!.field)).toMatch(/take$/);
  });

  it('gives a variable of the wrong type a general key naming the field', async () => {
    const res = await server.gql(
      'query($take: Int!) { bodies(page: { take: $take }) { totalCount } }',
      { take: 'many' },
      await server.tokenFor('admin'),
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'input.variable', field: 'take' });
  });

  it('gives a refusal of a sign-in the same key whatever the login', async () => {
    const res = await server.gql('mutation { login(input: { login: "nobody-at-all", password: "wrong-password-1" }) { token } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.wrongLogin', params: {} });
  });
});

describe('a refusal of an HTTP route', () => {
  it('carries the same key and parameters in its JSON', async () => {
    const token = await server.tokenFor('admin');
    const res = await fetch(`${server.url.replace(/\/graphql$/, '')}/exports/nothing.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toMatchObject({ code: 'NOT_FOUND', messageKey: 'export.notFound', params: { file: 'nothing.csv' } });
    expect(body.error).toBe(renderMessage(body.messageKey, body.params));
  });

  it('names the field of a refused export filter', async () => {
    const token = await server.tokenFor('admin');
    const filter = encodeURIComponent('{"statuses":["NOT_A_STATUS"]}');
    const res = await fetch(`${server.url.replace(/\/graphql$/, '')}/exports/findings.csv?filter=${filter}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'export.filterInvalid', field: 'filter.statuses.0' });
  });
});
