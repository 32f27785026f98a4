// Golden files: the expected output of a format, byte for byte. A test run never writes one:
// a missing or different golden fails, with CI set or not; only `npm run test:update`
// (UPDATE_GOLDENS=1) rewrites them, after a reviewed change (CONTRIBUTING.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Compares `actual` with the golden file `golden` (a URL, usually `new URL('./__golden__/x', import.meta.url)`). */
export function expectGolden(actual: string, golden: URL): void {
  const file = fileURLToPath(golden);
  const shown = path.relative(ROOT, file);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`Golden file ${shown} is missing: review the output, then write it with "npm run test:update".`);
  expect(actual, `output differs from golden file ${shown} (after a reviewed change: npm run test:update)`).toBe(
    readFileSync(file, 'utf8'),
  );
}
