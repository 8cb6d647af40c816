/**
 * Everything the server writes to stdout and stderr while `work` runs, at every log level (tests
 * otherwise log errors only), kept from the test output.
 */
export async function captureOutput<T>(
  work: () => Promise<T>,
  /**
   * Keeps capturing after `work` until the output satisfies this (at most 5 s): a request's line is
   * written when its answer has finished, which the client may see a moment before the server does.
   */
  until?: (output: string) => boolean,
): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const { write: stdout } = process.stdout;
  const { write: stderr } = process.stderr;
  const environment = process.env.NODE_ENV;
  const capture = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture;
  process.stderr.write = capture;
  process.env.NODE_ENV = 'production';
  try {
    const result = await work();
    for (let waited = 0; until && !until(chunks.join('')) && waited < 5000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { result, output: chunks.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    process.env.NODE_ENV = environment;
  }
}
