import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../server/app';
import { ConfigError, loadConfig, type DatabaseConfig } from '../server/config';
import { connect } from '../server/db/connect';
import { dataSourceOptions } from '../server/db/data-source';
import { createScratchDatabase, type ScratchDatabase } from '../server/db/scratch';
import { loadDemo } from '../server/demo/load-demo';
import { DEMO_PASSWORD } from '../server/demo/demo-data';
import { Body } from '../server/modules/body/body.entity';

const dataDir = () => mkdtempSync(join(tmpdir(), 'replica-config-'));
const SECRET = 'x'.repeat(40);

describe('replica configuration', () => {
  it('reads the replicas and the pool size beside a server URL', () => {
    const { database } = loadConfig({
      DATA_DIR: dataDir(),
      TOKEN_SECRET: SECRET,
      AUDIT_KEY: SECRET,
      DATABASE_URL: 'mariadb://app@primary:3306/inspection',
      DATABASE_REPLICA_URLS: ' mariadb://reader@replica-1/inspection , mariadb://reader@replica-2/inspection,',
      DATABASE_POOL_SIZE: '25',
    });
    expect(database).toEqual({
      kind: 'mariadb',
      url: 'mariadb://app@primary:3306/inspection',
      replicaUrls: ['mariadb://reader@replica-1/inspection', 'mariadb://reader@replica-2/inspection'],
      poolSize: 25,
      auditKey: SECRET,
    });
    expect(dataSourceOptions(database)).toMatchObject({
      poolSize: 25,
      replication: { master: { url: database.url }, slaves: [{ url: database.replicaUrls![0] }, { url: database.replicaUrls![1] }] },
    });
  });

  it('uses one server and ten connections when nothing more is said', () => {
    const { database } = loadConfig({
      DATA_DIR: dataDir(),
      TOKEN_SECRET: SECRET,
      AUDIT_KEY: SECRET,
      DATABASE_URL: 'mysql://app@db/inspection',
    });
    expect(database).toMatchObject({ replicaUrls: [], poolSize: 10 });
    const options = dataSourceOptions(database);
    expect(options).toMatchObject({ url: database.url, poolSize: 10 });
    expect(options).not.toHaveProperty('replication');
  });

  it.each([
    [
      { DATABASE_REPLICA_URLS: 'mariadb://reader@replica/inspection' },
      /DATABASE_REPLICA_URLS needs DATABASE_URL to name a MySQL or MariaDB server: an SQLite file has no read replicas/,
    ],
    [
      { DATABASE_URL: 'mariadb://app@db/inspection', DATABASE_REPLICA_URLS: 'mariadb://r@one/inspection,mysql://r@two/inspection' },
      /DATABASE_REPLICA_URLS entry 2 is a mysql URL, but DATABASE_URL is mariadb/,
    ],
    [
      { DATABASE_URL: 'mysql://app@db/inspection', DATABASE_REPLICA_URLS: 'mysql://r@replica:3306' },
      /DATABASE_REPLICA_URLS entry 1 must name a database/,
    ],
    [
      { DATABASE_URL: 'mysql://app@db/inspection', DATABASE_REPLICA_URLS: 'replica:3306' },
      /DATABASE_REPLICA_URLS entry 1 must start with sqlite:, mysql:\/\//,
    ],
    [{ DATABASE_URL: 'mysql://app@db/inspection', DATABASE_POOL_SIZE: 'ten' }, /DATABASE_POOL_SIZE must be a whole number from 1 to 1000/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be a whole number from 1 to 1000/],
  ])('refuses %j with a message that names the setting', (env, message) => {
    const load = () => loadConfig({ DATA_DIR: dataDir(), TOKEN_SECRET: SECRET, ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});

const serverUrl = process.env.DATABASE_URL;
const onServer = !!serverUrl && !serverUrl.startsWith('sqlite');

/**
 * The replica is a copy of the primary taken once and never brought up to date, as if replication
 * lagged for ever, reached as a user that may only read it. Whatever a request reads shows which
 * of the two it came from: the copy's body names carry a mark.
 */
(onServer ? describe : describe.skip)('reads from replicas (needs DATABASE_URL on MariaDB or MySQL: SQLite has no replicas)', () => {
  const REPLICA_MARK = ' [replica]';
  const reader = `replica_${randomBytes(4).toString('hex')}`;
  let primary: ScratchDatabase;
  let replica: ScratchDatabase;
  let admin: DataSource;
  let db: DataSource;
  let app: App;
  let http: Server;
  let endpoint: string;
  const tokens = new Map<string, string>();

  const nameOf = (database: DatabaseConfig) => new URL(database.url).pathname.slice(1);

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  }

  async function tokenFor(login: string): Promise<string> {
    if (!tokens.has(login)) {
      const res = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login, password: DEMO_PASSWORD },
      });
      if (!res.data?.login) throw new Error(`cannot sign in as ${login}: ${JSON.stringify(res.errors)}`);
      tokens.set(login, res.data.login.token);
    }
    return tokens.get(login)!;
  }

  async function bodyNamed(code: string, on: ScratchDatabase): Promise<{ id: number; name: string; version: number }> {
    const [row] = await admin.query(`SELECT id, name, version FROM \`${nameOf(on.database)}\`.body WHERE code = ?`, [code]);
    return { id: Number(row.id), name: row.name, version: Number(row.version) };
  }

  beforeAll(async () => {
    primary = await createScratchDatabase(serverUrl!);
    replica = await createScratchDatabase(serverUrl!);
    const seeding = await connect(primary.database, { attempts: 1 });
    await loadDemo(seeding);
    await seeding.destroy();

    admin = await connect(primary.database, { attempts: 1 });
    const [from, to] = [nameOf(primary.database), nameOf(replica.database)];
    const tables: Array<Record<string, string>> = await admin.query(`SHOW FULL TABLES FROM \`${from}\` WHERE Table_type = 'BASE TABLE'`);
    for (const table of tables.map((row) => Object.values(row)[0])) {
      await admin.query(`CREATE TABLE \`${to}\`.\`${table}\` LIKE \`${from}\`.\`${table}\``);
      await admin.query(`INSERT INTO \`${to}\`.\`${table}\` SELECT * FROM \`${from}\`.\`${table}\``);
    }
    await admin.query(`UPDATE \`${to}\`.body SET name = CONCAT(name, ?)`, [REPLICA_MARK]);
    const password = randomBytes(12).toString('hex');
    await admin.query(`CREATE USER '${reader}'@'%' IDENTIFIED BY '${password}'`);
    await admin.query(`GRANT SELECT ON \`${to}\`.* TO '${reader}'@'%'`);

    const replicaUrl = new URL(replica.database.url);
    replicaUrl.username = reader;
    replicaUrl.password = password;
    db = await connect({ ...primary.database, replicaUrls: [replicaUrl.toString()] }, { attempts: 1 });
    app = await createApp({ tokenSecret: SECRET, tokenTtlSeconds: 3600 }, db);
    http = await new Promise((resolve) => {
      const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
    });
    endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => http?.close(resolve));
    await app?.apollo.stop();
    if (db?.isInitialized) await db.destroy();
    await admin?.query(`DROP USER IF EXISTS '${reader}'@'%'`);
    if (admin?.isInitialized) await admin.destroy();
    await primary?.drop();
    await replica?.drop();
  });

  it('reads outside a transaction from a replica, and writes and transactions on the primary', async () => {
    const read = await db
      .createQueryBuilder(Body, 'b')
      .select('CURRENT_USER()', 'user')
      .addSelect('DATABASE()', 'database')
      .limit(1)
      .getRawOne();
    expect(read).toEqual({ user: `${reader}@%`, database: nameOf(replica.database) });
    const written = await db.transaction((manager) => manager.query('SELECT CURRENT_USER() AS user, DATABASE() AS `database`'));
    expect(written[0].database).toBe(nameOf(primary.database));
    expect(written[0].user).not.toContain(reader);
  });

  it('answers queries from the replica', async () => {
    const res = await gql('{ bodies(filter: { q: "P-QC" }) { items { code name } } }', {}, await tokenFor('admin'));
    expect(res.errors).toBeUndefined();
    expect(res.data.bodies.items.length).toBeGreaterThan(0);
    expect(res.data.bodies.items.every((b: { name: string }) => b.name.endsWith(REPLICA_MARK))).toBe(true);
  });

  it('writes to the primary and answers the mutation from it, nested fields included, while the next request reads the replica again', async () => {
    const before = await bodyNamed('P-QC', primary);
    const res = await gql(
      `mutation($input: UpdateBodyInput!) {
        updateBody(input: $input) { name version parent { code name } children(first: 3) { code name } hostedBy { name } }
      }`,
      { input: { id: before.id, version: before.version, name: '青川省委（改名）' } },
      await tokenFor('admin'),
    );
    expect(res.errors).toBeUndefined();
    const updated = res.data.updateBody;
    expect(updated).toMatchObject({ name: '青川省委（改名）', version: before.version + 1, parent: { code: 'C' } });
    expect(updated.children.length).toBeGreaterThan(0);
    // The replica holds the same records with marked names: none of them was read from it.
    expect(JSON.stringify(updated)).not.toContain(REPLICA_MARK);

    expect((await bodyNamed('P-QC', primary)).name).toBe('青川省委（改名）');
    expect((await bodyNamed('P-QC', replica)).name).toBe(before.name + REPLICA_MARK);

    const next = await gql('query($id: Int!) { body(id: $id) { name version } }', { id: before.id }, await tokenFor('admin'));
    expect(next.data.body).toEqual({ name: before.name + REPLICA_MARK, version: before.version });
  });

  it('loads the caller from the primary, where a deactivation is recorded first', async () => {
    const token = await tokenFor('liaison');
    expect((await gql('{ me { account { login } } }', {}, token)).data.me.account.login).toBe('liaison');
    await admin.query(`UPDATE \`${nameOf(primary.database)}\`.account SET active = 0 WHERE login = 'liaison'`);
    const res = await gql('{ me { account { login } } }', {}, token);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('decides a sign-in on the primary, where a lock is recorded first', async () => {
    const lockedUntil = new Date(Date.now() + 3600_000).toISOString();
    await admin.query(`UPDATE \`${nameOf(primary.database)}\`.account SET lockedUntil = ? WHERE login = 'staff'`, [lockedUntil]);
    const res = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { login: 'staff', password: DEMO_PASSWORD },
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_REQUESTS']);
  });
});
