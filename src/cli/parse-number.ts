// Numbers given on the command line, checked where commander reads them.
import { UserError } from '../errors/user-error.js';

/** An option parser for a whole number >= `min` (`--top 0` makes no sense, `--max-warnings 0` does). */
export function wholeNumber(option: string, min = 0): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min) {
      throw new UserError(`${option} needs a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${value}".`);
    }
    return number;
  };
}
