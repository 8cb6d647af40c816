/**
 * The reporting tree as the caller sees it. The API lists only the bodies the caller may read, so
 * the tree's roots are the readable bodies whose parent is not readable (or that have none).
 *
 * Found without reading every body: a body readable through a `scopePath: { $under: X }` rule has
 * its parent readable through the same rule unless it is X itself, so every root is a body that
 * some read rule names, by id or as the top of a subtree. Those few candidates are read, then their
 * parents; a candidate whose parent does not come back is a root.
 */
import type { Identifier, RaRecord } from 'ra-core';
import type { AppAbility } from '../../providers/canAccess';

/** Where the tree page lives: under the bodies resource, next to its list. */
export const BODY_TREE_PATH = '/bodies/tree';

type Conditions = Record<string, unknown>;

function isConditions(value: unknown): value is Conditions {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idsCompared(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (!isConditions(value)) return [];
  if (typeof value.$eq === 'number') return [value.$eq];
  if (Array.isArray(value.$in)) return value.$in.filter((id): id is number => typeof id === 'number');
  return [];
}

/**
 * The bodies a rule's conditions name: `id` (equal to, or in a list) and the top of a subtree
 * (`scopePath: { $under }`), also inside `$or` and `$and`.
 */
export function bodyIdsNamedBy(conditions: unknown): number[] {
  if (!isConditions(conditions)) return [];
  const ids: number[] = [];
  for (const [key, value] of Object.entries(conditions)) {
    if ((key === '$or' || key === '$and') && Array.isArray(value)) ids.push(...value.flatMap(bodyIdsNamedBy));
    else if (key === 'id') ids.push(...idsCompared(value));
    else if (key === 'scopePath' && isConditions(value) && typeof value.$under === 'number') ids.push(value.$under);
  }
  return ids;
}

/** Every body that may be a root of the caller's tree, by id. */
export function rootCandidateIds(ability: AppAbility): number[] {
  const ids = new Set<number>();
  for (const rule of ability.rulesFor('read', 'Body')) {
    if (!rule.inverted) bodyIdsNamedBy(rule.conditions).forEach((id) => ids.add(id));
  }
  return [...ids].sort((a, b) => a - b);
}

/** The parents still to read: those of the candidates that are not candidates themselves. */
export function parentIdsToCheck(candidates: readonly RaRecord[]): Identifier[] {
  const known = new Set(candidates.map((body) => String(body.id)));
  const parents = candidates.map((body) => body.reportsToId).filter((id) => id != null && !known.has(String(id)));
  return [...new Set(parents)];
}

/** The candidates whose parent is not readable, in tree order (by reporting path). */
export function pickRoots(candidates: readonly RaRecord[], readableParents: readonly RaRecord[]): RaRecord[] {
  const readable = new Set([...candidates, ...readableParents].map((body) => String(body.id)));
  return candidates
    .filter((body) => body.reportsToId == null || !readable.has(String(body.reportsToId)))
    .sort((a, b) => String(a.path).localeCompare(String(b.path)));
}
