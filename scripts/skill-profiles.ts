// Round 5 of the occupation coder (issue 11), tried and dropped: can a LinkedIn posting's own
// skills choose between the candidate codes of a title the coder leaves uncoded, or reject a
// low-confidence closest match? Reproduces the measure of docs/occupations.md, "Round 5".
//
// 1. Every normalised title of en-linkedin-2023-postings.csv is coded with O*NET at level soc;
//    its postings' skills (en-linkedin-2023-job-skills.csv, joined on job_id: 35 LinkedIn job
//    functions, about 1.7 per posting) are counted per title.
// 2. Per-code skill profiles are built over the whole export from the titles coded with
//    confidence (exact, or a closest match scoring --high or more): postings and, per skill,
//    the postings asking for it. Counts only, no label.
// 3. An uncoded title's candidate codes are the codes of its best taxonomy titles scoring
//    --floor or more (with --tied, only those tied with the best). Each candidate is scored by
//    the Bernoulli naive Bayes log-likelihood of the title's postings' skills under its profile
//    (smoothed towards the whole export's profile), minus the same under the whole export's
//    profile, per posting. The best candidate is taken when it gains --gain or more, and beats
//    the second by --margin; with --reject, a closest match under 0.7 whose code's profile
//    explains the skills worse than the whole export by more than that is uncoded. With
//    --head-candidates <share>, a title whose best taxonomy title is reviewed as too vague
//    ("manager") gets as candidates the codes holding that share of the titles its head noun heads.
// 4. Prints recall and precision before and after on the samples given (default: the first
//    three development samples; never give it the held-out sample), and the titles of the
//    whole export whose code changes, most postings first (--show). With --ceiling, the
//    uncoded labelled rows of each sample by class: no candidate, no accepted code among the
//    candidates, an accepted code among them but another ranked first by skills, or first.
//
// Run: npx tsx scripts/skill-profiles.ts [--tied] [--min-candidates 2] [--margin 1] [--show 40]
//        [--sample test/data/occupation-dev-sample-4.csv]...
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { normalizeTitle } from '../src/demand/normalize-title.js';
import { cleanTitle } from '../src/occupations/clean-title.js';
import { createCoder, type OccupationCoding } from '../src/occupations/index.js';
import { loadBuiltInTaxonomy } from '../src/occupations/load-taxonomy.js';
import { queryWords } from '../src/occupations/title-tokens.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.resolve(ROOT, '../shared/data/postings');
const { values: options } = parseArgs({
  options: {
    high: { type: 'string', default: '0.8' },
    floor: { type: 'string', default: '0.5' },
    tied: { type: 'boolean', default: false },
    'min-candidates': { type: 'string', default: '1' },
    'min-postings': { type: 'string', default: '1' },
    gain: { type: 'string', default: '0.3' },
    margin: { type: 'string', default: '0.5' },
    reject: { type: 'string' },
    show: { type: 'string', default: '0' },
    'head-candidates': { type: 'string' },
    ceiling: { type: 'boolean', default: false },
    sample: { type: 'string', multiple: true },
  },
});
const HIGH = Number(options.high);
const FLOOR = Number(options.floor);
const GAIN = Number(options.gain);
const MARGIN = Number(options.margin);
const REJECT = options.reject === undefined ? undefined : Number(options.reject);
/** A profile needs this many postings to be trusted. */
const MIN_PROFILE = 5;
/** Closest matches at or above this score are kept as they are. */
const CONFIDENT = 0.7;

const csv = (file: string) => parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
const postings = csv(path.join(DATA, 'en-linkedin-2023-postings.csv'));
const skillRows = csv(path.join(DATA, 'en-linkedin-2023-job-skills.csv'));
const SKILLS = [...new Set(skillRows.map((row) => row.skill_abr!))].sort();
const skillIndex = new Map(SKILLS.map((skill, index) => [skill, index]));
const skillsOfJob = new Map<string, number[]>();
for (const row of skillRows) {
  const list = skillsOfJob.get(row.job_id!) ?? [];
  list.push(skillIndex.get(row.skill_abr!)!);
  skillsOfJob.set(row.job_id!, list);
}

