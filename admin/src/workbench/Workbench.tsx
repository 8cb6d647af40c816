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
import { refusalText, STRINGS, workbenchLanguage, type WorkbenchStrings } from './strings';
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

const FIRST_QUERY = `
query {
  me { account { login } roles { role bodyId } }
}
`;

function SignInPrompt({ strings }: { strings: WorkbenchStrings }) {
  return (
    <main className="workbench-signin">
      <h1>{strings.title}</h1>
      <p>{strings.signInFirst}</p>
      <a href={SIGN_IN_URL} data-testid="workbench-sign-in">
        {strings.signIn}
      </a>
    </main>
  );
}

function Ide({
  token,
  account,
  onSignedOut,
  strings,
}: {
  token: string;
  account: Account;
  onSignedOut: () => void;
  strings: WorkbenchStrings;
}) {
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
      plugins: [queriesPlugin(savedQueriesApi(request), strings), HISTORY_PLUGIN],
      // Tabs and history are kept per account, so that the next person at this browser does not see them.
      storage: createLocalStorage({ namespace: `inspection.workbench.${account.id}` }),
    };
  }, [token, account.id, onSignedOut, strings]);
  const ide = useRef<HTMLDivElement>(null);
  useEffect(() => keepTabRolesOnButtons(ide.current!), []);

  return (
    <div className="workbench">
      <header className="workbench-header">
        <strong>{strings.title}</strong>
        <span className="workbench-spacer" />
        <span data-testid="workbench-account">
          {account.person?.name ?? account.login} ({account.login})
        </span>
        <a href="/">{strings.backToConsole}</a>
      </header>
      <div className="workbench-ide" ref={ide}>
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          plugins={plugins}
          visiblePlugin={plugins[0]}
          defaultQuery={strings.welcome + FIRST_QUERY}
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
  const language = useMemo(workbenchLanguage, []);
  const strings = STRINGS[language];
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  }, [language]);
  const signOut = useCallback(() => setState({ status: 'signedOut' }), []);

  useEffect(() => {
    const session = sessionStore.get();
    if (!session || isExpired(session)) {
      setState({ status: 'signedOut' });
      return;
    }
    createGraphQLClient({ url: GRAPHQL_URL, getToken: () => session.token })<{ me: { account: Account } }>(WHO_AM_I).then(
      ({ me }) => setState({ status: 'signedIn', token: session.token, account: me.account }),
      (error: ApiError) =>
        setState(error.status === 401 ? { status: 'signedOut' } : { status: 'failed', message: refusalText(error, language) }),
    );
  }, [language]);

  switch (state.status) {
    case 'checking':
      return null;
    case 'signedOut':
      return <SignInPrompt strings={strings} />;
    case 'failed':
      return (
        <main className="workbench-signin" role="alert">
          <p>
            {strings.unreachable}
            {state.message}
          </p>
          <a href="/workbench">{strings.tryAgain}</a>
        </main>
      );
    case 'signedIn':
      return <Ide token={state.token} account={state.account} onSignedOut={signOut} strings={strings} />;
  }
}
