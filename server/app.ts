import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, parsePublicUrl, type Config } from './config';
import { createRequestContext, type RequestContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { appErrorStatus, contextFailure } from './graphql/errors';
import { AppError, unauthenticated } from './errors';
import { databaseOutageStatus } from './graphql/outage-status';
import { idempotentMutations } from './graphql/idempotent-mutations';
import { queryGuards } from './graphql/guards';
import { buildAppSchema, passwordChangeRequired } from './graphql/schema';
import { requestScope } from './http/request-scope';
import { currentRequestId } from './observability/request-id';
import { requestDeadline } from './http/deadline';
import { log, useLogLevel } from './observability/log';
import { requestLog } from './http/request-log';
import { graphqlMetrics, httpMetrics, metricsRouter } from './http/metrics';
import { publicIntakeRouter } from './http/public-intake';
import { publicBallotRouter } from './http/public-ballot';
import { documentsRouter } from './http/documents';
import { exportsRouter } from './http/exports';
import { consoleDir, consoleRouter } from './http/console';
import { compressedAnswers } from './http/compression';
import { healthRouter, Readiness } from './http/health';
import { securityHeaders } from './http/security-headers';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './db/outage';
import { clientErrorStatus, databaseUnavailableResponse, sendAppError } from './http/error-response';
import { loadCaller } from './modules/account/caller.loader';
import { TokenService } from './modules/account/tokens';
import { useTimeZone } from './modules/common/calendar';
import type { TokenContext } from './modules/account/account.resolver';

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext & TokenContext>;
  tokens: TokenService;
  readiness: Readiness;
}

const rejectToken = () => unauthenticated('auth.sessionExpired');

export async function createApp(
  config: Pick<Config, 'tokenSecret' | 'tokenTtlSeconds'> &
    Partial<Pick<Config, 'summaryMinimumGroup' | 'publicUrl' | 'requestTimeoutSeconds' | 'timeZone' | 'logLevel' | 'metricsToken'>>,
  db: DataSource,
): Promise<App> {
  if (config.timeZone) useTimeZone(config.timeZone);
  if (config.logLevel) useLogLevel(config.logLevel);
  const tokens = new TokenService(config.tokenSecret, config.tokenTtlSeconds);
  const guards = queryGuards();
  const apollo = new ApolloServer<RequestContext & TokenContext>({
    schema: await buildAppSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: Apollo's own handler (on unless NODE_ENV=test) stopped the server at
    // once on SIGTERM and signalled again, failing the requests in flight.
    stopOnTerminationSignals: false,
    parseOptions: guards.parseOptions,
    validationRules: guards.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Nothing sets cache hints, and the default plugin would hook every field of every answer to collect them.
      ApolloServerPluginCacheControlDisabled(),
      ...guards.plugins,
      appErrorStatus,
      databaseOutageStatus,
      idempotentMutations,
      graphqlMetrics,
    ],
    formatError: (formatted, error) => formatError(formatted, error, currentRequestId, log),
  });
  await apollo.start();

  const readiness = new Readiness();
  const app = express();
  app.disable('x-powered-by');
  app.use(requestScope);
  // Every wait for the database ends by the deadline; /health and /ready bound their probes themselves.
  app.use(requestDeadline(config.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS));
  // After the request scope, so that the request's log line and every line under it carry its id.
  app.use(requestLog);
  app.use(httpMetrics);
  app.use(metricsRouter(db, config.metricsToken));
  app.use(securityHeaders());
  app.use(healthRouter(db, readiness));
  /**
   * The request's context: anonymous without a token, refused with a token that is not (or no
   * longer) valid. A token whose session has ended or expired is refused as an expired one is.
   */
  const authenticate = async (req: express.Request): Promise<RequestContext> => {
    const header = req.headers.authorization;
    let caller = null;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const claims = match ? await tokens.verify(match[1]) : null;
      if (!claims) throw rejectToken();
      caller = await loadCaller(db, claims.accountId, claims.sessionId);
      if (!caller) throw rejectToken();
    }
    return createRequestContext(db, caller, {
      requestId: currentRequestId(),
      clientAddress: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? '',
      summaryMinimumGroup: config.summaryMinimumGroup,
    });
  };
  // One authentication per request, however many steps ask for it.
  const contexts = new WeakMap<express.Request, Promise<RequestContext>>();
  const authenticateOnce = (req: express.Request): Promise<RequestContext> => {
    let context = contexts.get(req);
    if (!context) contexts.set(req, (context = authenticate(req)));
    return context;
  };
  /** Documents and exports are work: a caller who must choose a password first is refused them. */
  const refuseUntilPasswordChanged: express.RequestHandler = (req, res, next) => {
    authenticateOnce(req).then(
      (ctx) => {
        if (!ctx.caller?.mustChangePassword) return next();
        sendAppError(res, passwordChangeRequired());
      },
      // A refused token is the route's to answer, as it always has been.
      () => next(),
    );
  };

  const built = consoleDir();
  if (built) app.use(consoleRouter(built));
  app.use(publicIntakeRouter(db, config.publicUrl ?? parsePublicUrl(undefined, 4000)));
  app.use(publicBallotRouter(db, config.publicUrl ?? parsePublicUrl(undefined, 4000)));
  app.use(['/documents', '/exports'], refuseUntilPasswordChanged);
  app.use(documentsRouter(authenticateOnce));
  app.use(exportsRouter(authenticateOnce));
  app.use(
    '/graphql',
    compressedAnswers(),
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        authenticate(req).then(
          (ctx) => Object.assign(ctx, { tokens }),
          (error: unknown) => {
            throw contextFailure(error);
          },
        ),
    }),
  );
  // Last in line: an app error is answered with its table status; anything else a route failed with
  // is logged here, and the client sees only the request id.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    // The client's own mistake, as a body parser reports it (too large, not JSON): its status and message.
    const status = clientErrorStatus(error);
    if (status !== null) return void res.status(status).json({ error: (error as Error).message });
    if (error instanceof AppError) return void sendAppError(res, error);
    const requestId = currentRequestId();
    if (isDatabaseUnavailable(error)) {
      return void databaseUnavailableResponse(res, error).json({
        error: DATABASE_UNAVAILABLE_MESSAGE,
        code: 'SERVICE_UNAVAILABLE',
        messageKey: 'outage.databaseUnavailable',
        params: {},
        requestId,
      });
    }
    log({ level: 'error', msg: 'unexpected error', requestId, error: String(error), stack: (error as Error)?.stack });
    res.status(500).json({
      error: `Internal error. Quote request id ${requestId} when reporting it.`,
      code: 'INTERNAL_SERVER_ERROR',
      messageKey: 'internal.error',
      params: { requestId },
    });
  });
  return { express: app, apollo, tokens, readiness };
}
