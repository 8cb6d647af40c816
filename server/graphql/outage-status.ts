import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../db/outage';
import { databaseUnavailableHttp } from './errors';

/**
 * A request that failed only because the database is unavailable is answered 503 with
 * `Retry-After`, so clients and load balancers see an outage rather than a 200 carrying errors or
 * a 500. Resolver errors cannot set the status themselves (Apollo takes it from the error a
 * resolver threw, which here is the driver's); a request with any other error keeps its status.
 */
export const databaseOutageStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        if (!errors?.length || !errors.every(isDatabaseUnavailable)) return;
        const { status, headers } = databaseUnavailableHttp();
        response.http.status = status;
        for (const [name, value] of headers) response.http.headers.set(name, value);
      },
    };
  },
};
