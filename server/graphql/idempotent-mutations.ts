/**
 * The GraphQL side of safe retries (server/write/idempotency.ts): reads the `Idempotency-Key`
 * header, binds the key to the request, answers a repeat with the stored response, and keeps the
 * response of the request that made (or replayed) the write.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, print, type OperationDefinitionNode } from 'graphql';
import { IDEMPOTENCY_HEADER, invalidIdempotencyKey } from '../errors';
import { isDatabaseUnavailable, OUTCOME_UNKNOWN_MESSAGE } from '../db/outage';
import { IdempotencyState, parseIdempotencyKey, requestFingerprint } from '../write/idempotency';
import type { RequestContext } from './context';

/** The header the answer carries when it is a repeat of an earlier one (served without executing). */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** The fields a mutation operation selects at its root (`__typename` aside). */
function rootFields(operation: OperationDefinitionNode): number {
  return operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename')).length;
}

export const idempotentMutations: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue, request }) {
    const state = new IdempotencyState();
    contextValue.idempotency = state;
    let storedResponse: string | null = null;

    return {
      async didResolveOperation({ operation, document, request: { operationName, variables } }) {
        if (operation?.operation !== 'mutation') return;
        const key = parseIdempotencyKey(request.http?.headers.get(IDEMPOTENCY_HEADER.toLowerCase()));
        const accountId = contextValue.caller?.accountId;
        // Anonymous mutations (login, the public intake) ignore keys: there is no account to keep them for,
        // and a stored answer (a token) must not be handed to whoever guesses a key.
        if (key === null || accountId === undefined) return;
        if (rootFields(operation) !== 1) {
          throw invalidIdempotencyKey('idempotency.oneChangePerKey');
        }
        contextValue.readFromPrimary();
        storedResponse = await state.bind(contextValue.db, accountId, key, requestFingerprint(print(document), operationName, variables));
      },

      async responseForOperation() {
        if (storedResponse === null) return null;
        state.write = 'replayed';
        return {
          http: { status: undefined, headers: new HeaderMap([[REPLAYED_HEADER.toLowerCase(), 'true']]) },
          body: { kind: 'single', singleResult: JSON.parse(storedResponse) },
        };
      },

      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (state.committed && result.errors?.length) {
          // Written, then cut off while reading the answer: "nothing was changed" would be false.
          result.errors = result.errors.map((e) =>
            e.extensions?.code === 'SERVICE_UNAVAILABLE' && !e.extensions.outcome
              ? {
                  ...e,
                  message: OUTCOME_UNKNOWN_MESSAGE,
                  extensions: { ...e.extensions, outcome: 'UNKNOWN', messageKey: 'outage.outcomeUnknown', params: {} },
                }
              : e,
          );
        }
        if (!state.request || state.write === 'none' || storedResponse !== null || result.errors?.length) return;
        try {
          const first = await state.keepResponse(contextValue.db, JSON.stringify(result));
          if (state.write !== 'replayed') return;
          // A repeat answered from the outcome: the first request's own response, if it was kept meanwhile.
          if (first) response.body.singleResult = JSON.parse(first);
          response.http.headers.set(REPLAYED_HEADER.toLowerCase(), 'true');
        } catch (error) {
          // The change stands either way; a repeat is then answered from the outcome.
          if (!isDatabaseUnavailable(error)) throw error;
        }
      },
    };
  },
};
