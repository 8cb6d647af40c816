import pino, { type Level, type LevelWithSilent, type Logger } from 'pino';
import { currentRequestId } from './request-id';

/**
 * One JSON object a line on stdout, so that logs can be searched by request id: every line written
 * while a request is being served carries its `requestId` (the `X-Request-Id` it was answered
 * with), read from the request's async context, whoever writes the line.
 */

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function levelFromEnvironment(): LevelWithSilent {
  const configured = process.env.LOG_LEVEL?.toLowerCase() as LevelWithSilent | undefined;
  return configured && LEVELS.includes(configured) ? configured : 'info';
}

/** Under NODE_ENV=test only errors are written, so that test output stays readable. */
const SERIOUS = /^\{"level":"(error|fatal)"/;

/**
 * Written through process.stdout.write at the moment of each line (not to file descriptor 1 held
 * open), so that NODE_ENV and a replaced stdout are seen as they are when the line is written.
 */
const destination = {
  write(line: string): void {
    if (process.env.NODE_ENV === 'test' && !SERIOUS.test(line)) return;
    process.stdout.write(line);
  },
};

const options = {
  level: levelFromEnvironment(),
  formatters: { level: (label: string) => ({ level: label }) },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin() {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
};

export const logger: Logger = pino(
  {
    ...options,
    // Defence in depth: nothing here logs request headers, but a field of these names never leaves.
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.headers.authorization',
        '*.headers.cookie',
        'headers.cookie',
      ],
      censor: '[redacted]',
    },
  },
  destination,
);

/**
 * The line each request ends with, whose fields are fixed (method, path, status, milliseconds, id)
 * and hold nothing to redact: written without redaction, which copies every object it is given
 * and would otherwise be the largest cost of a small request.
 */
export const requestLineLogger: Logger = pino(options, destination);

/** Sets the lowest level written (LOG_LEVEL); the server applies its checked configuration. */
export function useLogLevel(level: LevelWithSilent): void {
  logger.level = level;
  requestLineLogger.level = level;
}

const WRITABLE = new Set<string>(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);

/**
 * Writes `entry` as one line: `level` (info when absent) and `msg` are pino's, every other field is
 * written as given. Callers pass no parameters, tokens or passwords.
 */
export function log(entry: Record<string, unknown>): void {
  const { level, msg, ...fields } = entry;
  const method = (typeof level === 'string' && WRITABLE.has(level) ? level : 'info') as Level;
  logger[method](fields, typeof msg === 'string' ? msg : msg === undefined ? '' : String(msg));
}
