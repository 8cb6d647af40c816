/**
 * An inspection in inquiry written straight to the database (its staff and leader grant too), the
 * persons of its target to rate, and the ballot page reached over HTTP from a chosen loopback address.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { ObjectLiteral } from 'typeorm';
import { Assignment, AssignmentMember } from '../../server/modules/assignment/assignment.entity';
import { LeaderGrant } from '../../server/modules/grant/leader-grant.entity';
import { Round } from '../../server/modules/round/round.entity';
import type { TestServer } from './harness';

const stamp = () => ({ version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });

async function put<T extends ObjectLiteral>(server: TestServer, entity: new () => T, values: object): Promise<number> {
  const result = await server.db.getRepository(entity).insert({ ...stamp(), ...values } as never);
  return Number(result.identifiers[0].id);
}

const body = async (server: TestServer, code: string) =>
  (await server.db.query('SELECT id, scopePath FROM body WHERE code = ?', [code]))[0] as { id: number; scopePath: string };

let roundNumber = 60;

/** An inspection of `targetCode` by `teamCode` in INQUIRY, staffed by the named persons, `leaderName` granted. */
export async function inquiry(
  server: TestServer,
  { team: teamCode = 'C-T01', target: targetCode = 'P-QC-GOV', staff = ['周博远', '沈一鸣'], leader = '欧阳正清' } = {},
): Promise<{ assignmentId: number; targetId: number; people: number[] }> {
  const lg = await body(server, 'C-LG');
  const team = await body(server, teamCode);
  const target = await body(server, targetCode);
  const roundId = await put(server, Round, {
    leadingGroupId: lg.id,
    year: 2026,
    number: roundNumber++,
    title: '测评轮次',
    status: 'APPROVED',
    approvedOn: '2026-01-05',
    scopePath: lg.scopePath,
  });
  const assignmentId = await put(server, Assignment, {
    roundId,
    teamId: team.id,
    targetId: target.id,
    stage: 'INQUIRY',
    startsOn: '2026-09-01',
    endsOn: '2027-01-31',
    workPlan: '方案',
    noticeSentOn: '2026-08-25',
    contactChannels: '电话',
    intakeToken: randomBytes(24).toString('base64url'),
    closedOn: null,
    targetPath: target.scopePath,
    scopePath: team.scopePath,
  });
  const person = async (name: string) => Number((await server.db.query('SELECT id FROM person WHERE name = ?', [name]))[0].id);
  for (const name of staff) {
    await put(server, AssignmentMember, { assignmentId, scopePath: team.scopePath, personId: await person(name), recusalException: null });
  }
  if (leader) {
    await put(server, LeaderGrant, {
      personId: await person(leader),
      teamId: team.id,
      assignmentId,
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
      revokedOn: null,
      scopePath: team.scopePath,
    });
  }
  const people = (
    await server.db.query('SELECT p.id FROM person p JOIN body b ON b.id = p.employerId WHERE b.code = ? ORDER BY p.id LIMIT 3', [
      targetCode,
    ])
  ).map((r: { id: number }) => Number(r.id));
  return { assignmentId, targetId: target.id, people };
}

export interface PageAnswer {
  status: number;
  text: string;
}

/** GET or POST (a form) to the ballot page from `localAddress`, over a new connection. */
export function ballotFrom(
  server: TestServer,
  path: string,
  form?: Record<string, string>,
  localAddress = '127.0.0.1',
): Promise<PageAnswer> {
  const url = server.url.replace(/\/graphql$/, '') + path;
  const payload = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: form ? 'POST' : 'GET',
        localAddress,
        agent: false,
        headers: form ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(payload!) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export const EVALUATION_FIELDS = `id version title kind status assignmentId personIds questions linksIssued closedOn
  subjects { subjectId personId name }
  results { sealed linksIssued linksUsed minimumGroup
    subjects { subjectId name ballots withheld competent basicallyCompetent notCompetent unrated }
    answers { questionId question answers } }`;
