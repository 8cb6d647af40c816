/**
 * The workbench's side panel (a GraphiQL plugin): the example queries, and the caller's saved
 * queries to load, save the editor's contents as, update and delete.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, pick, UnStyledButton, useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES } from './examples';
import type { QueryText, SavedQueriesApi, SavedQuery } from './savedQueries';
import { exampleTitle, refusalText, type WorkbenchStrings } from './strings';

/** What the editors show: the query text, and the variables pretty-printed (or nothing). */
function useEditors() {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const load = useCallback(
    (query: string, variables: string) => {
      queryEditor?.setValue(query);
      variableEditor?.setValue(variables);
    },
    [queryEditor, variableEditor],
  );
  const current = useCallback(
    (): QueryText => ({ query: queryEditor?.getValue() ?? '', variables: variableEditor?.getValue().trim() || null }),
    [queryEditor, variableEditor],
  );
  // The editors load after the panel: until then a click would load nothing, or save an empty query.
  return { load, current, ready: Boolean(queryEditor && variableEditor) };
}

const prettyVariables = (variables: unknown) => (variables === undefined ? '' : JSON.stringify(variables, null, 2));

function prettyJsonText(text: string | null): string {
  if (!text) return '';
  try {
    return prettyVariables(JSON.parse(text));
  } catch {
    return text;
  }
}

function Examples({
  load,
  ready,
  strings,
}: {
  load: (query: string, variables: string) => void;
  ready: boolean;
  strings: WorkbenchStrings;
}) {
  return (
    <section aria-labelledby="workbench-examples">
      <h3 id="workbench-examples">{strings.examples}</h3>
      <ul className="workbench-list">
        {EXAMPLES.map((example) => (
          <li key={example.file}>
            <UnStyledButton
              className="workbench-item"
              data-testid={`example-${example.file.replace(/\.graphql$/, '')}`}
              title={`${strings.load} (${example.file})`}
              disabled={!ready}
              onClick={() => load(example.query, prettyVariables(example.variables))}
            >
              {exampleTitle(example.title, strings.language)}
            </UnStyledButton>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function SavedQueries({
  api,
  editors,
  strings,
}: {
  api: SavedQueriesApi;
  editors: ReturnType<typeof useEditors>;
  strings: WorkbenchStrings;
}) {
  const { language } = strings;
  const [saved, setSaved] = useState<SavedQuery[] | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const refresh = useCallback(() => api.list().then(setSaved), [api]);
  useEffect(() => {
    refresh().catch((error: unknown) => setStatus({ kind: 'failed', message: refusalText(error, language) }));
  }, [refresh, language]);

  /** Runs a change, then shows the list as the server has it (also after a refusal, such as a conflict). */
  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setStatus({ kind: 'done', message: done });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', message: refusalText(error, language) });
      return false;
    } finally {
      await refresh().catch(() => undefined);
    }
  };

  const saveAs = async (event: FormEvent) => {
    event.preventDefault();
    if (await change(() => api.create(name, editors.current()), strings.saved(name.trim()))) setName('');
  };

  return (
    <section aria-labelledby="workbench-saved">
      <h3 id="workbench-saved">{strings.savedQueries}</h3>
      <form className="workbench-save" onSubmit={saveAs}>
        <input
          aria-label={strings.name}
          placeholder={strings.name}
          data-testid="saved-query-name"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" data-testid="saved-query-save" disabled={!name.trim() || !editors.ready}>
          {strings.saveAs}
        </Button>
      </form>
      {status.kind !== 'idle' ? (
        <p
          className={`workbench-status ${status.kind}`}
          role={status.kind === 'failed' ? 'alert' : 'status'}
          data-testid="saved-query-status"
        >
          {status.message}
        </p>
      ) : null}
      {saved === null ? null : saved.length === 0 ? (
        <p className="workbench-empty">{strings.noSavedQueries}</p>
      ) : (
        <ul className="workbench-list" data-testid="saved-queries">
          {saved.map((query) => (
            <li key={query.id} className="workbench-saved-item">
              <UnStyledButton
                className="workbench-item"
                title={strings.load}
                disabled={!editors.ready}
                onClick={() => editors.load(query.query, prettyJsonText(query.variables))}
              >
                {query.name}
              </UnStyledButton>
              <UnStyledButton
                className="workbench-action"
                aria-label={strings.updateNamed(query.name)}
                title={strings.replaceWithEditor}
                disabled={!editors.ready}
                onClick={() => change(() => api.update(query, editors.current()), strings.updated(query.name))}
              >
                {strings.update}
              </UnStyledButton>
              <UnStyledButton
                className="workbench-action"
                aria-label={strings.deleteNamed(query.name)}
                title={strings.delete}
                onClick={() => {
                  if (window.confirm(strings.confirmDelete(query.name))) void change(() => api.remove(query), strings.deleted(query.name));
                }}
              >
                {strings.delete}
              </UnStyledButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function QueriesPanel({ api, strings }: { api: SavedQueriesApi; strings: WorkbenchStrings }) {
  const editors = useEditors();
  return (
    <div className="workbench-panel">
      <div className="graphiql-doc-explorer-title">{strings.queries}</div>
      <Examples load={editors.load} ready={editors.ready} strings={strings} />
      <SavedQueries api={api} editors={editors} strings={strings} />
    </div>
  );
}

function QueriesIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

/** The panel as a GraphiQL plugin; make it once per session, since GraphiQL compares plugins by identity. */
export function queriesPlugin(api: SavedQueriesApi, strings: WorkbenchStrings): GraphiQLPlugin {
  return {
    title: strings.panelTitle,
    icon: QueriesIcon,
    content: function QueriesPanelOfSession() {
      return <QueriesPanel api={api} strings={strings} />;
    },
  };
}
