// Validates one parsed file against a schema (by default a curriculum file's): zod issues ->
// `schema` diagnostics.
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import { curriculumFileSchema } from '../model/schema.js';
import { closestWord } from './closest-word.js';
import { describeIssue } from './describe-issue.js';
import { locate } from './locate.js';
import type { ParsedYaml } from './parse-yaml.js';
import { valueAt } from './plain-data.js';

type Issue = z.core.$ZodIssue;

/** `schema` diagnostics of one parsed file; an empty file (no content) is valid. */
export function validateFile(parsed: ParsedYaml, file: string, schema: z.ZodType = curriculumFileSchema): Diagnostic[] {
  const data = parsed.data ?? {};
  const issues = (schema.safeParse(data).error?.issues ?? []).flatMap(meantBranch);
  return withoutMisspeltFields(issues, data).flatMap((issue) =>
    describeIssue(issue, data, schema).map(
      (report): Diagnostic => ({
        rule: 'schema',
        severity: 'error',
        message: report.message,
        file,
        ...locate(parsed.doc, parsed.lineCounter, report.path, report.target, parsed.text),
      }),
    ),
  );
}

/**
 * A value that fits no option of a union (a map's course: text or `{ url, title }`) is told
 * by the option it was meant for: the one that did not fail on the value's type.
 */
function meantBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (!meant) return [issue];
  return meant.flatMap((inner) => meantBranch({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

/**
 * `nmae: x` makes zod report both an unknown key "nmae" and a missing "name": the unknown
 * key's message already says `did you mean "name"?`, so the missing field is one error too many.
 */
function withoutMisspeltFields(issues: Issue[], data: unknown): Issue[] {
  const unknownKeys = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') unknownKeys.set(JSON.stringify(issue.path), issue.keys);
  }
  return issues.filter((issue) => {
    if (issue.code !== 'invalid_type' || issue.path.length === 0 || valueAt(data, issue.path as (string | number)[]) !== undefined) {
      return true;
    }
    const field = String(issue.path.at(-1));
    const siblings = unknownKeys.get(JSON.stringify(issue.path.slice(0, -1))) ?? [];
    return !siblings.some((key) => closestWord(key, [field]) === field);
  });
}
