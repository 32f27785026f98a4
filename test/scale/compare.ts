// What the scale pipeline must keep: a rank-jobs JSON ranking without the two things a count
// table cannot know, the titles behind each occupation (`variants`) and the raw records
// skipped (`skipped`, which counts the count table's rows there).

/** The options of every compared run: all careers, all skills. */
export const RANK = ['--format', 'json', '--top', '1000', '--top-skills', '1000'];

export function comparable(stdout: string): unknown {
  const { skipped: _skipped, careers, ...ranking } = JSON.parse(stdout) as { skipped: number; careers: { variants: unknown }[] };
  return { ...ranking, careers: careers.map(({ variants: _variants, ...career }) => career) };
}
