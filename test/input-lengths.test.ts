/**
 * Every text a client can send has a maximum, checked with the rest of the input: a text one
 * character too long is refused as BAD_USER_INPUT naming the field, with nothing written, and a
 * text of exactly the maximum, in three-byte Chinese characters, is stored whole on SQLite and
 * MariaDB alike (MariaDB refused an informant's name over 60 characters as "Data too long", an
 * internal error, and SQLite kept it longer than its column). The maxima fit the columns: a
 * VARCHAR(n) holds n, a TEXT column 21,845 UTF-16 units of 3 bytes at most; and an inspection's
 * records holding every text at its maximum at once still fit the audit trail's JSON snapshot of
 * each, a TEXT column too.
 */
import { createHash } from 'node:crypto';
import { getMetadataStorage as validationMetadata, ValidationTypes } from 'class-validator';
import { GraphQLString, getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLInputObjectType } from 'graphql';
import { getMetadataStorage as schemaMetadata, type ClassType } from 'type-graphql';
import { buildAppSchema } from '../server/graphql/schema';
import { MAX_BYTES_PER_UNIT, TEXT_COLUMN_BYTES, TEXT_LENGTH } from '../server/modules/common/text-length';
import { SAVED_QUERY_LIMITS } from '../server/modules/saved-query/saved-query.entity';
import { codes, startTestServer, type GraphQLResponse, type TestServer } from './support/harness';
import { bodyIdByCode } from './support/roster-ops';
import { dayFromToday } from '../server/modules/common/calendar';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// ---------------------------------------------------------------------------------------------
// The static walk: every text field of every input type, against the column that keeps it

/**
 * Where an input type's texts are kept when its name does not say: `Create<Entity>Input` and
 * `Update<Entity>Input` keep each text in the entity's column of the same name. A column is named
 * `property` of that entity or `Entity.property`.
 */
const STORED_IN: Record<string, { entity: string; columns?: Record<string, string> }> = {
  // Whatever is retired keeps the day in a retiredOn of its own; all are DATE_COLUMNs.
  RetireInput: { entity: 'Body', columns: { on: 'retiredOn' } },
  StaffAssignmentInput: { entity: 'AssignmentMember' },
  AppointLeaderInput: { entity: 'LeaderGrant' },
  RevokeLeaderGrantInput: { entity: 'LeaderGrant', columns: { reason: 'revokedReason' } },
  RemoveStaffInput: { entity: 'AssignmentMember', columns: { reason: 'removedReason' } },
  ReplaceStaffInput: { entity: 'AssignmentMember', columns: { reason: 'removedReason' } },
  RequestBriefingInput: { entity: 'Briefing' },
  ReceiveBriefingInput: { entity: 'Briefing' },
  FindingDecisionInput: { entity: 'Finding', columns: { note: 'decisionNote' } },
  TransferFindingInput: { entity: 'Finding', columns: { overrideReason: 'routingOverride' } },
  ConcludeFindingInput: { entity: 'Finding' },
  InformantInput: { entity: 'IntakeInformant' },
  IntervieweeInput: { entity: 'TalkInterviewee' },
  RaiseFindingFromTalkInput: { entity: 'Finding' },
  PublicReportInput: { entity: 'IntakeItem', columns: { intakeKey: 'Assignment.intakeToken' } },
  RecordProgressInput: { entity: 'RectificationItem' },
  VerifyRectificationInput: { entity: 'RectificationItem', columns: { note: 'returnNote' } },
  HearReportInput: { entity: 'Report' },
  OpenDeeperInquiryInput: { entity: 'DeeperInquiry' },
  DecideDeeperInquiryInput: { entity: 'DeeperInquiry', columns: { note: 'decisionNote' } },
  AnswerHelpRequestInput: { entity: 'HelpRequest' },
  DeclineHelpRequestInput: { entity: 'HelpRequest', columns: { reason: 'declineReason' } },
  DecideMembershipInput: { entity: 'Membership', columns: { note: 'decisionNote' } },
};

/**
 * Bare text arguments whose resolver checks them before any use: a name search refuses more than
 * the longest name (assignment/candidates.ts `searchTerm`), and a record type must be one of the
 * schema's.
 */
const CHECKED_BY_ITS_RESOLVER = [
  'Query.staffCandidates(search)',
  'Query.leaderCandidates(search)',
  'Query.planTargetChoices(search)',
  'Query.history(subject)',
];

/** Texts that are compared or searched for, never kept as sent (a password is kept as a hash). */
const NOT_STORED: Record<string, string[]> = {
  LoginInput: ['login', 'password'],
  CreateAccountInput: ['password'],
  ResetPasswordInput: ['password'],
  ChangePasswordInput: ['currentPassword', 'newPassword'],
  AccountFilter: ['q'],
  BodyFilter: ['q'],
  PersonFilter: ['q'],
  LeaderGrantFilter: ['validOn'],
  MembershipFilter: ['currentOn'],
  FindingFilter: ['q', 'from', 'to'],
  IntakeItemFilter: ['q', 'from', 'to'],
  RectificationItemFilter: ['q', 'from', 'to'],
  SupervisionItemFilter: ['q', 'from', 'to'],
  DeeperInquiryFilter: ['q', 'from', 'to'],
  HelpRequestFilter: ['q', 'from', 'to'],
  TalkFilter: ['q', 'from', 'to'],
  RecordsRequestFilter: ['q', 'from', 'to'],
};

