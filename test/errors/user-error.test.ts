// The start-up bundle and the command bodies each hold a copy of UserError (scripts/bundle-cli.ts):
// an error thrown by one copy must still be a user error to the other.
import { describe, expect, it, vi } from 'vitest';

describe('UserError', () => {
  it('recognises an error of another copy of the class, and nothing else', async () => {
    const first = await import('../../src/errors/user-error.js');
    vi.resetModules();
    const second = await import('../../src/errors/user-error.js');
    expect(second.UserError).not.toBe(first.UserError);
    expect(new first.UserError('bad input') instanceof second.UserError).toBe(true);
    expect(new second.UserError('bad input') instanceof first.UserError).toBe(true);
    expect(new Error('bug') instanceof first.UserError).toBe(false);
    expect(Object.assign(new Error('bug'), { name: 'UserError' }) instanceof first.UserError).toBe(false);
    expect((null as unknown as object) instanceof first.UserError).toBe(false);
  });

  it('keeps what an Error has: name, message, stack', async () => {
    const { UserError } = await import('../../src/errors/user-error.js');
    const error = new UserError('Cannot read "x.csv": no such file.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('Cannot read "x.csv": no such file.');
    expect(error.stack).toContain('UserError');
  });
});
