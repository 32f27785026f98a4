// Builds the compact taxonomy files the occupation coder loads (data/occupations/*.bin.gz)
// from the open releases in ../shared/data/taxonomies, plus the SOC and ROME group labels in
// scripts/occupations/. Deterministic: the same inputs give the same bytes.
// Run: npx tsx scripts/build-occupations-data.ts [--source <taxonomies dir>] [--out <dir>]
// (test/data/occupations.test.ts rebuilds into a temporary folder and compares the bytes.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { cleanTitle } from '../src/occupations/clean-title.js';
import { compactTitles, type IndexedTitle } from '../src/occupations/compact-titles.js';
import { encodeData } from '../src/occupations/data-files.js';
import { endingFolds, feminineFolds, foldWords } from '../src/occupations/gender-folds.js';
import { type OnetData, onetTaxonomy } from '../src/occupations/onet-taxonomy.js';
import { applyReviewedTable, REVIEWED_TABLES, readHeadNouns } from '../src/occupations/reviewed-tables.js';
import { type RomeData, romeTaxonomy } from '../src/occupations/rome-taxonomy.js';
import type { Taxonomy } from '../src/occupations/taxonomy.js';
import { titleTokens } from '../src/occupations/title-tokens.js';
import { onetVariants, romeVariants } from '../src/occupations/title-variants.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The project's data/occupations: where the files go by default, and where the reviewed tables are read. */
export const DATA_OUT = path.join(ROOT, 'data/occupations');
/** The open releases, as in ../shared/data/taxonomies. */
export const TAXONOMIES = path.resolve(ROOT, '../shared/data/taxonomies');

type Row = Record<string, string>;
/** A CSV or TSV table with a header; lines starting with "#" are comments (our own inputs). */
const readTable = (file: string, delimiter = ','): Row[] =>
  parse(readFileSync(file), {
    columns: true,
    bom: true,
    delimiter,
    quote: delimiter === '\t' ? false : '"',
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
  }) as Row[];

/** The index key of a title: its comparable words, or '' when cleaning leaves none. */
const keyOf = (title: string) => titleTokens(cleanTitle(title)).join(' ');

/** Title keys -> the set of leaves (occupations) they name, then sorted for stable output. */
class TitleTable {
  private readonly leaves = new Map<string, Set<number>>();
  readonly headLast = new Set<string>();
  /** `folds`: French feminine words keyed as their masculine (gender-folds.ts). */
  constructor(private readonly folds: ReadonlyMap<string, string> = new Map()) {}
  add(title: string, leaf: number, headLast = true): void {
    const key = foldWords(keyOf(title).split(' '), this.folds).join(' ');
    if (key === '') return;
    const set = this.leaves.get(key) ?? new Set();
    this.leaves.set(key, set);
    set.add(leaf);
    if (headLast) this.headLast.add(key);
  }
  titles(): IndexedTitle[] {
    return [...this.leaves.keys()]
      .sort()
      .map((key) => ({ key, leaves: [...this.leaves.get(key)!].sort((a, b) => a - b), headLast: this.headLast.has(key) }));
  }
}

/** The taxonomy's titles with its reviewed tables (data/occupations/*.csv) applied, compacted. */
function withReviewedTables(name: 'onet' | 'rome', taxonomy: Taxonomy, titles: IndexedTitle[], folds?: ReadonlyMap<string, string>) {
  const heads: [string, number][] = [];
  for (const { file, headLast, heads: headNouns } of REVIEWED_TABLES[name]) {
    const table = { file: `data/occupations/${file}`, text: readFileSync(path.join(DATA_OUT, file), 'utf8'), headLast };
    if (headNouns) heads.push(...readHeadNouns(taxonomy, table, folds));
    else titles = applyReviewedTable(titles, taxonomy, table, folds);
  }
  return compactTitles(titles, folds, heads);
}

