// One fixture folder per rule: `invalid/` marks each expected diagnostic on its line with
// `# expect: <rule>`, and its `valid/` twin must raise nothing at all.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { checkRepository } from '../../src/check/check-repository.js';
import { loadCheckConfig } from '../../src/check/load-config.js';
import { loadMarket } from '../../src/cli/load-market.js';
import { RULES } from '../../src/check/registry.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/rules');

async function check(folder: string) {
  const local = path.join(folder, 'curriculum.config.yaml');
  const settings = await loadCheckConfig(folder, existsSync(local) ? local : path.join(FIXTURES, 'curriculum.config.yaml'));
  // A fixture's config may name market data, as a repository's does for CI.
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), cwd: folder, env: {} };
  const market = await loadMarket({}, settings, io);
  return checkRepository(['.'], { cwd: folder, settings, market });
}

function expectedMarkers(sources: ReadonlyMap<string, string>): string[] {
  const expected: string[] = [];
  for (const [file, text] of sources) {
    text.split('\n').forEach((line, index) => {
      const marker = /# expect: ([\w, -]+)/.exec(line);
      for (const rule of marker?.[1]?.split(',') ?? []) expected.push(`${file}:${index + 1} ${rule.trim()}`);
    });
  }
  return expected.sort();
}

describe.each(RULES.map((rule) => rule.code))('rule %s', (code) => {
  test('has a fixture folder with an invalid case and a valid twin', () => {
    expect(readdirSync(path.join(FIXTURES, code)).sort()).toEqual(['invalid', 'valid']);
  });

  test('reports exactly the marked lines', async () => {
    const result = await check(path.join(FIXTURES, code, 'invalid'));
    const found = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`).sort();
    expect(found).toEqual(expectedMarkers(result.sources));
    expect(found.some((entry) => entry.endsWith(` ${code}`))).toBe(true);
  });

  test('raises nothing on the valid twin', async () => {
    const result = await check(path.join(FIXTURES, code, 'valid'));
    expect(result.diagnostics).toEqual([]);
  });
});
