// How a failure that stops a command is told to the user.
import { UserError } from '../errors.js';

export function describeError(error: unknown, debug: boolean): string {
  if (error instanceof UserError) return error.message;
  if (debug && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return `Internal error: ${message} (run again with --debug for details, and please report it).`;
}
