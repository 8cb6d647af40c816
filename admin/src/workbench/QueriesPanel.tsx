/**
 * The workbench's side panel (a GraphiQL plugin): the example queries, and the caller's saved
 * queries to load, save the editor's contents as, update and delete.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, pick, UnStyledButton, useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES } from './examples';
import type { QueryText, SavedQueriesApi, SavedQuery } from './savedQueries';

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

function Examples({ load, ready }: { load: (query: string, variables: string) => void; ready: boolean }) {
  return (
    <section aria-labelledby="workbench-examples">
      <h3 id="workbench-examples">示例 Examples</h3>
      <ul className="workbench-list">
        {EXAMPLES.map((example) => (
          <li key={example.file}>
            <UnStyledButton
              className="workbench-item"
              data-testid={`example-${example.file.replace(/\.graphql$/, '')}`}
              title={`载入编辑器 / Load into the editor (${example.file})`}
              disabled={!ready}
              onClick={() => load(example.query, prettyVariables(example.variables))}
            >
              {example.title}
            </UnStyledButton>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function SavedQueries({ api, editors }: { api: SavedQueriesApi; editors: ReturnType<typeof useEditors> }) {
  const [saved, setSaved] = useState<SavedQuery[] | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const refresh = useCallback(() => api.list().then(setSaved), [api]);
  useEffect(() => {
    refresh().catch((error: Error) => setStatus({ kind: 'failed', message: error.message }));
  }, [refresh]);

  /** Runs a change, then shows the list as the server has it (also after a refusal, such as a conflict). */
  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setStatus({ kind: 'done', message: done });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
      return false;
    } finally {
      await refresh().catch(() => undefined);
    }
  };

  const saveAs = async (event: FormEvent) => {
    event.preventDefault();
    if (await change(() => api.create(name, editors.current()), `已保存 / Saved “${name.trim()}”`)) setName('');
  };

  return (
    <section aria-labelledby="workbench-saved">
      <h3 id="workbench-saved">我的查询 My saved queries</h3>
      <form className="workbench-save" onSubmit={saveAs}>
        <input
          aria-label="名称 / Name"
          placeholder="名称 / Name"
          data-testid="saved-query-name"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" data-testid="saved-query-save" disabled={!name.trim() || !editors.ready}>
          另存为 Save as
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
        <p className="workbench-empty">还没有保存的查询 / No saved queries yet</p>
      ) : (
        <ul className="workbench-list" data-testid="saved-queries">
          {saved.map((query) => (
            <li key={query.id} className="workbench-saved-item">
              <UnStyledButton
                className="workbench-item"
                title="载入编辑器 / Load into the editor"
                disabled={!editors.ready}
                onClick={() => editors.load(query.query, prettyJsonText(query.variables))}
              >
                {query.name}
              </UnStyledButton>
              <UnStyledButton
                className="workbench-action"
                aria-label={`更新 / Update “${query.name}”`}
                title="用编辑器中的内容替换 / Replace with the editor's contents"
                disabled={!editors.ready}
                onClick={() => change(() => api.update(query, editors.current()), `已更新 / Updated “${query.name}”`)}
              >
                更新
              </UnStyledButton>
              <UnStyledButton
                className="workbench-action"
                aria-label={`删除 / Delete “${query.name}”`}
                title="删除 / Delete"
                onClick={() => {
                  if (window.confirm(`删除“${query.name}”？ / Delete “${query.name}”?`))
                    void change(() => api.remove(query), `已删除 / Deleted “${query.name}”`);
                }}
              >
                删除
              </UnStyledButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function QueriesPanel({ api }: { api: SavedQueriesApi }) {
  const editors = useEditors();
  return (
    <div className="workbench-panel">
      <div className="graphiql-doc-explorer-title">查询 Queries</div>
      <Examples load={editors.load} ready={editors.ready} />
      <SavedQueries api={api} editors={editors} />
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
export function queriesPlugin(api: SavedQueriesApi): GraphiQLPlugin {
  return {
    title: '示例与我的查询 / Examples and saved queries',
    icon: QueriesIcon,
    content: function QueriesPanelOfSession() {
      return <QueriesPanel api={api} />;
    },
  };
}
