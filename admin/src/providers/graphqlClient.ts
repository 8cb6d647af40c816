/**
 * One POST /graphql helper shared by the auth and data providers. Errors become an `ApiError`
 * carrying an HTTP-like status, because react-admin reads `error.status` (401 logs out) and
 * `error.body.errors` (field errors shown on the form).
 */

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** Shaped like react-admin's HttpError (message, status, body) without importing React. */
export class ApiError extends Error {
  readonly status: number;
  /** `rule`: the governance rule that refused (server/permissions/delegation.ts), for a sentence in the reader's language. */
  readonly body: { code: string; field?: string; rule?: string; errors?: Record<string, unknown> };

  constructor(message: string, status: number, body: ApiError['body']) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/**
 * The first GraphQL error as an ApiError. Its readable message is what the user sees; a
 * BAD_USER_INPUT naming a field also marks that form field (react-admin's server-side
 * validation), with the message kept as `root.serverError` so that it is still notified.
 */
export function toApiError(errors: readonly GraphQLErrorEntry[]): ApiError {
  const first = errors[0] ?? { message: 'Unknown error' };
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const status = STATUS_BY_CODE[code] ?? 500;
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field.replace(/^input\./, '') : undefined;
  const rule = typeof first.extensions?.rule === 'string' ? first.extensions.rule : undefined;
  const body: ApiError['body'] = { code, field, ...(rule ? { rule } : {}) };
  if (code === 'BAD_USER_INPUT' && field) {
    body.errors = { [field]: first.message, root: { serverError: first.message } };
  }
  return new ApiError(first.message, status, body);
}

export type GraphQLRequest = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ClientOptions {
  url?: string;
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
}

export function createGraphQLClient({ url = '/graphql', getToken, fetchImpl }: ClientOptions): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const token = getToken();
    const response = await (fetchImpl ?? fetch)(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    let payload: { data?: T; errors?: GraphQLErrorEntry[] };
    try {
      payload = await response.json();
    } catch {
      throw new ApiError(`${response.status} ${response.statusText}`, response.status || 500, { code: 'HTTP' });
    }
    if (payload.errors?.length) throw toApiError(payload.errors);
    if (!payload.data) throw new ApiError('Empty response', 500, { code: 'HTTP' });
    return payload.data;
  };
}

const SESSION_KEY = 'inspection.session';

export interface Session {
  token: string;
  expiresAt: string;
}

/** The session lives in localStorage so that a reload keeps the user signed in until it expires. */
export const sessionStore = {
  get(): Session | null {
    try {
      const raw = globalThis.localStorage?.getItem(SESSION_KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  },
  set(session: Session): void {
    globalThis.localStorage?.setItem(SESSION_KEY, JSON.stringify(session));
  },
  clear(): void {
    globalThis.localStorage?.removeItem(SESSION_KEY);
  },
  token(): string | null {
    return this.get()?.token ?? null;
  },
};

/** The client the console uses: same origin, bearer token from the stored session. */
export const graphql = createGraphQLClient({ getToken: () => sessionStore.token() });
