// What a rule is: metadata plus one small function from a program to findings.
import type { Severity } from '../diagnostic.js';
import type { DataPath, MapModel, ProgramModel } from '../load/types.js';
import type { CourseIndex } from '../maps/course-index.js';
import type { MarketCoverage } from '../market/market-coverage.js';
import type { CheckConfig } from './config.js';

/** A problem a rule found, in data paths; the runner turns it into a located Diagnostic. */
export interface Finding {
  path: DataPath;
  message: string;
  /** Overrides the rule's default severity (e.g. `project-skill-limit` above the hard limit). */
  severity?: Severity;
  /** Point at the key rather than its value (e.g. an unknown key). */
  target?: 'key' | 'value';
}

interface RuleContext {
  model: ProgramModel;
  config: CheckConfig;
  /** With market data (`--market` or the config's `market:`): the program's coverage, or the job's absence. */
  market?: ProgramMarket;
}

/** What a rule sees of a knowledge map: the map, and the courses of the programs checked with it. */
interface MapRuleContext {
  map: MapModel;
  config: CheckConfig;
  /** `program-id/course-id` of the repository's programs. */
  courses: CourseIndex;
}

export type ProgramMarket = { found: true; coverage: MarketCoverage } | { found: false; job: string };

/** What docs, SARIF and the CLI know about a rule. */
export interface RuleMeta {
  code: string;
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** Why it matters to a curriculum designer, with a failing and a fixed example. */
  docs: { why: string; bad: string; good: string };
}

export interface Rule extends RuleMeta {
  /** Rules reported by the loader (yaml-syntax, schema) or the repository pass have none. */
  check?: (context: RuleContext) => Finding[];
  /** The rule on a knowledge map (docs/maps.md); its findings' paths are in `map.yaml`. */
  checkMap?: (context: MapRuleContext) => Finding[];
}
