/**
 * The example queries in schema/examples, read the same way by the guide (schema/GUIDE.md), the
 * query workbench and the test that runs them. A file opens with comment lines: its title first,
 * then, where it takes variables, `# variables: {…}` (one line of JSON).
 *
 * Free of Node imports: the workbench bundles it.
 */

export interface QueryExample {
  /** The file name, e.g. `07-urgent-queue.graphql`; the number orders the list. */
  file: string;
  title: string;
  /** The whole file, comments included: what the guide shows, the editor loads and the API runs. */
  query: string;
  /** The variables the comment gives, or undefined when it gives none. */
  variables?: Record<string, unknown>;
}

const TITLE = /^#\s*(\S.*)$/;
const VARIABLES = /^#\s*variables:\s*(.*)$/;

export function parseExample(file: string, text: string): QueryExample {
  const lines = text.split('\n');
  const title = TITLE.exec(lines[0])?.[1].trim();
  if (!title) throw new Error(`${file}: the first line must be a # comment giving the title`);
  const end = lines.findIndex((line) => !line.startsWith('#'));
  const declared = lines
    .slice(1, end === -1 ? lines.length : end)
    .map((line) => VARIABLES.exec(line)?.[1])
    .find((json) => json !== undefined);
  let variables: QueryExample['variables'];
  if (declared !== undefined) {
    try {
      variables = JSON.parse(declared);
    } catch (error) {
      throw new Error(`${file}: the variables comment is not JSON (${(error as Error).message})`, { cause: error });
    }
  }
  return { file, title, query: text, variables };
}

/** The examples of a directory listing (name → text), in the order of their file names. */
export function parseExamples(files: Record<string, string>): QueryExample[] {
  return Object.entries(files)
    .map(([path, text]) => parseExample(path.slice(path.lastIndexOf('/') + 1), text))
    .sort((a, b) => a.file.localeCompare(b.file));
}
