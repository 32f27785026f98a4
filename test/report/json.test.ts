import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { DIAGNOSTICS, sampleContext } from './sample.js';

describe('json', () => {
  it('keeps the key order of PRODUCT.md', () => {
    const report = JSON.parse(formatJson(DIAGNOSTICS, sampleContext()));
    expect(Object.keys(report)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(report.diagnostics[0])).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(report.summary).toEqual({ programs: 2, files: 3, errors: 5, warnings: 4 });
  });

  it('drops fields a diagnostic may carry beyond the contract', () => {
    const d = { ...DIAGNOSTICS[0]!, fix: 'remove it' };
    expect(JSON.parse(formatJson([d], sampleContext())).diagnostics[0]).not.toHaveProperty('fix');
  });

  it('appends market coverage after the four summary fields when market data was given', () => {
    const market = [
      {
        program: 'data-analyst',
        job: 'data analyst',
        postings: 412,
        coverage: 0.81,
        gaps: [{ skill: 'python', postings: 185, share: 0.449 }],
        uncovered: [{ skill: 'python', postings: 185, share: 0.449 }],
      },
    ];
    const { summary } = JSON.parse(formatJson(DIAGNOSTICS, sampleContext({ market })));
    expect(Object.keys(summary)).toEqual(['programs', 'files', 'errors', 'warnings', 'market']);
    expect(summary.errors).toBe(5);
    expect(summary.market).toEqual(market);
  });

  it('prints an empty list when nothing is found', () => {
    const context = sampleContext({ summary: { programs: 1, files: 1, errors: 0, warnings: 0 } });
    expect(formatJson([], context)).toBe(
      '{\n  "diagnostics": [],\n  "summary": {\n    "programs": 1,\n    "files": 1,\n    "errors": 0,\n    "warnings": 0\n  }\n}\n',
    );
  });
});
