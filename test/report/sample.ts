// The one diagnostic sample every formatter test and golden file is built from: the real
// diagnostics of `check` on test/fixtures/report/curricula, so every message is one the code
// really writes.
import path from 'node:path';
import { checkRepository } from '../../src/check/check-repository.js';
import { RULES as REGISTRY } from '../../src/check/registry.js';
import type { ReportContext } from '../../src/report/formatter.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report');
const result = await checkRepository(['curricula'], { cwd: FIXTURE });

/** Sorted by file, line, column, rule, as the runner hands them over. */
export const DIAGNOSTICS = result.diagnostics;

/** The rules the registry holds, as the CLI passes them to formatters. */
export const RULES = REGISTRY;

export function sampleContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    rules: RULES,
    summary: result.summary,
    color: false,
    sources: result.sources,
    toolVersion: '0.1.0',
    ...overrides,
  };
}
