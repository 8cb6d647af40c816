/** One JSON object a line on stdout, so that logs can be searched by request id. */
export function log(entry: Record<string, unknown>): void {
  if (process.env.NODE_ENV === 'test' && entry.level !== 'error') return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}
