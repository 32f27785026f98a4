// Golden files: one per format from the shared sample. CI (CI=true) never rewrites them;
// update them locally with `npx vitest run test/report -u` and review the diff.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATTERS, isFormatName } from '../../src/report/index.js';
import { DIAGNOSTICS, sampleContext } from './sample.js';

describe('golden outputs', () => {
  it('stylish', async () => {
    await expect(FORMATTERS.stylish(DIAGNOSTICS, sampleContext())).toMatchFileSnapshot('./__golden__/stylish.txt');
  });

  it('stylish in colour', async () => {
    const out = FORMATTERS.stylish(DIAGNOSTICS, sampleContext({ color: true }));
    await expect(out).toMatchFileSnapshot('./__golden__/stylish-color.ansi');
  });

  it('stylish with nothing found', async () => {
    const out = FORMATTERS.stylish([], sampleContext({ summary: { programs: 2, files: 3, errors: 0, warnings: 0 } }));
    await expect(out).toMatchFileSnapshot('./__golden__/stylish-clean.txt');
  });

  it('json', async () => {
    await expect(FORMATTERS.json(DIAGNOSTICS, sampleContext())).toMatchFileSnapshot('./__golden__/json.json');
  });

  it('github', async () => {
    await expect(FORMATTERS.github(DIAGNOSTICS, sampleContext())).toMatchFileSnapshot('./__golden__/github.txt');
  });

  it('sarif', async () => {
    await expect(FORMATTERS.sarif(DIAGNOSTICS, sampleContext())).toMatchFileSnapshot('./__golden__/sarif.json');
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