/** The most UTF-16 units a TEXT column holds whatever they are. */
const TEXT_COLUMN_UNITS = Math.floor(TEXT_COLUMN_BYTES / MAX_BYTES_PER_UNIT);

function inputClass(type: GraphQLInputObjectType): ClassType {
  const found = schemaMetadata().inputTypes.find((t) => t.name === type.name);
  if (!found) throw new Error(`no class for input type ${type.name}`);
  return found.target as ClassType;
}

/** The [min, max] of a field's TextLength, inherited ones included; undefined when it has none. */
function lengthOf(target: ClassType, property: string): [number, number] | undefined {
  const found = validationMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === property && m.name === TEXT_LENGTH);
  return found ? [found.constraints[0], found.constraints[1]] : undefined;
}

function validatesNested(target: ClassType, property: string): boolean {
  return validationMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .some((m) => m.propertyName === property && m.type === ValidationTypes.NESTED_VALIDATION);
}

/** How many units the column keeping `InputType.field` holds; null when the text is not kept; undefined when nobody said. */
function capacityOf(typeName: string, field: string): number | null | undefined {
  if (NOT_STORED[typeName]?.includes(field)) return null;
  const entity = STORED_IN[typeName]?.entity ?? /^(?:Create|Update)(\w+)Input$/.exec(typeName)?.[1];
  if (!entity || !server.db.hasMetadata(entity)) return undefined;
  const named = STORED_IN[typeName]?.columns?.[field] ?? field;
  const [owner, property] = named.includes('.') ? named.split('.') : [entity, named];
  const column = server.db.getMetadata(owner).findColumnWithPropertyName(property);
  if (!column) return undefined;
  if (column.type === 'text') return TEXT_COLUMN_UNITS;
  if (column.type === 'varchar') return Number(column.length);
  throw new Error(`${owner}.${property} is a ${String(column.type)} column`);
}

