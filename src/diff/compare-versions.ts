// `curriculum diff` as data (PRODUCT.md, "Continuous updates"): the programs of two versions
// matched by id, each list compared item by item, and the figures of both versions.
import { compareText } from '../diagnostic.js';
import type { Certificate, Course, Feedback, ProgramInfo, Project, Skill } from '../model/schema.js';
import { type ChangedItem, compareItems, type Field, type ItemChanges, renameMap } from './compare-items.js';
import type { Version, VersionProgram } from './load-version.js';
import { type Figures, measureFigures, type ProgramMarket } from './measure-figures.js';

export type { ChangedItem, ItemChanges };

/** How the JSON names the working tree, the default new version. */
export const WORKING_TREE = 'working tree';

/** Each figure as `[before, after]`; null on the side where the program does not exist. */
export type FigurePairs = { [K in keyof Figures]?: [Figures[K] | null, Figures[K] | null] };

export interface ProgramDiff {
  id: string;
  status: 'added' | 'removed' | 'changed';
  /** The fields of the `program` block that differ, each `[before, after]`. */
  program: Record<string, [unknown, unknown]>;
  skills: ItemChanges;
  projects: ItemChanges;
  courses: ItemChanges;
  certificates: ItemChanges;
  feedback: ItemChanges;
  figures: FigurePairs;
}

export interface DiffReport {
  from: string;
  to: string;
  /** Changed, added and removed programs, by id; unchanged ones are left out. */
  programs: ProgramDiff[];
}

/** What a user reads beside an id: the program's title, a skill's name, an item's title. */
export type Titles = Map<string, string>;

const SKILL_FIELDS: Field<Skill>[] = [
  { name: 'name', get: (s) => s.name },
  { name: 'ref', get: (s) => s.ref },
  { name: 'market_share', get: (s) => s.market_share },
];
const PROJECT_FIELDS: Field<Project>[] = [
  { name: 'title', get: (p) => p.title },
  { name: 'mission', get: (p) => p.mission },
  { name: 'skills', list: true, get: (p) => p.skills },
  { name: 'hours', get: (p) => p.hours },
  { name: 'requires', list: true, get: (p) => p.requires },
];
const COURSE_FIELDS: Field<Course>[] = [
  { name: 'title', get: (c) => c.title },
  { name: 'skills', list: true, get: (c) => c.skills },
  { name: 'status', get: (c) => c.status },
  { name: 'months', get: (c) => c.months },
  { name: 'hours', get: (c) => c.hours },
  { name: 'url', get: (c) => c.url },
  { name: 'video_hours', get: (c) => c.video_hours },
];
const CERTIFICATE_FIELDS: Field<Certificate>[] = [
  { name: 'title', get: (c) => c.title },
  { name: 'projects', list: true, get: (c) => c.projects },
];
const FEEDBACK_FIELDS: Field<Feedback>[] = [
  { name: 'date', get: (f) => f.date },
  { name: 'from', get: (f) => f.from },
  { name: 'about', list: true, get: (f) => f.about },
  { name: 'text', get: (f) => f.text },
  { name: 'status', get: (f) => f.status },
  { name: 'resolution', get: (f) => f.resolution },
];
const PROGRAM_FIELDS: [string, (p: ProgramInfo) => unknown][] = [
  ['title', (p) => p.title],
  ['job', (p) => p.job],
  ['hours_per_week', (p) => p.hours_per_week],
  ['design_months', (p) => p.production.design_months],
  ['course_months', (p) => p.production.course_months],
  ['teams', (p) => p.production.teams],
  ['kg_co2e_per_video_hour', (p) => p.footprint.kg_co2e_per_video_hour],
];

