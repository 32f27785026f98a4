// Defaults have one home (src/model/defaults.ts); the hand-written docs that quote them must
// quote the same numbers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMIT_DEFAULTS, LIST_DEFAULTS, MARKET_DEFAULTS, PROGRAM_DEFAULTS } from '../../src/model/defaults.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** [file, pattern whose first group is a default, the default]. */
const QUOTES: [string, RegExp, number][] = [
  ['README.md', /`--market-threshold <share>` \|.*\(default ([\d.]+)\)/, MARKET_DEFAULTS.threshold],
  ['README.md', /\n {2}threshold: ([\d.]+)\n/, MARKET_DEFAULTS.threshold],
  ['README.md', /warn_above: (\d+) +# a project/, LIMIT_DEFAULTS.skills_per_project.warn_above],
  ['README.md', /max: (\d+) +# \.\.\. and more/, LIMIT_DEFAULTS.skills_per_project.max],
  ['README.md', /min: (\d+) +# fewer or more projects/, LIMIT_DEFAULTS.projects.min],
  ['README.md', /min: \d+ +# fewer or more projects per program is a warning\n +max: (\d+)/, LIMIT_DEFAULTS.projects.max],
  ['README.md', /`--top` \(default (\d+)\) most-requested/, LIST_DEFAULTS.initSkills],
  ['docs/rank-jobs.md', /`--top <n>` \| careers listed \(default (\d+)\)/, LIST_DEFAULTS.careers],
  ['docs/rank-jobs.md', /`--top-skills <n>` \|.*\(default (\d+)\)/, LIST_DEFAULTS.skillsPerCareer],
  ['docs/format.md', /`hours_per_week` \|.*\| no \((\d+)\) \|/, PROGRAM_DEFAULTS.hours_per_week],
  ['docs/format.md', /`production\.design_months` \|.*\| no \((\d+)\) \|/, PROGRAM_DEFAULTS.production.design_months],
  ['docs/format.md', /`production\.course_months` \|.*\| no \((\d+)\) \|/, PROGRAM_DEFAULTS.production.course_months],
  ['docs/format.md', /`production\.teams` \|.*\| no \((\d+)\) \|/, PROGRAM_DEFAULTS.production.teams],
  ['docs/format.md', /`footprint\.kg_co2e_per_video_hour` \|.*\| no \(([\d.]+)\) \|/, PROGRAM_DEFAULTS.footprint.kg_co2e_per_video_hour],
  ['docs/certificates.md', /The default, ([\d.]+) kg CO2e per\nhour/, PROGRAM_DEFAULTS.footprint.kg_co2e_per_video_hour],
];

describe('defaults quoted in the docs', () => {
  it.each(QUOTES.map(([file, pattern, value]) => [file, String(pattern), pattern, value] as const))(
    '%s %s',
    (file, _shown, pattern, value) => {
      const match = pattern.exec(read(file));
      expect(match, `${file} no longer quotes this default`).not.toBeNull();
      expect(Number(match![1])).toBe(value);
    },
  );
});