describe('the static walk', () => {
  it('finds a maximum on every text field of every input type, no larger than the column that keeps it, and says it', async () => {
    const schema = await buildAppSchema();
    const problems: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      const target = inputClass(type);
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        const named = getNamedType(field.type);
        // A nested input is checked only when its field says so: the informant's name was not.
        if (isInputObjectType(named) && !validatesNested(target, field.name)) problems.push(`${name} is not validated as nested`);
        if (named !== GraphQLString) continue;
        checked++;
        const bounds = lengthOf(target, field.name);
        if (!bounds) {
          problems.push(`${name} has no TextLength`);
          continue;
        }
        const [min, max] = bounds;
        const capacity = capacityOf(type.name, field.name);
        if (capacity === undefined) problems.push(`${name}: say which column keeps it (STORED_IN) or that none does (NOT_STORED)`);
        else if (capacity !== null && max > capacity) problems.push(`${name}: at most ${max}, but its column holds ${capacity}`);
        // A fixed length is a format (a day, an identity card number), which the description gives.
        const said =
          min === max
            ? /YYYY-MM-DD/.test(field.description ?? '') || field.description?.includes(`${max} characters`)
            : field.description?.includes(`${max} characters`);
        if (!said) problems.push(`${name}: the description does not give the maximum (${max} characters): "${field.description}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });

  it('finds no text argument outside an input type, where nothing would check its length', async () => {
    const schema = await buildAppSchema();
    const bare: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          const name = `${type.name}.${field.name}(${arg.name})`;
          if (getNamedType(arg.type) === GraphQLString && !CHECKED_BY_ITS_RESOLVER.includes(name)) bare.push(name);
        }
      }
    }
    expect(bare).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The live walk, through the real server

const day = (offset: number) => dayFromToday(offset);
const CHINESE = (n: number) => '巡'.repeat(n);

async function run(
  login: string | null,
  mutation: string,
  inputType: string,
  input: object,
  fields = 'id version',
): Promise<GraphQLResponse> {
  const token = login ? await server.tokenFor(login) : undefined;
  return server.gql(`mutation($input: ${inputType}!) { result: ${mutation}(input: $input) { ${fields} } }`, { input }, token);
}

async function ok(login: string | null, mutation: string, inputType: string, input: object, fields = 'id version'): Promise<any> {
  const res = await run(login, mutation, inputType, input, fields);
  if (res.errors) throw new Error(`${login} ${mutation}: ${JSON.stringify(res.errors).slice(0, 500)}`);
  return res.data.result;
}

const tableOf = (entity: string) => server.db.getMetadata(entity).tableName;
const columnOf = (entity: string, property: string) => server.db.getMetadata(entity).findColumnWithPropertyName(property)!.databaseName;

/** The audit trail's head and a digest of every row of the tables: what a refused write must leave as it was. */
async function state(entities: string[]): Promise<string> {
  const [head] = await server.db.query('SELECT lastEntryId, lastHash FROM audit_head');
  const rows = await Promise.all(entities.map((e) => server.db.query(`SELECT * FROM ${tableOf(e)} ORDER BY id`)));
  return `head ${head.lastEntryId} ${head.lastHash}, rows ${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`;
}

interface Bound {
  login: string | null;
  mutation: string;
  inputType: string;
  /** The input with `text` in the field under test. */
  input: (text: string) => object;
  /** The field as the error names it (`informant.name`, `decisions.0.note`). */
  field: string;
  max: number;
  /** Where the text is kept, and the row that keeps it given the answer (by the answer's id unless said). */
  stored?: { entity: string; property: string; row?: (answer: any) => Promise<number> | number };
  fill?: (n: number) => string;
  fields?: string;
}

/**
 * A text one unit over the maximum is refused as BAD_USER_INPUT naming the field, and changes
 * nothing; one of exactly the maximum is taken, and stored whole. Returns the second answer.
 */
async function bounded(b: Bound): Promise<any> {
  const fill = b.fill ?? CHINESE;
  const watched = [...new Set(['AuditEntry', ...(b.stored ? [b.stored.entity] : [])])];
  // Signed in first: signing in notes the time on the account.
  if (b.login) await server.tokenFor(b.login);
  const before = await state(watched);
  const over = await run(b.login, b.mutation, b.inputType, b.input(fill(b.max + 1)), b.fields);
  expect([b.mutation, b.field, codes(over)]).toEqual([b.mutation, b.field, ['BAD_USER_INPUT']]);
  expect([b.mutation, over.errors![0].extensions?.field]).toEqual([b.mutation, b.field]);
  expect(over.errors![0].message).toContain(`${b.field}: must be`);
  expect(await state(watched)).toBe(before);

  const exact = fill(b.max);
  const answer = await ok(b.login, b.mutation, b.inputType, b.input(exact), b.fields);
  if (b.stored) {
    const id = b.stored.row ? await b.stored.row(answer) : answer.id;
    const [row] = await server.db.query(
      `SELECT ${columnOf(b.stored.entity, b.stored.property)} AS text FROM ${tableOf(b.stored.entity)} WHERE id = ?`,
      [id],
    );
    expect([b.mutation, b.field, row.text.length]).toEqual([b.mutation, b.field, exact.length]);
    expect(row.text === exact).toBe(true);
  }
  return answer;
}

const personId = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);

describe('the live walk: rosters (admin)', () => {
  let qc: number;
  let qcLg: number;
  beforeAll(async () => {
    qc = await bodyIdByCode(server, 'P-QC');
    qcLg = await bodyIdByCode(server, 'P-QC-LG');
  });

  const personInput = (over: object) => ({ name: '测试人员', position: '干部', rank: 'STAFF', employerId: qc, managedById: qc, ...over });

  it('a person: name and position', async () => {
    const created = await bounded({
      login: 'admin',
      mutation: 'createPerson',
      inputType: 'CreatePersonInput',
      field: 'name',
      max: 60,
      input: (name) => personInput({ name }),
      stored: { entity: 'Person', property: 'name' },
      fields: 'id version name',
    });
    expect(created.name).toBe(CHINESE(60));
    await bounded({
      login: 'admin',
      mutation: 'createPerson',
      inputType: 'CreatePersonInput',
      field: 'position',
      max: 120,
      input: (position) => personInput({ position }),
      stored: { entity: 'Person', property: 'position' },
    });
    let person = created;
    for (const [field, max] of [
      ['name', 60],
      ['position', 120],
    ] as const) {
      person = await bounded({
        login: 'admin',
        mutation: 'updatePerson',
        inputType: 'UpdatePersonInput',
        field,
        max,
        input: (text) => ({ id: person.id, version: person.version, [field]: text }),
        stored: { entity: 'Person', property: field },
      });
    }
  });

  it('counts every UTF-16 unit, so that a text within the maximum fits its column on MariaDB too', async () => {
    // validator.js counts 'a' followed by a variation selector once: 62 characters passed a maximum of 60.
    const selectors = 'a\uFE0F'.repeat(31);
    const before = await state(['Person']);
    const refused = await run('admin', 'createPerson', 'CreatePersonInput', personInput({ name: selectors }));
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions?.field).toBe('name');
    expect(refused.errors![0].message).toContain('name: must be at most 60 characters, got 62');
    expect(await state(['Person'])).toBe(before);
    // Four-byte characters count twice and are kept whole.
    const rare = '𠀀'.repeat(30);
    const taken = await ok('admin', 'createPerson', 'CreatePersonInput', personInput({ name: rare }), 'id name');
    expect(taken.name).toBe(rare);
    expect((await server.db.query('SELECT name FROM person WHERE id = ?', [taken.id]))[0].name).toBe(rare);
  });

  it('a body: code, name and English name', async () => {
    const input = (over: object) => ({
      code: `LEN-${Date.now() % 100000}`,
      name: '测试单位',
      nameEn: 'Test unit',
      kind: 'OTHER_UNIT',
      level: 'COUNTY',
      reportsToId: qc,
      ...over,
    });
    let body = await bounded({
      login: 'admin',
      mutation: 'createBody',
      inputType: 'CreateBodyInput',
      field: 'code',
      max: 40,
      input: (code) => input({ code }),
      fill: (n) => 'A'.repeat(n),
      stored: { entity: 'Body', property: 'code' },
    });
    for (const [field, max] of [
      ['name', 120],
      ['nameEn', 200],
    ] as const) {
      await bounded({
        login: 'admin',
        mutation: 'createBody',
        inputType: 'CreateBodyInput',
        field,
        max,
        input: (text) => input({ code: `LEN-${field}`, [field]: text }),
        stored: { entity: 'Body', property: field },
      });
    }
    for (const [field, max, fill] of [
      ['code', 40, (n: number) => 'B'.repeat(n)],
      ['name', 120, CHINESE],
      ['nameEn', 200, CHINESE],
    ] as const) {
      body = await bounded({
        login: 'admin',
        mutation: 'updateBody',
        inputType: 'UpdateBodyInput',
        field,
        max,
        fill,
        input: (text) => ({ id: body.id, version: body.version, [field]: text }),
        stored: { entity: 'Body', property: field },
      });
    }
  });

  it("a person's relative, a pool entry and an account", async () => {
    const person = await ok('admin', 'createPerson', 'CreatePersonInput', personInput({ name: '关系测试' }));
    for (const [field, max] of [
      ['relativeName', 60],
      ['relation', 40],
    ] as const) {
      await bounded({
        login: 'admin',
        mutation: 'createPersonRelation',
        inputType: 'CreatePersonRelationInput',
        field,
        max,
        input: (text) => ({ personId: person.id, relativeName: '亲属', relation: '配偶', relativeBodyId: qc, [field]: text }),
        stored: { entity: 'PersonRelation', property: field },
      });
    }
    const entry = await bounded({
      login: 'admin',
      mutation: 'createPoolEntry',
      inputType: 'CreatePoolEntryInput',
      field: 'note',
      max: 500,
      input: (note) => ({ personId: person.id, leadingGroupId: qcLg, since: day(-10), note }),
      stored: { entity: 'PoolEntry', property: 'note' },
    });
    await bounded({
      login: 'admin',
      mutation: 'updatePoolEntry',
      inputType: 'UpdatePoolEntryInput',
      field: 'note',
      max: 500,
      input: (note) => ({ id: entry.id, version: entry.version, note }),
      stored: { entity: 'PoolEntry', property: 'note' },
    });

    const account = await bounded({
      login: 'admin',
      mutation: 'createAccount',
      inputType: 'CreateAccountInput',
      field: 'login',
      max: 60,
      fill: (n) => 'a'.repeat(n),
      input: (login) => ({ login, password: 'long-enough-password', personId: person.id }),
      stored: { entity: 'Account', property: 'login' },
    });
    const other = await ok('admin', 'createPerson', 'CreatePersonInput', personInput({ name: '口令测试' }));
    await bounded({
      login: 'admin',
      mutation: 'createAccount',
      inputType: 'CreateAccountInput',
      field: 'password',
      max: 200,
      fill: (n) => 'p'.repeat(n),
      input: (password) => ({ login: 'length.password', password, personId: other.id }),
    });
    const renamed = await bounded({
      login: 'admin',
      mutation: 'updateAccount',
      inputType: 'UpdateAccountInput',
      field: 'login',
      max: 60,
      fill: (n) => 'b'.repeat(n),
      input: (login) => ({ id: account.id, version: account.version, login }),
      stored: { entity: 'Account', property: 'login' },
    });
    await bounded({
      login: 'admin',
      mutation: 'resetPassword',
      inputType: 'ResetPasswordInput',
      field: 'password',
      max: 200,
      fill: (n) => 'q'.repeat(n),
      input: (password) => ({ id: renamed.id, version: renamed.version, password }),
    });
  });

  it("a decision on a proposed membership: the leading group's note", async () => {
    const person = await ok('admin', 'createPerson', 'CreatePersonInput', personInput({ name: '选配测试' }));
    const proposal = await ok(
      'admin',
      'createMembership',
      'CreateMembershipInput',
      { personId: person.id, bodyId: await bodyIdByCode(server, 'P-QC-T1'), role: 'TEAM_MEMBER', since: day(0) },
      'id version status',
    );
    expect(proposal.status).toBe('PENDING');
    const refused = await bounded({
      login: 'lg.leader',
      mutation: 'refuseMembership',
      inputType: 'DecideMembershipInput',
      field: 'note',
      max: 500,
      fields: 'id version status',
      input: (note) => ({ id: proposal.id, version: proposal.version, note }),
      stored: { entity: 'Membership', property: 'decisionNote' },
    });
    expect(refused.status).toBe('REFUSED');
  });

  it('signing in and searching: refused before anything is looked up or counted', async () => {
    for (const [field, max] of [
      ['login', 60],
      ['password', 200],
    ] as const) {
      const before = await state(['Account']);
      const res = await run(null, 'login', 'LoginInput', { login: 'admin', password: 'x', [field]: 'x'.repeat(max + 1) }, 'token');
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.field).toBe(field);
      expect(await state(['Account'])).toBe(before);
    }
    await server.tokenFor('analyst');
    for (const field of ['currentPassword', 'newPassword']) {
      const before = await state(['Account']);
      const input = { currentPassword: 'demo-password-2026', newPassword: 'a-new-password-2026', [field]: 'x'.repeat(201) };
      const res = await run('analyst', 'changePassword', 'ChangePasswordInput', input, 'id');
      expect([field, codes(res), res.errors![0].extensions?.field]).toEqual([field, ['BAD_USER_INPUT'], field]);
      expect(await state(['Account'])).toBe(before);
    }
    for (const [list, max] of [
      ['bodies', 100],
      ['people', 100],
      ['accounts', 60],
    ] as const) {
      const res = await server.gql(
        `query($q: String) { ${list}(filter: { q: $q }) { totalCount } }`,
        { q: CHINESE(max + 1) },
        await server.tokenFor('admin'),
      );
      expect([list, codes(res), res.errors![0].extensions?.field]).toEqual([list, ['BAD_USER_INPUT'], 'q']);
      const fine = await server.gql(
        `query($q: String) { ${list}(filter: { q: $q }) { totalCount } }`,
        { q: CHINESE(max) },
        await server.tokenFor('admin'),
      );
      expect([list, fine.errors]).toEqual([list, undefined]);
    }
  });
});

describe('the live walk: an inspection, each text by the role that writes it', () => {
  it('refuses every text one over its maximum and keeps every text of exactly its maximum, all of a record at once', async () => {
    const lg = await bodyIdByCode(server, 'C-LG');
    const team = await bodyIdByCode(server, 'C-T01');
    const target = await bodyIdByCode(server, 'P-QC-GOV');
    const cdi = await bodyIdByCode(server, 'C-CDI');
    const [member] = await server.db.query(
      "SELECT m.personId FROM membership m JOIN body b ON b.id = m.bodyId JOIN person p ON p.id = m.personId WHERE b.code = 'C-T01' AND p.name <> '周博远' ORDER BY m.id",
    );
    // A relative who is a cadre at the target: a recusal ground, so staffing needs a justified exception.
    await ok('admin', 'createPersonRelation', 'CreatePersonRelationInput', {
      personId: Number(member.personId),
      relativeName: '亲属',
      relation: '配偶',
      relativeBodyId: target,
    });

    // The plan (office), approved by the leading group.
    let round = await bounded({
      login: 'office',
      mutation: 'createRound',
      inputType: 'CreateRoundInput',
      field: 'title',
      max: 200,
      input: (title) => ({ leadingGroupId: lg, year: 2026, number: 8, title, targetIds: [target] }),
      stored: { entity: 'Round', property: 'title' },
    });
    round = await bounded({
      login: 'office',
      mutation: 'updateRound',
      inputType: 'UpdateRoundInput',
      field: 'title',
      max: 200,
      input: (title) => ({ id: round.id, version: round.version, title }),
      stored: { entity: 'Round', property: 'title' },
    });
    await ok('lg.leader', 'approveRound', 'VersionedInput', { id: round.id, version: round.version });

    // The inspection (office): work plan, contact channels, staffing with a recusal exception, background.
    let assignment = await bounded({
      login: 'office',
      mutation: 'createAssignment',
      inputType: 'CreateAssignmentInput',
      field: 'workPlan',
      max: 10_000,
      input: (workPlan) => ({ roundId: round.id, teamId: team, targetId: target, startsOn: day(1), endsOn: day(60), workPlan }),
      stored: { entity: 'Assignment', property: 'workPlan' },
    });
    assignment = await bounded({
      login: 'office',
      mutation: 'updateAssignment',
      inputType: 'UpdateAssignmentInput',
      field: 'workPlan',
      max: 10_000,
      input: (workPlan) => ({ id: assignment.id, version: assignment.version, workPlan }),
      stored: { entity: 'Assignment', property: 'workPlan' },
    });
    assignment = await bounded({
      login: 'office',
      mutation: 'updateAssignment',
      inputType: 'UpdateAssignmentInput',
      field: 'contactChannels',
      max: 500,
      input: (contactChannels) => ({ id: assignment.id, version: assignment.version, noticeSentOn: day(0), contactChannels }),
      stored: { entity: 'Assignment', property: 'contactChannels' },
    });
    await ok('office', 'staffAssignment', 'StaffAssignmentInput', { assignmentId: assignment.id, personId: await personId('周博远') });
    await bounded({
      login: 'office',
      mutation: 'staffAssignment',
      inputType: 'StaffAssignmentInput',
      field: 'recusalException',
      max: 500,
      input: (recusalException) => ({ assignmentId: assignment.id, personId: Number(member.personId), recusalException }),
      stored: { entity: 'AssignmentMember', property: 'recusalException' },
    });
    const [entry] = await server.db.query("SELECT e.id FROM pool_entry e JOIN person p ON p.id = e.personId WHERE p.name = '欧阳正清'");
    await ok('lg.leader', 'appointLeader', 'AppointLeaderInput', {
      assignmentId: assignment.id,
      poolEntryId: Number(entry.id),
      validFrom: day(-1),
      validUntil: day(90),
    });
    const briefing = await ok('office', 'requestBriefing', 'RequestBriefingInput', {
      assignmentId: assignment.id,
      sourceBodyId: cdi,
      requestedOn: day(-1),
    });
    await bounded({
      login: 'office',
      mutation: 'receiveBriefing',
      inputType: 'ReceiveBriefingInput',
      field: 'summary',
      max: 10_000,
      input: (summary) => ({ id: briefing.id, version: briefing.version, receivedOn: day(0), summary }),
      stored: { entity: 'Briefing', property: 'summary' },
    });
    const advance = async () => {
      assignment = await ok(
        'office',
        'advanceAssignment',
        'VersionedInput',
        { id: assignment.id, version: assignment.version },
        'id version stage',
      );
    };
    await advance();
    expect(assignment.stage).toBe('INQUIRY');

    // Inquiry (the staff, team1): an activity, a letter with its informant, findings.
    await bounded({
      login: 'team1',
      mutation: 'createActivity',
      inputType: 'CreateActivityInput',
      field: 'description',
      max: 10_000,
      input: (description) => ({ assignmentId: assignment.id, method: 'INDIVIDUAL_TALK', heldOn: day(0), description, peopleReached: 3 }),
      stored: { entity: 'Activity', property: 'description' },
    });
    const letter = (content: string, informant: object) => ({
      assignmentId: assignment.id,
      channel: 'LETTER',
      receivedOn: day(0),
      content,
      informant,
    });
    const informantOf = async (answer: { id: number }) =>
      Number((await server.db.query('SELECT id FROM intake_informant WHERE intakeItemId = ?', [answer.id]))[0].id);
    await bounded({
      login: 'team1',
      mutation: 'createIntakeItem',
      inputType: 'CreateIntakeItemInput',
      field: 'content',
      max: 10_000,
      input: (content) => letter(content, { name: '林某某' }),
      stored: { entity: 'IntakeItem', property: 'content' },
    });
    // The reported defect: an informant's name over 60 characters.
    await bounded({
      login: 'team1',
      mutation: 'createIntakeItem',
      inputType: 'CreateIntakeItemInput',
      field: 'informant.name',
      max: 60,
      input: (name) => letter('来信反映情况', { name }),
      stored: { entity: 'IntakeInformant', property: 'name', row: informantOf },
    });
    await bounded({
      login: 'team1',
      mutation: 'createIntakeItem',
      inputType: 'CreateIntakeItemInput',
      field: 'informant.contact',
      max: 200,
      input: (contact) => letter('来信反映情况', { name: '林某某', contact }),
      stored: { entity: 'IntakeInformant', property: 'contact', row: informantOf },
    });

    // Public intake, anonymous: the same texts through the link.
    const path = (
      await server.gql(
        'query($id: Int!) { assignment(id: $id) { publicIntakePath } }',
        { id: assignment.id },
        await server.tokenFor('team1'),
      )
    ).data.assignment.publicIntakePath;
    const intakeKey = path.split('/').pop();
    const lastOnline = async () =>
      Number(
        (await server.db.query("SELECT MAX(id) AS id FROM intake_item WHERE channel = 'ONLINE' AND assignmentId = ?", [assignment.id]))[0]
          .id,
      );
    const lastInformant = async () =>
      Number((await server.db.query('SELECT MAX(id) AS id FROM intake_informant WHERE assignmentId = ?', [assignment.id]))[0].id);
    await bounded({
      login: null,
      mutation: 'submitPublicReport',
      inputType: 'PublicReportInput',
      field: 'content',
      max: 10_000,
      fields: 'receivedOn',
      input: (content) => ({ intakeKey, content }),
      stored: { entity: 'IntakeItem', property: 'content', row: lastOnline },
    });
    await bounded({
      login: null,
      mutation: 'submitPublicReport',
      inputType: 'PublicReportInput',
      field: 'informant.name',
      max: 60,
      fields: 'receivedOn',
      input: (name) => ({ intakeKey, content: '举报：某处室长期吃空饷，请核查。', informant: { name, contact: CHINESE(200) } }),
      stored: { entity: 'IntakeInformant', property: 'name', row: lastInformant },
    });

    const finding = (over: object) => ({
      assignmentId: assignment.id,
      category: 'CORRUPTION',
      subKind: 'EMBEZZLEMENT_BRIBERY',
      sourceMethod: 'LETTERS_CALLS_VISITS',
      severity: 'GRAVE',
      evidenceSummary: '涉嫌收受礼金',
      ...over,
    });
    const subKindBefore = await state(['Finding']);
    const longKind = await run('team1', 'createFinding', 'CreateFindingInput', finding({ subKind: 'X'.repeat(41) }));
    expect([codes(longKind), longKind.errors![0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'subKind']);
    expect(await state(['Finding'])).toBe(subKindBefore);
    let transferred = await bounded({
      login: 'team1',
      mutation: 'createFinding',
      inputType: 'CreateFindingInput',
      field: 'evidenceSummary',
      max: 10_000,
      input: (evidenceSummary) => finding({ evidenceSummary }),
      stored: { entity: 'Finding', property: 'evidenceSummary' },
    });
    let rectified = await ok(
      'team1',
      'createFinding',
      'CreateFindingInput',
      finding({ category: 'PERSONNEL', subKind: 'IRREGULAR_PROMOTION', sourceMethod: 'DOCUMENT_REVIEW', severity: 'SERIOUS' }),
    );
    rectified = await bounded({
      login: 'team1',
      mutation: 'updateFinding',
      inputType: 'UpdateFindingInput',
      field: 'evidenceSummary',
      max: 10_000,
      input: (evidenceSummary) => ({ id: rectified.id, version: rectified.version, evidenceSummary }),
      stored: { entity: 'Finding', property: 'evidenceSummary' },
    });
    await advance();
    expect(assignment.stage).toBe('REPORTING');

    // The report (its granted leader): the situation and the suggestions, each and then both at their maximum.
    let report = await ok('teamlead', 'draftReport', 'DraftReportInput', { assignmentId: assignment.id });
    for (const [field, max] of [
      ['summary', 10_000],
      ['suggestions', 5_000],
    ] as const) {
      report = await bounded({
        login: 'teamlead',
        mutation: 'updateReport',
        inputType: 'UpdateReportInput',
        field,
        max,
        input: (text) => ({ id: report.id, version: report.version, [field]: text }),
        stored: { entity: 'Report', property: field },
      });
    }
    report = await ok('teamlead', 'updateReport', 'UpdateReportInput', {
      id: report.id,
      version: report.version,
      summary: CHINESE(10_000),
      suggestions: CHINESE(5_000),
    });
    report = await ok('teamlead', 'submitReport', 'VersionedInput', { id: report.id, version: report.version });

    // The hearing (the leading group): its note and a note on every decision, all at their maximum at once.
    const hearing = (hearingNote: string, transferNote: string, rectifyNote = CHINESE(2_000)) => ({
      id: report.id,
      version: report.version,
      heardOn: day(0),
      hearingNote,
      decisions: [
        { id: transferred.id, version: transferred.version, decision: 'TRANSFER', note: transferNote },
        { id: rectified.id, version: rectified.version, decision: 'RECTIFY', note: rectifyNote },
      ],
    });
    const overNote = await run('lg.leader', 'hearReport', 'HearReportInput', hearing('听取汇报', '移交', CHINESE(2_001)));
    expect([codes(overNote), overNote.errors![0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'decisions.1.note']);
    await bounded({
      login: 'lg.leader',
      mutation: 'hearReport',
      inputType: 'HearReportInput',
      field: 'hearingNote',
      max: 5_000,
      input: (hearingNote) => hearing(hearingNote, CHINESE(2_000)),
      stored: { entity: 'Report', property: 'hearingNote' },
    });
    const notes = await server.db.query('SELECT decisionNote FROM finding WHERE id IN (?, ?)', [transferred.id, rectified.id]);
    expect(notes.map((n: { decisionNote: string }) => n.decisionNote)).toEqual([CHINESE(2_000), CHINESE(2_000)]);
    await advance();
    expect(assignment.stage).toBe('FEEDBACK');

    // Rectification: the office's item, the liaison's progress, the office's note sending it back,
    // so that one record holds two texts of 10,000 and a note of 500, which its audit entry holds too.
    let item = await bounded({
      login: 'office',
      mutation: 'createRectificationItem',
      inputType: 'CreateRectificationItemInput',
      field: 'description',
      max: 10_000,
      input: (description) => ({ assignmentId: assignment.id, findingId: rectified.id, description, deadline: day(30) }),
      stored: { entity: 'RectificationItem', property: 'description' },
    });
    item = await bounded({
      login: 'liaison',
      mutation: 'recordProgress',
      inputType: 'RecordProgressInput',
      field: 'progress',
      max: 10_000,
      input: (progress) => ({ id: item.id, version: item.version, progress }),
      stored: { entity: 'RectificationItem', property: 'progress' },
    });
    item = await bounded({
      login: 'office',
      mutation: 'verifyRectification',
      inputType: 'VerifyRectificationInput',
      field: 'note',
      max: 500,
      input: (note) => ({ id: item.id, version: item.version, verdict: 'RETURN', note }),
      stored: { entity: 'RectificationItem', property: 'returnNote' },
    });
    item = await ok('liaison', 'recordProgress', 'RecordProgressInput', { id: item.id, version: item.version, progress: CHINESE(10_000) });
    await ok('office', 'verifyRectification', 'VerifyRectificationInput', { id: item.id, version: item.version, verdict: 'CLOSE' });

    // Supervision of a decided matter (office): the matter and the follow-up, both at their maximum.
    const matter = await bounded({
      login: 'office',
      mutation: 'createSupervisionItem',
      inputType: 'CreateSupervisionItemInput',
      field: 'matter',
      max: 10_000,
      input: (text) => ({
        assignmentId: assignment.id,
        findingId: rectified.id,
        matter: text,
        responsibleBodyId: target,
        deadline: day(60),
      }),
      stored: { entity: 'SupervisionItem', property: 'matter' },
    });
    await bounded({
      login: 'office',
      mutation: 'updateSupervisionItem',
      inputType: 'UpdateSupervisionItemInput',
      field: 'note',
      max: 10_000,
      input: (note) => ({ id: matter.id, version: matter.version, note }),
      stored: { entity: 'SupervisionItem', property: 'note' },
    });
    await advance();
    expect(assignment.stage).toBe('TRANSFER');

    // Transfer with a stated reason (office) and the outcome (the receiving department): the
    // finding then holds its evidence, the decision's note, the reason and the outcome, each at its maximum.
    const decided = (
      await server.gql('query($id: Int!) { finding(id: $id) { version } }', { id: transferred.id }, await server.tokenFor('office'))
    ).data.finding;
    transferred = await bounded({
      login: 'office',
      mutation: 'transferFinding',
      inputType: 'TransferFindingInput',
      field: 'overrideReason',
      max: 500,
      input: (overrideReason) => ({ id: transferred.id, version: decided.version, overrideRecipientId: cdi, overrideReason }),
      stored: { entity: 'Finding', property: 'routingOverride' },
    });
    await bounded({
      login: 'receiver',
      mutation: 'concludeFinding',
      inputType: 'ConcludeFindingInput',
      field: 'outcome',
      max: 5_000,
      input: (outcome) => ({ id: transferred.id, version: transferred.version, outcome }),
      stored: { entity: 'Finding', property: 'outcome' },
    });
    const [kept] = await server.db.query('SELECT evidenceSummary, decisionNote, routingOverride, outcome FROM finding WHERE id = ?', [
      transferred.id,
    ]);
    expect(Object.values(kept).map((text) => (text as string).length)).toEqual([10_000, 2_000, 500, 5_000]);
  });
});

describe('the live walk: saved queries (analyst)', () => {
  const QUERY = '{ me { account { login } } }';
  it('name, query and variables', async () => {
    let saved = await bounded({
      login: 'analyst',
      mutation: 'createSavedQuery',
      inputType: 'CreateSavedQueryInput',
      field: 'name',
      max: 100,
      input: (name) => ({ name, query: QUERY }),
      stored: { entity: 'SavedQuery', property: 'name' },
    });
    // A document of the maximum, its comment in Chinese; variables of the maximum, a JSON string in Chinese.
    const document = (n: number) => `${QUERY}\n#${CHINESE(n - QUERY.length - 2)}`;
    const variables = (n: number) => JSON.stringify({ note: CHINESE(n - 11) });
    expect([document(SAVED_QUERY_LIMITS.query).length, variables(SAVED_QUERY_LIMITS.variables).length]).toEqual([
      SAVED_QUERY_LIMITS.query,
      SAVED_QUERY_LIMITS.variables,
    ]);
    saved = await bounded({
      login: 'analyst',
      mutation: 'updateSavedQuery',
      inputType: 'UpdateSavedQueryInput',
      field: 'query',
      max: SAVED_QUERY_LIMITS.query,
      fill: document,
      input: (query) => ({ id: saved.id, version: saved.version, query }),
      stored: { entity: 'SavedQuery', property: 'query' },
    });
    await bounded({
      login: 'analyst',
      mutation: 'createSavedQuery',
      inputType: 'CreateSavedQueryInput',
      field: 'variables',
      max: 5_000,
      fill: variables,
      input: (text) => ({ name: 'variables', query: QUERY, variables: text }),
      stored: { entity: 'SavedQuery', property: 'variables' },
    });
  });
});
