/**
 * Layers point down: the lower layers of the server import nothing from the edges above them
 * (GraphQL, HTTP), the permission core knows no module, no file of server/ reaches itself
 * through its imports (type-only imports count: a reader follows them just the same), and the
 * console and the server meet only in shared/.
 *
 * @database-independent
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SERVER = resolve(__dirname, '../server');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`${relative(SERVER, from)} imports ${specifier}, which is not a file of server/`);
}

/** Each file of server/ (as a path under server/) and the files of server/ it imports. */
const imports = new Map<string, string[]>(
  sourceFiles(SERVER).map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t): t is string => t !== null);
    return [relative(SERVER, file), [...new Set(targets.map((t) => relative(SERVER, t)))]];
  }),
);

/** Every import loop, each as the files around it (Tarjan's strongly connected components). */
function importLoops(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of imports.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (imports.get(file) ?? []).includes(file)) loops.push(component.sort());
  };
  for (const file of imports.keys()) if (!index.has(file)) visit(file);
  return loops;
}

/** `from/` files that import `to/` files, as "importer → imported". */
function crossings(from: string, to: string[]): string[] {
  return [...imports].flatMap(([file, targets]) =>
    file.startsWith(`${from}/`) || file === from
      ? targets.filter((t) => to.some((layer) => t.startsWith(`${layer}/`))).map((t) => `${file} → ${t}`)
      : [],
  );
}

test('the files of server/ are many (the scan found them)', () => {
  expect(imports.size).toBeGreaterThan(100);
  expect(imports.get('scope/scoped-query.ts')).toContain('permissions/sql.ts');
});

test('no import loop anywhere in server/', () => {
  expect(importLoops()).toEqual([]);
});

test.each(['scope', 'write', 'permissions', 'db', 'observability', 'limits', 'errors.ts'])(
  '%s imports nothing from graphql/ or http/',
  (layer) => {
    expect(crossings(layer, ['graphql', 'http'])).toEqual([]);
  },
);

test('the permission core imports nothing from modules/', () => {
  expect(crossings('permissions', ['modules', 'graphql', 'http'])).toEqual([]);
});

/**
 * Code both sides read lives in shared/ (Node-free), so the console reaches the server only through
 * the schema. The console's files and shared/'s are scanned here by where their relative imports
 * point (import.meta.glob of schema/examples is text, not an import).
 */
const ROOT = resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Each import of the files under `dir`, as "importer → specifier", with the folder of the project it reaches (or the package's name). */
function importsOf(dir: string): { line: string; target: string }[] {
  return filesUnder(join(ROOT, dir)).flatMap((file) =>
    ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName }) => ({
      line: `${relative(ROOT, file)} → ${fileName}`,
      target: fileName.startsWith('.') ? relative(ROOT, resolve(dirname(file), fileName)) : fileName,
    })),
  );
}

const reaching = (found: { line: string; target: string }[], folders: string[]) =>
  found.filter(({ target }) => folders.some((folder) => target === folder || target.startsWith(`${folder}/`))).map(({ line }) => line);

test('the console imports nothing from server/ (it speaks the schema, and shared/)', () => {
  const found = importsOf('admin');
  expect(found.some(({ target }) => target.startsWith('shared/'))).toBe(true);
  expect(reaching(found, ['server'])).toEqual([]);
});

test('shared/ imports nothing from server/ or admin/, and nothing of Node', () => {
  const found = importsOf('shared');
  expect(found.length).toBeGreaterThan(0);
  expect(reaching(found, ['server', 'admin', 'test', 'scripts'])).toEqual([]);
  expect(found.filter(({ target }) => isBuiltin(target)).map(({ line }) => line)).toEqual([]);
});
