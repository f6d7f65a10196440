// What the relay's log lines may say of an error. Database errors carry pieces of what they failed on:
// PostgreSQL's `detail` and `where` ("JSON data, line 1: ..."), PGlite's `query` and `params` (the whole
// body), values quoted in the message itself ('invalid input syntax for type json: "..."'). Event bodies
// are never logged unless RELAY_LOG_PAYLOADS (relay/README.md, Logs), so an error is logged as its kind,
// its code (SQLSTATE or Node's), its message without the values in it, and where it was thrown.

const MAX_DEPTH = 3;

/** pino's `err` serializer for every relay log line. */
export function errorForLog(error: unknown, depth = 0): Record<string, unknown> {
  // Errors from another realm (a WebAssembly module's, a vm context's) are not `instanceof Error`.
  const isError = error instanceof Error || (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string');
  if (!isError) return { type: typeof error, message: typeof error === 'string' ? withoutValues(error) : undefined };
  const found = error as Error & { code?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof found.code === 'string' || typeof found.code === 'number' ? String(found.code).slice(0, 40) : undefined;
  const frames = (found.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    // pg names its errors 'error'; their class says more.
    type: String((found.name !== 'error' && found.name) || found.constructor?.name || 'Error').slice(0, 60),
    ...(code ? { code } : {}),
    message: withoutValues(found.message ?? ''),
    ...(frames.length ? { stack: frames.join('\n') } : {}),
    ...(depth < MAX_DEPTH && found.cause !== undefined ? { cause: errorForLog(found.cause, depth + 1) } : {}),
    ...(depth < MAX_DEPTH && Array.isArray(found.errors) ? { errors: found.errors.slice(0, 5).map((e) => errorForLog(e, depth + 1)) } : {}),
  };
}

/**
 * A message without the values it quotes: PostgreSQL (and Node) put a value after ": " or between
 * quotes, and bytes as 0x.. ('invalid byte sequence for encoding "UTF8": 0x00'). What is left says what
 * went wrong, never with what.
 */
export function withoutValues(message: string): string {
  let text = message.split(': ')[0];
  for (const quote of ['"', "'"]) {
    const open = text.indexOf(quote);
    if (open < 0) continue;
    // After the last quote: words ('relation "…" does not exist'), or nothing that could be a value.
    const rest = text.slice(text.lastIndexOf(quote) + 1);
    text = `${text.slice(0, open)}${quote}…${quote}${text.lastIndexOf(quote) > open && /^[A-Za-z ]*$/.test(rest) ? rest : ''}`;
  }
  return text.replace(/0x[0-9a-f]+/gi, '0x…').slice(0, 300);
}