function buildOnet(source: string): OnetData {
  const dir = path.join(source, 'onet-29.2');
  const occupations = readTable(path.join(dir, 'Occupation Data.txt'), '\t')
    .map((row) => [row['O*NET-SOC Code']!, row.Title!] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const index = new Map(occupations.map(([code], position) => [code, position]));
  const titles = new TitleTable();
  for (const [code, title] of occupations) for (const variant of onetVariants(title)) titles.add(variant, index.get(code)!);
  for (const row of readTable(path.join(dir, 'Alternate Titles.txt'), '\t')) {
    const leaf = index.get(row['O*NET-SOC Code']!);
    if (leaf === undefined) throw new Error(`Alternate title of unknown occupation ${row['O*NET-SOC Code']}.`);
    const short = row['Short Title'] === 'n/a' ? [] : [row['Short Title']!];
    for (const variant of [...onetVariants(row['Alternate Title']!), ...short]) titles.add(variant, leaf);
  }
  const structure = readTable(path.join(ROOT, 'scripts/occupations/soc-2018-structure.csv'));
  const socCodes = new Set(occupations.map(([code]) => code.slice(0, 7)));
  const broadOf = structure.filter((row) => row.level === 'detailed' && socCodes.has(row.code!)).map((row) => [row.code!, row.parent!]);
  if (broadOf.length !== socCodes.size) throw new Error('The SOC structure does not cover every O*NET SOC code.');
  const used = new Set(broadOf.map(([, broad]) => broad!));
  const groups = structure
    .filter((row) => (row.level === 'broad' && used.has(row.code!)) || row.level === 'major')
    .map((row) => [row.code!, row.level === 'broad' ? 'minor' : 'major', row.title!]);
  const data: OnetData = {
    occupations: occupations.map(([code, title]) => [code, title]),
    groups: groups as OnetData['groups'],
    broadOf: broadOf as [string, string][],
  };
  data.titles = withReviewedTables('onet', onetTaxonomy(data), titles.titles());
  return data;
}

function buildRome(source: string): RomeData {
  const dir = path.join(source, 'rome-v460');
  const codes = readTable(path.join(dir, 'unix_referentiel_code_rome_v460_utf8.csv')).sort((a, b) =>
    a.code_rome!.localeCompare(b.code_rome!),
  );
  const fiches = codes.map((row) => [row.code_rome!, row.libelle_rome!, row.code_rome_parent!]);
  const ficheIndex = new Map(codes.map((row, position) => [row.code_rome!, position]));
  const pairs = new Map<string, number>();
  const leaves: [number, number][] = [];
  const leafOf = (fiche: string, parent: string): number => {
    const id = `${fiche} ${parent}`;
    let leaf = pairs.get(id);
    if (leaf === undefined) {
      leaf = leaves.length;
      pairs.set(id, leaf);
      leaves.push([ficheIndex.get(fiche)!, ficheIndex.get(parent)!]);
    }
    return leaf;
  };
  // A ROME title is English (head noun last) when it is not a French gender pair and all its
  // words are words of O*NET titles: "Data engineer", "Scrum Master".
  const english = englishWords(source);
  const appellations = readTable(path.join(dir, 'unix_referentiel_appellation_v460_utf8.csv'));
  const labels = [...codes.map((row) => row.libelle_rome!), ...appellations.map((row) => row.libelle_appellation_long!)];
  const folds = romeFolds(labels);
  const titles = new TitleTable(folds);
  const add = (label: string, fiche: string, parent: string) => {
    const { forms, paired } = romeVariants(label);
    for (const form of forms) {
      const words = titleTokens(cleanTitle(form));
      const french = paired || /[à-ÿ]/i.test(form) || /(?:^|\s)(?:(?:de|du|des|la|le|les|et|en|au|aux|pour)(?:\s|$)|[dl]['’])/i.test(form);
      const headLast = !french && words.length > 0 && words.every((word) => english.has(word));
      titles.add(form, leafOf(fiche, parent), headLast);
    }
  };
  for (const row of codes) add(row.libelle_rome!, row.code_rome!, row.code_rome_parent!);
  // An appellation rolls up to its own code_rome_parent, the ROME 3 code it was filed under
  // (see docs/occupations.md, "ROME levels").
  for (const row of appellations) add(row.libelle_appellation_long!, row.code_rome!, row.code_rome_parent!);
  const groups = readTable(path.join(ROOT, 'scripts/occupations/rome-groups.csv')).map((row) => [
    row.code!,
    row.code!.length === 1 ? 'family' : 'domain',
    row.label!,
  ]);
  const labelled = new Set(groups.map(([code]) => code));
  for (const row of codes) {
    for (const prefix of [row.code_rome!.slice(0, 1), row.code_rome!.slice(0, 3)]) {
      if (!labelled.has(prefix)) throw new Error(`No label for the ROME group ${prefix} in scripts/occupations/rome-groups.csv.`);
    }
  }
  const data: RomeData = { fiches: fiches as RomeData['fiches'], groups: groups as RomeData['groups'], leaves };
  // romeTaxonomy adds to data.leaves the leaves of codes the reviewed tables name.
  data.titles = withReviewedTables('rome', romeTaxonomy(data), titles.titles(), folds);
  return data;
}

/**
 * Feminine words of ROME read as their masculine: those of its gender pairs ("Conseiller /
 * Conseillère"), then the other words whose feminine ending has its masculine among ROME's
 * words ("immobilière").
 */
function romeFolds(labels: readonly string[]): Map<string, string> {
  const pairs = feminineFolds(genderPairs(labels));
  const words = new Set(labels.flatMap((label) => romeVariants(label).forms.flatMap((form) => keyOf(form).split(' '))));
  const males = new Set(pairs.values());
  for (const [female, male] of endingFolds(words, males)) if (!pairs.has(female)) pairs.set(female, male);
  return new Map([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The comparable words of the masculine and feminine forms of ROME's gender pairs ("Conseiller / Conseillère clientèle"). */
function* genderPairs(labels: readonly string[]): Generator<[string[], string[]]> {
  for (const label of labels) {
    const { forms, paired } = romeVariants(label);
    if (paired && forms.length === 2) yield [keyOf(forms[0]!).split(' '), keyOf(forms[1]!).split(' ')];
  }
}

/** Every word of an O*NET occupation or alternate title, as titleTokens gives it. */
function englishWords(source: string): Set<string> {
  const dir = path.join(source, 'onet-29.2');
  const words = new Set<string>();
  for (const row of readTable(path.join(dir, 'Alternate Titles.txt'), '\t'))
    for (const word of keyOf(row['Alternate Title']!).split(' ')) words.add(word);
  words.delete('');
  return words;
}

/** The data files' format (see data-files.ts), gzipped with a fixed header (no name, no time, OS "unknown") so bytes do not depend on the machine. */
function writeDataFile(file: string, value: unknown): void {
  const bytes = gzipSync(encodeData(value), { level: 9 });
  bytes[9] = 0xff;
  writeFileSync(file, bytes);
}

/** The files this script writes. */
export const DATA_FILES = ['onet.bin.gz', 'rome.bin.gz'];

/** Builds data/occupations/*.bin.gz from the releases in `source` into `out`. */
export function buildOccupationsData(source = TAXONOMIES, out = DATA_OUT): void {
  mkdirSync(out, { recursive: true });
  writeDataFile(path.join(out, 'onet.bin.gz'), buildOnet(source));
  writeDataFile(path.join(out, 'rome.bin.gz'), buildRome(source));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argument = (name: string, fallback: string) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? path.resolve(process.argv[index + 1]!) : fallback;
  };
  const out = argument('--out', DATA_OUT);
  buildOccupationsData(argument('--source', TAXONOMIES), out);
  console.log(`Wrote ${DATA_FILES.join(' and ')} to ${path.relative(process.cwd(), out) || '.'}`);
}
