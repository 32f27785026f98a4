// Paths typed on the command line. An empty one is almost always an unset shell variable
// (`curriculum init "$DIR"`): read as the current folder, it wrote a program or pages there.
import { UserError } from '../errors/user-error.js';

/** Fails with one sentence when `value` is empty or blank; `what` names it (`--out`, `The program folder`), `hint` says what to give. */
export function assertPath(value: string, what: string, hint = 'give a path ("." for the current folder)'): void {
  if (value.trim() === '') throw new UserError(`${what} is empty ("${value}"); ${hint}.`);
}