/** Postings, and per skill the postings asking for it. */
interface Counts {
  n: number;
  skills: Float64Array;
}
const counts = (): Counts => ({ n: 0, skills: new Float64Array(SKILLS.length) });
const titles = new Map<string, Counts>();
for (const posting of postings) {
  const title = normalizeTitle(posting.title!);
  if (!title) continue;
  let entry = titles.get(title);
  if (!entry) {
    entry = counts();
    titles.set(title, entry);
  }
  entry.n++;
  for (const skill of skillsOfJob.get(posting.job_id!) ?? []) entry.skills[skill]!++;
}

const coder = await createCoder({ taxonomy: 'onet' });
const { index, taxonomy } = await loadBuiltInTaxonomy('onet');
const codings = new Map<string, OccupationCoding>();
const profiles = new Map<string, Counts>();
const everything = counts();
for (const [title, entry] of titles) {
  const coding = coder.code(title);
  codings.set(title, coding);
  if (coding.code === null || coding.score < HIGH) continue;
  let profile = profiles.get(coding.code);
  if (!profile) {
    profile = counts();
    profiles.set(coding.code, profile);
  }
  for (const into of [profile, everything]) {
    into.n += entry.n;
    for (let skill = 0; skill < SKILLS.length; skill++) into.skills[skill]! += entry.skills[skill]!;
  }
}

/** Log-likelihood of a title's postings' skills under a profile, smoothed towards the whole export's. */
function logLikelihood(title: Counts, profile: Counts): number {
  let sum = 0;
  for (let skill = 0; skill < SKILLS.length; skill++) {
    const p = (profile.skills[skill]! + everything.skills[skill]! / everything.n) / (profile.n + 1);
    const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
    sum += title.skills[skill]! * Math.log(q) + (title.n - title.skills[skill]!) * Math.log(1 - q);
  }
  return sum;
}

/** The codes of a title's best taxonomy titles, each with the score of its best title. */
function candidates(title: string): { code: string; score: number }[] {
  const query = queryWords(cleanTitle(title));
  if (query.tokens.length === 0) return [];
  const exact = index.exact(query.tokens);
  const matches =
    exact !== undefined
      ? [{ title: exact, score: 1 }]
      : index
          .search(query)
          .filter((match) => match.score >= FLOOR)
          .slice(0, 4);
  const best = matches[0]?.score ?? 0;
  if (options['head-candidates'] !== undefined && matches.length > 0 && index.leavesOf(matches[0]!.title).length === 0)
    return headCandidates(query.segments[0] ?? [], Number(options['head-candidates']));
  const found: { code: string; score: number }[] = [];
  for (const match of matches) {
    if (options.tied && match.score < best - 1e-9) continue;
    for (const leaf of index.leavesOf(match.title)) {
      const context = taxonomy.contextOf?.(leaf);
      if (context !== undefined && !query.tokens.some((word) => context.has(word))) continue;
      const code = taxonomy.codeOf(leaf, 'soc');
      if (!found.some((candidate) => candidate.code === code) && (profiles.get(code)?.n ?? 0) >= MIN_PROFILE)
        found.push({ code, score: match.score });
    }
  }
  return found;
}

/**
 * A title whose best taxonomy title is reviewed as too vague ("manager" for "Reconstruction
 * Manager"): the codes holding at least `share` of the taxonomy titles headed by its head noun.
 */
function headCandidates(words: readonly string[], share: number): { code: string; score: number }[] {
  const head = words.findLast((word) => index.isHead(word));
  if (head === undefined) return [];
  const uses = new Map<string, number>();
  let total = 0;
  for (const title of index.titlesContaining(head, true)) {
    for (const leaf of index.leavesOf(title)) {
      const code = taxonomy.codeOf(leaf, 'soc');
      if (code.startsWith('55-')) continue;
      uses.set(code, (uses.get(code) ?? 0) + 1);
      total++;
    }
  }
  return [...uses]
    .filter(([code, count]) => count >= share * total && (profiles.get(code)?.n ?? 0) >= MIN_PROFILE)
    .map(([code, count]) => ({ code, score: count / total }));
}

