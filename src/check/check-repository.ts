// `check` as a function: load programs, run every rule, locate findings, apply the config.

import { roundShare, type SkillDemand } from '../demand/job-demand.js';
import { compareText, countSeverities, type Diagnostic, type Summary, sortDiagnostics } from '../diagnostic.js';
import { eachProgram, findFolders, loadMaps } from '../load/index.js';
import type { LoadedMap, LoadedProgram, ProgramModel } from '../load/types.js';
import { type CourseIndex, indexCourses } from '../maps/course-index.js';
import { indexRepositoryCourses } from '../maps/repository-courses.js';
import { type MarketSummary, measureCoverage } from '../market/market-coverage.js';
import type { MarketData } from '../market/market-data.js';
import { checkMaps } from './check-maps.js';
import type { CheckConfig } from './config.js';
import { type LoadedConfig, loadCheckConfig } from './load-config.js';
import { RULES } from './registry.js';
import type { ProgramMarket } from './rule.js';

export interface CheckOptions {
  cwd: string;
  /** An explicit `curriculum.config.yaml`; by default the nearest one from the first path up. */
  configFile?: string;
  /** Settings already loaded (the CLI reads them first to find the config's market files). */
  settings?: LoadedConfig;
  /** Job-posting demand to measure programs against: rule `market-gap` and market coverage. */
  market?: MarketData;
  /**
   * Keep every loaded program in the result (`render` needs them). Without, each program is
   * dropped once checked, with the text of its files that have no finding: memory does not
   * grow with programs.
   */
  keepPrograms?: boolean;
}

export interface CheckResult {
  /** Empty unless `keepPrograms`. */
  programs: LoadedProgram[];
  config: CheckConfig;
  /** Sorted by file, line, column, rule. */
  diagnostics: Diagnostic[];
  summary: Summary;
  /** File text by display path, for code frames (without `keepPrograms`, only of files with findings). */
  sources: Map<string, string>;
  /** With market data: each program's coverage of its job's demand, in program order. */
  market?: MarketSummary[];
  /** The knowledge maps found, in path order. */
  maps: LoadedMap[];
  /** The courses the maps may name (docs/maps.md). */
  courses: CourseIndex;
}

export async function checkRepository(paths: string[], options: CheckOptions): Promise<CheckResult> {
  const settings = options.settings ?? (await loadCheckConfig(options.cwd, options.configFile, paths[0]));
  const folders = await findFolders(paths, options.cwd);
  const programs: LoadedProgram[] = [];
  const found: Diagnostic[] = [...settings.diagnostics];
  const sources = new Map(settings.sources);
  const market: MarketSummary[] = [];
  const ids: ProgramId[] = [];
  let count = 0;
  let files = settings.sources.size;
  // What maps need of programs: their courses (and which folders were read), kept as programs go.
  const programCourses = new Map<string, { title: string; url: string | null }>();
  const loadedDirs: string[] = [];
  for await (const program of eachProgram(folders, options.cwd)) {
    count++;
    indexCourses([program.model], programCourses);
    loadedDirs.push(program.dir);
    files += program.files.length;
    const programMarket = options.market && marketOf(program.model, options.market);
    if (programMarket) market.push(summarizeMarket(program.model, programMarket));
    const programFound = checkProgram(program, settings.config, programMarket);
    found.push(...programFound);
    const withFindings = new Set(programFound.map((diagnostic) => diagnostic.file));
    for (const [file, text] of program.sources) if (options.keepPrograms || withFindings.has(file)) sources.set(file, text);
    const id = programId(program);
    if (id) ids.push(id);
    if (options.keepPrograms) programs.push(program);
  }
  const duplicates = findDuplicateProgramIds(ids);
  found.push(...duplicates);
  // Their code frames need the id's line, kept of each program (a file without other findings was dropped).
  const heads = new Map(duplicates.length ? ids.map(({ file, head }) => [file, head]) : []);
  for (const { file } of duplicates) if (!sources.has(file)) sources.set(file, heads.get(file) ?? '');
  const maps = await loadMaps(folders, options.cwd);
  const courses = await indexRepositoryCourses(maps, programCourses, loadedDirs, options.cwd);
  found.push(...checkMaps(maps, courses, settings.config));
  for (const map of maps) sources.set(map.file, map.source);
  files += maps.length;
  const diagnostics = sortDiagnostics(applyRuleSettings(found, settings.config));
  return {
    programs,
    config: settings.config,
    diagnostics,
    summary: { programs: count, ...(maps.length > 0 ? { maps: maps.length } : {}), files, ...countSeverities(diagnostics) },
    sources,
    ...(options.market ? { market } : {}),
    maps,
    courses,
  };
}

