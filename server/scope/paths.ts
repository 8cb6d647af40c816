/**
 * Every scoped record carries the path of the body it sits under: the ids from the root down,
 * e.g. `/1/4/17/`. "Under body 4" is then one index range on that column.
 */
const PATH_SHAPE = /^\/(\d+\/)+$/;

export function isValidPath(path: string): boolean {
  return PATH_SHAPE.test(path);
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/**
 * The half-open range [low, high) of every path that starts with `prefix`: the prefix itself and
 * the prefix with its last character ('/') incremented ('0'). A range, because `LIKE 'x%'` cannot
 * use a binary index on SQLite.
 */
export function pathRange(prefix: string): [string, string] {
  if (!isValidPath(prefix)) throw new Error(`not a body path: ${JSON.stringify(prefix)}`);
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)];
}

/** The ids of the bodies on the path, root first. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
