import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `next` as the work of one request: everything it starts sees `requestId` (logs, error messages). */
export function runAsRequest(requestId: string, next: () => void): void {
  scope.run({ requestId }, next);
}

/** The id of the request being served, for logs and for error messages that ask to quote it. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