/** Compares two versions; `market` gives a program's market coverage where market data is configured. */
export function compareVersions(
  before: Version,
  after: Version,
  labels: { from: string; to: string },
  market?: ProgramMarket,
): { report: DiffReport; titles: Titles } {
  const titles: Titles = new Map();
  const ids = [...new Set([...before.programs.keys(), ...after.programs.keys()])].sort(compareText);
  const programs: ProgramDiff[] = [];
  for (const id of ids) {
    const diff = compareProgram(id, before.programs.get(id), after.programs.get(id), market, titles);
    if (diff) programs.push(diff);
  }
  return { report: { from: labels.from, to: labels.to, programs }, titles };
}

function compareProgram(
  id: string,
  before: VersionProgram | undefined,
  after: VersionProgram | undefined,
  market: ProgramMarket | undefined,
  titles: Titles,
): ProgramDiff | undefined {
  for (const side of [before, after]) if (side) recordTitles(side, titles);
  const a = before?.program;
  const b = after?.program;
  const empty = { program: a?.program ?? b?.program, skills: [], projects: [], courses: [], certificates: [], feedback: [] };
  const was = a ?? empty;
  const is = b ?? empty;
  const program: Record<string, [unknown, unknown]> = {};
  if (a && b) {
    for (const [name, get] of PROGRAM_FIELDS) if (get(a.program) !== get(b.program)) program[name] = [get(a.program), get(b.program)];
  }
  const skills = compareItems(was.skills, is.skills, { label: (s) => s.name, fields: SKILL_FIELDS });
  const skillRenames = renameMap(skills);
  const projects = compareItems(was.projects, is.projects, {
    label: (p) => p.title,
    fields: PROJECT_FIELDS,
    ordered: true,
    follow: { skills: skillRenames, requires: 'self' },
  });
  const courses = compareItems(was.courses, is.courses, { label: (c) => c.title, fields: COURSE_FIELDS, follow: { skills: skillRenames } });
  const projectRenames = renameMap(projects);
  const certificates = compareItems(was.certificates ?? [], is.certificates ?? [], {
    label: (c) => c.title,
    fields: CERTIFICATE_FIELDS,
    follow: { projects: projectRenames },
  });
  // A feedback item is about projects, skills or courses: every rename is followed.
  const anyRenames = new Map([...renameMap(courses), ...skillRenames, ...projectRenames]);
  const feedback = compareItems(was.feedback ?? [], is.feedback ?? [], {
    label: (f) => f.text,
    fields: FEEDBACK_FIELDS,
    follow: { about: anyRenames },
  });
  const diff: ProgramDiff = {
    id,
    status: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
    program,
    skills,
    projects,
    courses,
    certificates,
    feedback,
    figures: pairFigures(before && measureFigures(before, market), after && measureFigures(after, market)),
  };
  if (diff.status !== 'changed' || Object.keys(program).length > 0) return diff;
  const lists = [diff.skills, diff.projects, diff.courses, diff.certificates, diff.feedback];
  const changed = lists.some((l) => l.added.length + l.removed.length + l.renamed.length + l.changed.length > 0);
  const figuresMoved = Object.values(diff.figures).some((pair) => pair && pair[0] !== pair[1]);
  return changed || figuresMoved ? diff : undefined;
}

function pairFigures(before: Figures | undefined, after: Figures | undefined): FigurePairs {
  const names = Object.keys(after ?? before ?? {}) as (keyof Figures)[];
  return Object.fromEntries(names.map((name) => [name, [before?.[name] ?? null, after?.[name] ?? null]]));
}

/** Titles by `<program>` and `<program>/<list>/<id>`; the newer version's win. */
function recordTitles({ program }: VersionProgram, titles: Titles): void {
  const id = program.program.id;
  titles.set(id, program.program.title);
  for (const s of program.skills) titles.set(`${id}/skills/${s.id}`, s.name);
  for (const p of program.projects) titles.set(`${id}/projects/${p.id}`, p.title);
  for (const c of program.courses) titles.set(`${id}/courses/${c.id}`, c.title);
  for (const c of program.certificates ?? []) titles.set(`${id}/certificates/${c.id}`, c.title);
  for (const f of program.feedback ?? []) titles.set(`${id}/feedback/${f.id}`, f.text);
}
