// Failures that stop a command (exit code 2): one clear sentence, no stack trace.

/**
 * The start-up bundle (scripts/bundle-cli.ts) holds its own copy of this class, and the
 * command bodies under dist/ theirs: `instanceof` recognises an error of either copy by this
 * brand, shared through the global symbol registry.
 */
const BRAND: unique symbol = Symbol.for('curriculum.UserError') as never;

/** The job cannot be done: bad usage, unreadable or malformed input. The message names the file. */
export class UserError extends Error {
  override name = 'UserError';
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}
