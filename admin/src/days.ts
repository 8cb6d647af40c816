/** Today as the API writes days (YYYY-MM-DD in UTC, as the server's own today()). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
