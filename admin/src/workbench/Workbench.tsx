/**
 * The analysts' query workbench: GraphiQL on the API, signed in with the console's session (same
 * origin, same localStorage). Without a session the server's accepts, it offers only the way to
 * sign in: the schema is never fetched for anyone who is not signed in.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createGraphiQLFetcher, createLocalStorage } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { isExpired } from '../providers/authProvider';
import { createGraphQLClient, sessionStore, type ApiError } from '../providers/graphqlClient';
import { queriesPlugin } from './QueriesPanel';
import { savedQueriesApi } from './savedQueries';
import { keepTabRolesOnButtons } from './tabRoles';

const GRAPHQL_URL = '/graphql';
const SIGN_IN_URL = '/#/login';

interface Account {
  id: number;
  login: string;
  person: { name: string } | null;
}

type State =
  | { status: 'checking' }
  | { status: 'signedOut' }
  | { status: 'failed'; message: string }
  | { status: 'signedIn'; token: string; account: Account };

const WHO_AM_I = 'query WorkbenchAccount { me { account { id login person { name } } } }';

const WELCOME = `# 巡视数据查询工作台 / Query workbench
#
# 在左侧“查询”面板中选择一个示例载入编辑器，按 ▶ 运行；
# 可把编辑器中的查询以自己的名称保存，只有您本人能看到。
# 字段说明见“文档”（Docs）。
#
# Pick an example in the Queries panel on the left and press ▶ to run it.
# Save what you write under a name of your own: only you see your saved queries.
# The Docs panel describes every type and field.

query {
  me { account { login } roles { role bodyId } }
}
`;

function SignInPrompt() {
  return (
    <main className="workbench-signin">
      <h1>巡视数据查询工作台</h1>
      <p>Query workbench</p>
      <p>请先在管理台登录，登录后再打开本页。</p>
      <p>Sign in via the console first, then open this page again.</p>
      <a href={SIGN_IN_URL} data-testid="workbench-sign-in">
        前往登录 / Sign in
      </a>
    </main>
  );
}

function Ide({ token, account, onSignedOut }: { token: string; account: Account; onSignedOut: () => void }) {
  const { fetcher, plugins, storage } = useMemo(() => {
    // A token the server stops accepting (expired, account deactivated) ends the workbench session too.
    const watchedFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onSignedOut();
      return response;
    };
    const request = createGraphQLClient({ url: GRAPHQL_URL, getToken: () => token, fetchImpl: watchedFetch });
    return {
      fetcher: createGraphiQLFetcher({ url: GRAPHQL_URL, headers: { Authorization: `Bearer ${token}` }, fetch: watchedFetch }),
      plugins: [queriesPlugin(savedQueriesApi(request)), HISTORY_PLUGIN],
      // Tabs and history are kept per account, so that the next person at this browser does not see them.
      storage: createLocalStorage({ namespace: `inspection.workbench.${account.id}` }),
    };
  }, [token, account.id, onSignedOut]);
  const ide = useRef<HTMLDivElement>(null);
  useEffect(() => keepTabRolesOnButtons(ide.current!), []);

  return (
    <div className="workbench">
      <header className="workbench-header">
        <strong>巡视数据查询工作台</strong>
        <span className="workbench-subtitle">Query workbench</span>
        <span className="workbench-spacer" />
        <span data-testid="workbench-account">
          {account.person?.name ?? account.login} ({account.login})
        </span>
        <a href="/">返回管理台 / Console</a>
      </header>
      <div className="workbench-ide" ref={ide}>
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          plugins={plugins}
          visiblePlugin={plugins[0]}
          defaultQuery={WELCOME}
          isHeadersEditorEnabled={false}
          defaultEditorToolsVisibility="variables"
          forcedTheme="light"
        />
      </div>
    </div>
  );
}

export function Workbench() {
  const [state, setState] = useState<State>({ status: 'checking' });
  const signOut = useCallback(() => setState({ status: 'signedOut' }), []);

  useEffect(() => {
    const session = sessionStore.get();
    if (!session || isExpired(session)) {
      setState({ status: 'signedOut' });
      return;
    }
    createGraphQLClient({ url: GRAPHQL_URL, getToken: () => session.token })<{ me: { account: Account } }>(WHO_AM_I).then(
      ({ me }) => setState({ status: 'signedIn', token: session.token, account: me.account }),
      (error: ApiError) => setState(error.status === 401 ? { status: 'signedOut' } : { status: 'failed', message: error.message }),
    );
  }, []);

  switch (state.status) {
    case 'checking':
      return null;
    case 'signedOut':
      return <SignInPrompt />;
    case 'failed':
      return (
        <main className="workbench-signin" role="alert">
          <p>无法连接服务器 / The server cannot be reached: {state.message}</p>
          <a href="/workbench">重试 / Try again</a>
        </main>
      );
    case 'signedIn':
      return <Ide token={state.token} account={state.account} onSignedOut={signOut} />;
  }
}
