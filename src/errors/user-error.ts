// Failures that stop a command (exit code 2): one clear sentence, no stack trace.

/** The job cannot be done: bad usage, unreadable or malformed input. The message names the file. */
export class UserError extends Error {
  override name = 'UserError';
}
