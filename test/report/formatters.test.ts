// Golden files: one per format from the shared sample. CI (CI=true) never rewrites them;
// update them locally with `npx vitest run test/report -u` and review the diff.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATTERS, isFormatName } from '../../src/report/index.js';
import { expectGolden } from '../golden.js';
import { DIAGNOSTICS, sampleContext } from './sample.js';

describe('golden outputs', () => {
  it('stylish', async () => {
    expectGolden(FORMATTERS.stylish(DIAGNOSTICS, sampleContext()), new URL('./__golden__/stylish.txt', import.meta.url));
  });

  it('stylish in colour', async () => {
    const out = FORMATTERS.stylish(DIAGNOSTICS, sampleContext({ color: true }));
    expectGolden(out, new URL('./__golden__/stylish-color.ansi', import.meta.url));
  });

  it('stylish with nothing found', async () => {
    const out = FORMATTERS.stylish([], sampleContext({ summary: { programs: 2, files: 3, errors: 0, warnings: 0 } }));
    expectGolden(out, new URL('./__golden__/stylish-clean.txt', import.meta.url));
  });

  it('json', async () => {
    expectGolden(FORMATTERS.json(DIAGNOSTICS, sampleContext()), new URL('./__golden__/json.json', import.meta.url));
  });

  it('github', async () => {
    expectGolden(FORMATTERS.github(DIAGNOSTICS, sampleContext()), new URL('./__golden__/github.txt', import.meta.url));
  });

  it('sarif', async () => {
    expectGolden(FORMATTERS.sarif(DIAGNOSTICS, sampleContext()), new URL('./__golden__/sarif.json', import.meta.url));
  });
});

describe('every format', () => {
  it.each(FORMAT_NAMES)('%s ignores the terminal: colour comes from the context alone', (name) => {
    const plain = FORMATTERS[name](DIAGNOSTICS, sampleContext());
    expect(plain).not.toMatch(/\u001b\[/);
    expect(plain.endsWith('\n')).toBe(true);
  });

  it('registry names are the --format choices', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });
});
