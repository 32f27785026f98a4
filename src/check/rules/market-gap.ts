import type { Finding, Rule } from '../rule.js';

export const marketGap: Rule = {
  code: 'market-gap',
  severity: 'warning',
  description: "A skill asked for by at least 30% (configurable) of the job's postings that no project validates; only with market data.",
  docs: {
    why: "The method starts from the job market: a skill most employers ask for, and that the program does not validate, is a gap its graduates will meet in interviews. Reported when `check` is given market data (`--market` or the config's `market:` section).",
    bad: 'program:\n  job: data analyst     # 64% of its postings ask for "sql"\nskills:\n  - id: spreadsheets\n    name: Analyse data in spreadsheets',
    good: 'program:\n  job: data analyst\nskills:\n  - id: sql              # matched by id, name, ref or the alias file\n    name: Query relational databases with SQL\n  - id: spreadsheets\n    name: Analyse data in spreadsheets',
  },
  check({ market }) {
    if (market === undefined) return [];
    if (!market.found) {
      return [
        {
          path: ['program', 'job'],
          message: `No posting in the market data is for the job "${market.job}"; market coverage cannot be measured (check the job's name, or map it with --aliases).`,
        },
      ];
    }
    const { job, label, postings, gaps } = market.coverage;
    const whose = job === label ? `the ${postings} "${job}" postings` : `the ${postings} postings of occupation ${job} "${label}"`;
    return gaps.map(
      (gap): Finding => ({
        path: gap.skillIndex === undefined ? ['program', 'job'] : ['skills', gap.skillIndex],
        message: `Employers ask for "${gap.skill}" in ${Math.round(gap.share * 100)}% of ${whose}, and no project validates it.`,
      }),
    );
  },
};