function checkProgram(program: LoadedProgram, config: CheckConfig, market?: ProgramMarket): Diagnostic[] {
  const diagnostics = [...program.diagnostics];
  if (!program.parsed) return diagnostics;
  for (const rule of RULES) {
    for (const finding of rule.check?.({ model: program.model, config, market }) ?? []) {
      const { file, span } = program.locate(finding.path, finding.target);
      diagnostics.push({ rule: rule.code, severity: finding.severity ?? rule.severity, message: finding.message, file, ...span });
    }
  }
  return diagnostics;
}

/** The program's coverage of its job's demand, or the job's absence; nothing without a readable job. */
function marketOf(model: ProgramModel, market: MarketData): ProgramMarket | undefined {
  const job = model.program.job;
  if (typeof job !== 'string') return undefined;
  const demand = market.demandFor(job);
  if (demand === undefined) return { found: false, job };
  const coverage = measureCoverage(model, demand, {
    threshold: market.threshold,
    aliases: market.skillAliases,
    normalize: market.normalizeSkill,
  });
  return { found: true, coverage };
}

function summarizeMarket(model: ProgramModel, market: ProgramMarket): MarketSummary {
  const program = model.program.id ?? '';
  if (!market.found) return { program, job: market.job, postings: 0, coverage: null, gaps: [], uncovered: [] };
  const { job, postings, coverage, gaps, uncovered } = market.coverage;
  const rounded = ({ skill, postings: asking, share }: SkillDemand) => ({ skill, postings: asking, share: roundShare(share) });
  return { program, job, postings, coverage: roundShare(coverage), gaps: gaps.map(rounded), uncovered: uncovered.map(rounded) };
}

/** What the duplicate-id rule keeps of each program once it is checked. */
interface ProgramId {
  dir: string;
  id: string;
  file: string;
  span: Omit<Diagnostic, 'rule' | 'severity' | 'message' | 'file'>;
  /** The file's text up to the id's line, for a code frame. */
  head: string;
}

function programId(program: LoadedProgram): ProgramId | undefined {
  const id = program.model.program.id;
  if (typeof id !== 'string') return undefined;
  const { file, span } = program.locate(['program', 'id']);
  const head = (program.sources.get(file) ?? '').split('\n', span.line).join('\n');
  return { dir: program.dir, id, file, span, head };
}

function findDuplicateProgramIds(programs: readonly ProgramId[]): Diagnostic[] {
  const firstFile = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const byLocation = [...programs].sort((a, b) => compareText(a.dir, b.dir));
  for (const { id, file, span } of byLocation) {
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, file);
    else
      diagnostics.push({
        rule: 'duplicate-id',
        severity: 'error',
        message: `The program id "${id}" is already used by "${first}".`,
        file,
        ...span,
      });
  }
  return diagnostics;
}

/** `rules: { <code>: off | warning | error }` from the config drops or re-grades diagnostics. */
function applyRuleSettings(diagnostics: Diagnostic[], config: CheckConfig): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = Object.hasOwn(config.rules, diagnostic.rule) ? config.rules[diagnostic.rule] : undefined;
    if (setting === undefined) return [diagnostic];
    return setting === 'off' ? [] : [{ ...diagnostic, severity: setting }];
  });
}
