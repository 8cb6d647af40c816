import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { badInput } from '../../errors';
import { applyIdsFilter } from '../../graphql/list';
import { findScoped, scopedQuery } from '../../scope/scoped-query';
import { childPath, pathRange } from '../../scope/paths';
import { movePaths } from '../../scope/move-paths';
import { write, type WriteTransaction } from '../../write/write-service';
import type { RetireInput } from '../common/inputs';
import { today } from '../common/record';
import { givenOnly, refuseNulls, likePattern, optionalText, requiredText } from '../common/text';
import { Body } from './body.entity';
import type { BodyFilter, CreateBodyInput, MoveBodyInput, UpdateBodyInput } from './body.inputs';

/** The bodies the caller may see that `filter` selects, under the alias `body`. */
export async function bodiesMatching(ctx: RequestContext, filter: BodyFilter): Promise<SelectQueryBuilder<Body>> {
  const qb = scopedQuery(ctx, Body, 'body');
  applyIdsFilter(qb, filter);
  if (!filter.includeRetired) qb.andWhere('body.retiredOn IS NULL');
  if (filter.kinds?.length) qb.andWhere('body.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.levels?.length) qb.andWhere('body.level IN (:...levels)', { levels: filter.levels });
  if (filter.reportsToId !== undefined) qb.andWhere('body.reportsToId = :reportsToId', { reportsToId: filter.reportsToId });
  if (filter.q) {
    const q = likePattern(filter.q);
    qb.andWhere(
      new Brackets((w) =>
        w
          .where("body.name LIKE :q ESCAPE '!'", { q })
          .orWhere("body.nameEn LIKE :q ESCAPE '!'", { q })
          .orWhere("body.code LIKE :q ESCAPE '!'", { q }),
      ),
    );
  }
  if (filter.under !== undefined) {
    const root = await findScoped(ctx, Body, filter.under);
    const [low, high] = pathRange(root.scopePath);
    qb.andWhere('body.scopePath >= :underLow AND body.scopePath < :underHigh', { underLow: low, underHigh: high });
  }
  return qb;
}

async function assertCodeFree(tx: WriteTransaction, code: string, exceptId?: number): Promise<void> {
  const holder = await tx.manager.findOneBy(Body, { code });
  if (holder && holder.id !== exceptId) throw badInput('code', 'body.codeTaken', { code });
}

async function activeParent(tx: WriteTransaction, id: number, field: string): Promise<Body> {
  const parent = await tx.reference(Body, id);
  if (parent.retiredOn) throw badInput(field, 'body.retired', { id });
  return parent;
}

export function createBody(ctx: RequestContext, input: CreateBodyInput): Promise<Body> {
  return write(ctx, async (tx) => {
    const parent = await activeParent(tx, input.reportsToId, 'reportsToId');
    if (input.hostedById) await activeParent(tx, input.hostedById, 'hostedById');
    const code = requiredText('code', input.code);
    await assertCodeFree(tx, code);
    const values = {
      code,
      name: requiredText('name', input.name),
      nameEn: requiredText('nameEn', input.nameEn),
      kind: input.kind,
      level: input.level,
      reportsToId: parent.id,
      hostedById: input.hostedById ?? null,
      retiredOn: null,
      // The final path needs the new id; the parent's path decides every scope rule meanwhile.
      scopePath: parent.scopePath,
    };
    tx.assertAllowed('create', Body, values);
    return tx.insert(Body, values, (id) => ({ scopePath: childPath(parent.scopePath, id) }));
  });
}

export function updateBody(ctx: RequestContext, input: UpdateBodyInput): Promise<Body> {
  return write(ctx, async (tx) => {
    refuseNulls(input, ['hostedById']);
    const body = await tx.load(Body, input.id, 'update');
    if (input.code !== undefined) await assertCodeFree(tx, requiredText('code', input.code), body.id);
    if (input.hostedById) await activeParent(tx, input.hostedById, 'hostedById');
    if (input.hostedById === body.id) throw badInput('hostedById', 'body.hostsItself');
    const changes = givenOnly<Partial<Body>>({
      code: optionalText('code', input.code),
      name: optionalText('name', input.name),
      nameEn: optionalText('nameEn', input.nameEn),
      kind: input.kind,
      level: input.level,
      hostedById: input.hostedById,
    });
    tx.assertAllowed('update', Body, { ...body, ...changes });
    return tx.update(Body, body, input.version, changes);
  });
}

export function moveBody(ctx: RequestContext, input: MoveBodyInput): Promise<Body> {
  return write(ctx, async (tx) => {
    const body = await tx.load(Body, input.id, 'update');
    const parent = await activeParent(tx, input.reportsToId, 'reportsToId');
    if (parent.scopePath.startsWith(body.scopePath)) {
      throw badInput('reportsToId', 'body.reportsToItself');
    }
    const newPath = childPath(parent.scopePath, body.id);
    // The body must be yours to change both where it is and where it goes.
    tx.assertAllowed('update', Body, { ...body, reportsToId: parent.id, scopePath: newPath });
    if (body.reportsToId === parent.id) return body;
    await movePaths(tx.manager, body.scopePath, newPath);
    return tx.update(Body, body, input.version, { reportsToId: parent.id }, 'move');
  });
}

export function retireBody(ctx: RequestContext, input: RetireInput): Promise<Body> {
  return write(ctx, async (tx) => {
    const body = await tx.load(Body, input.id, 'retire');
    if (body.retiredOn) throw badInput('id', 'body.alreadyRetired', { id: body.id });
    const activeChildren = await tx.manager
      .createQueryBuilder(Body, 'child')
      .where('child.reportsToId = :id AND child.retiredOn IS NULL', { id: body.id })
      .getCount();
    if (activeChildren > 0) {
      throw badInput('id', 'body.activeChildren', { count: activeChildren });
    }
    return tx.update(Body, body, input.version, { retiredOn: input.on ?? today() }, 'retire');
  });
}