/** The code after the skill-aware step, and why. */
function decide(title: string): { code: string | null; why: string } {
  const base = codings.get(title) ?? coder.code(title);
  const entry = titles.get(title);
  if (!entry || entry.skills.every((count) => count === 0) || entry.n < Number(options['min-postings']))
    return { code: base.code, why: '' };
  if (base.method === 'fuzzy' ? base.score >= CONFIDENT : base.method !== 'none') return { code: base.code, why: '' };
  const background = logLikelihood(entry, everything);
  const gain = (code: string) => (logLikelihood(entry, profiles.get(code)!) - background) / entry.n;
  if (base.method === 'none') {
    const scored = candidates(title)
      .map((candidate) => ({ ...candidate, gain: gain(candidate.code) }))
      .sort((a, b) => b.gain - a.gain);
    const [first, second] = scored;
    if (scored.length < Number(options['min-candidates']) || !first || first.gain < GAIN) return { code: null, why: '' };
    if (second && first.gain - second.gain < MARGIN) return { code: null, why: '' };
    return { code: first.code, why: `picked: score ${first.score.toFixed(2)}, ${scored.length} candidates, gain ${first.gain.toFixed(2)}` };
  }
  if (REJECT !== undefined && profiles.has(base.code!) && gain(base.code!) < REJECT)
    return { code: null, why: `rejected: gain ${gain(base.code!).toFixed(2)}` };
  return { code: base.code, why: '' };
}

const samples = options.sample ?? [1, 2, 3].map((n) => `test/data/occupation-dev-sample${n === 1 ? '' : `-${n}`}.csv`);
for (const sample of samples) {
  if (path.basename(sample) === 'occupation-sample.csv') throw new Error('The held-out sample is scored by the lead only.');
  const rows = parse(readFileSync(path.resolve(ROOT, sample)), {
    columns: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
  });
  const figures = { labelled: 0, before: { coded: 0, right: 0 }, after: { coded: 0, right: 0 } };
  const ceiling = { uncoded: 0, noCandidate: 0, noneAccepted: 0, acceptedNotFirst: 0, acceptedFirst: 0 };
  for (const row of rows as Record<string, string>[]) {
    if (row.file !== 'en-linkedin-2023-postings.csv') continue;
    const title = normalizeTitle(postings[Number(row.row) - 1]!.title!);
    const accepted = row.codes!.split(';').filter(Boolean);
    if (accepted.length > 0) figures.labelled++;
    if (options.ceiling && accepted.length > 0 && coder.code(title).code === null) {
      ceiling.uncoded++;
      const entry = titles.get(title)!;
      const found = candidates(title);
      if (found.length === 0) ceiling.noCandidate++;
      else if (!found.some((candidate) => accepted.includes(candidate.code))) ceiling.noneAccepted++;
      else {
        const background = logLikelihood(entry, everything);
        const [first] = found
          .map((candidate) => ({ ...candidate, gain: logLikelihood(entry, profiles.get(candidate.code)!) - background }))
          .sort((a, b) => b.gain - a.gain);
        if (accepted.includes(first!.code)) ceiling.acceptedFirst++;
        else ceiling.acceptedNotFirst++;
      }
    }
    for (const [side, code] of [
      [figures.before, coder.code(title).code],
      [figures.after, decide(title).code],
    ] as const) {
      if (code === null) continue;
      side.coded++;
      if (accepted.includes(code)) side.right++;
    }
  }
  const figure = ({ coded, right }: { coded: number; right: number }) =>
    `recall ${(right / figures.labelled).toFixed(3)} (${right}/${figures.labelled}), precision ${(right / coded).toFixed(3)} (${right}/${coded})`;
  console.log(`${sample}: ${figure(figures.before)} -> ${figure(figures.after)}`);
  if (options.ceiling) console.log(`  uncoded labelled rows: ${JSON.stringify(ceiling)}`);
}

const changed = [...titles]
  .map(([title, entry]) => ({ title, postings: entry.n, before: codings.get(title)!.code, after: decide(title) }))
  .filter((change) => change.before !== change.after.code)
  .sort((a, b) => b.postings - a.postings || (a.title < b.title ? -1 : 1));
console.log(`Whole export: ${changed.length} titles, ${changed.reduce((sum, change) => sum + change.postings, 0)} postings change code.`);
for (const change of changed.slice(0, Number(options.show))) {
  const label = change.after.code === null ? '' : (coder.labelOf(change.after.code) ?? '');
  console.log(`${change.postings}\t${change.title}\t${change.before ?? '-'} -> ${change.after.code ?? '-'} ${label}\t${change.after.why}`);
}
