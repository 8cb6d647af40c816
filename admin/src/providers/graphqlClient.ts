/**
 * One POST /graphql helper shared by the auth and data providers. Errors become an `ApiError`
 * carrying an HTTP-like status, because react-admin reads `error.status` (401 logs out) and
 * `error.body.errors` (field errors shown on the form).
 *
 * Every mutation of a signed-in user is sent with a fresh `Idempotency-Key`, and sent again with
 * the same key when its answer is a 503 or never comes: the server applies it once and answers
 * every sending with the first result, so a retry cannot save anything twice. After a bounded
 * number of attempts the user is told, in their language, whether the change may have been saved
 * (`app.notification.unconfirmed`) or was certainly not (`app.notification.not_saved`).
 */
import type { MessageParams } from '../../../shared/messages';

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string; messageKey?: string; params?: MessageParams; [key: string]: unknown };
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Shaped like react-admin's HttpError (message, status, body) without importing React. */
export class ApiError extends Error {
  readonly status: number;
  /** `rule`: the governance rule that refused (server/permissions/delegation.ts), for a sentence in the reader's language. */
  /** `outcome: 'UNKNOWN'`: a change that may have been saved (see `app.notification.unconfirmed`). */
  /** `messageKey`, `params`: the server's message by key (shared/messages.ts); `serverMessage`: its English words. */
  readonly body: {
    code: string;
    field?: string;
    rule?: string;
    outcome?: 'UNKNOWN';
    errors?: Record<string, unknown>;
    messageKey?: string;
    params?: MessageParams;
    serverMessage?: string;
  };

  constructor(message: string, status: number, body: ApiError['body']) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/**
 * The first GraphQL error as an ApiError, in the server's English words, with its message key and
 * parameters for wording it in the reader's language (errorMessages.ts, done by the data provider).
 * A BAD_USER_INPUT naming a field also marks that form field (react-admin's server-side
 * validation), with the message kept as `root.serverError` so that it is still notified.
 */
export function toApiError(errors: readonly GraphQLErrorEntry[]): ApiError {
  const first = errors[0] ?? { message: 'Unknown error' };
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const status = STATUS_BY_CODE[code] ?? 500;
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field.replace(/^input\./, '') : undefined;
  const rule = typeof first.extensions?.rule === 'string' ? first.extensions.rule : undefined;
  const messageKey = typeof first.extensions?.messageKey === 'string' ? first.extensions.messageKey : undefined;
  const params = isParams(first.extensions?.params) ? first.extensions?.params : undefined;
  const body: ApiError['body'] = {
    code,
    field,
    ...(rule ? { rule } : {}),
    ...(messageKey ? { messageKey, params: params ?? {} } : {}),
    serverMessage: first.message,
  };
  if (code === 'BAD_USER_INPUT' && field) {
    body.errors = { [field]: first.message, root: { serverError: first.message } };
  }
  return new ApiError(first.message, status, body);
}

/**
 * How every client's refusals reach the reader: in the server's English until the console sets its
 * wording (dataProvider.ts, which knows the reader's language), so that the sign-in form and the
 * other direct callers word them as the data provider does.
 */
let wording: (error: ApiError) => unknown = (error) => error;
export function wordErrorsWith(word: (error: ApiError) => unknown): void {
  wording = word;
}

const isParams = (value: unknown): value is MessageParams => typeof value === 'object' && value !== null && !Array.isArray(value);

export type GraphQLRequest = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ClientOptions {
  url?: string;
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
  /** A new Idempotency-Key, one per mutation (a random UUID). */
  newKey?: () => string;
  retry?: Partial<RetryPolicy>;
}

/** How a mutation whose answer was a 503 or never came is sent again (with the same key). */
export interface RetryPolicy {
  /** Sendings in all, the first included. */
  attempts: number;
  /** The longest wait between two, whatever `Retry-After` asks. */
  maxDelaySeconds: number;
  /** The wait when the server named none (the answer never came). */
  defaultDelaySeconds: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  maxDelaySeconds: 10,
  defaultDelaySeconds: 1,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Whether a GraphQL document is a mutation (its first operation; the console sends one a request). */
export function isMutation(query: string): boolean {
  return /^\s*mutation\b/.test(query.replace(/#[^\n]*/g, ''));
}

/** The wait a `Retry-After` header asks for, in ms: seconds or an HTTP date, bounded by the policy. */
export function retryDelayMs(
  retryAfter: string | null,
  policy: Pick<RetryPolicy, 'maxDelaySeconds' | 'defaultDelaySeconds'>,
  now = Date.now(),
): number {
  let seconds = policy.defaultDelaySeconds;
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) seconds = Number(retryAfter.trim());
  else if (retryAfter && !Number.isNaN(Date.parse(retryAfter))) seconds = Math.max(0, (Date.parse(retryAfter) - now) / 1000);
  return Math.min(seconds, policy.maxDelaySeconds) * 1000;
}

/** A random UUID; `randomUUID` exists only on https and localhost, `getRandomValues` everywhere. */
function newUuid(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Payload<T> = { data?: T; errors?: GraphQLErrorEntry[] };

export function createGraphQLClient({ url = '/graphql', getToken, fetchImpl, newKey = newUuid, retry }: ClientOptions): GraphQLRequest {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...retry };
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const token = getToken();
    // Keys are kept per account: without a token (signing in) there is nothing to key.
    const key = token && isMutation(query) ? newKey() : null;
    const attempts = key ? Math.max(1, policy.attempts) : 1;
    // Whether an earlier sending may have been applied: an answer that never came, or outcome UNKNOWN.
    let mayHaveBeenApplied = false;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      let response: Response;
      try {
        response = await (fetchImpl ?? fetch)(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        if (!key) throw error;
        mayHaveBeenApplied = true;
        if (last) throw unconfirmed();
        await policy.sleep(retryDelayMs(null, policy));
        continue;
      }
      let payload: Payload<T> | null;
      try {
        payload = await response.json();
      } catch {
        payload = null;
      }
      if (key && response.status === 503) {
        const outcome = payload?.errors?.[0]?.extensions?.outcome;
        if (outcome === 'UNKNOWN' || !payload) mayHaveBeenApplied = true;
        if (!last) {
          await policy.sleep(retryDelayMs(response.headers.get('retry-after'), policy));
          continue;
        }
        throw mayHaveBeenApplied ? unconfirmed() : notSaved();
      }
      if (!payload) throw wording(unreadable(`${response.status} ${response.statusText}`, response.status || 500));
      if (payload.errors?.length) throw wording(toApiError(payload.errors));
      if (!payload.data) throw wording(unreadable('Empty response', 500));
      return payload.data;
    }
  };
}

/** An answer that is not GraphQL's (a proxy's error page): worded as an error of no known key. */
const unreadable = (message: string, status: number) => new ApiError(message, status, { code: 'HTTP', serverMessage: message });

/** The messages are keys of the console's translations (react-admin translates a notification's text). */
const unconfirmed = () => new ApiError('app.notification.unconfirmed', 503, { code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN' });
const notSaved = () => new ApiError('app.notification.not_saved', 503, { code: 'SERVICE_UNAVAILABLE' });

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
