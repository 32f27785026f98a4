// How a failure that stops a command is told to the user. Messages carry file names and
// values from users' files: control characters are shown escaped (`\x1b`), never run.

import { UserError } from '../errors/user-error.js';
import { escapeTerminal } from '../escape/terminal.js';

export function describeError(error: unknown, debug: boolean): string {
  if (error instanceof UserError) return escapeTerminal(error.message);
  if (debug && error instanceof Error && error.stack) return escapeTerminal(error.stack, { newlines: true });
  const message = error instanceof Error ? error.message : String(error);
  return `Internal error: ${escapeTerminal(message)} (run again with --debug for details, and please report it).`;
}
