import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/load/describe-issue.js';

describe('describeIssue', () => {
  it('names a list item only for the curriculum lists, not for a key named like a prototype property', () => {
    const root = z.strictObject({ constructor: z.array(z.strictObject({ id: z.string() })) });
    const data = { constructor: [{ id: 'x', extra: 1 }] };
    const issue = root.safeParse(data).error!.issues[0]!;
    expect(describeIssue(issue, data, root)).toEqual([
      { path: ['constructor', 0, 'extra'], target: 'key', message: 'Unknown key "extra" in "constructor.0"; the known keys are "id".' },
    ]);
  });
});
