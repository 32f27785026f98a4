// Failures that stop a command (exit code 2): one clear sentence, no stack trace.

/** The user asked for something that cannot be done: bad usage, unreadable or malformed input. */
export class UserError extends Error {
  override name = 'UserError';
}

export function describeError(error: unknown, debug: boolean): string {
  if (error instanceof UserError) return error.message;
  if (debug && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return `Internal error: ${message} (run again with --debug for details, and please report it).`;
}
