// What loading a curriculum repository produces: programs with their data and the origin
// of every value, ready for the rules (lenient) and for render (strict).
import type { Diagnostic, Span } from '../diagnostic.js';
import type { Concept, KnowledgeMap, MapInfo } from '../model/map-schema.js';
import type { Certificate, Course, Feedback, ProgramInfo, Project, Skill } from '../model/schema.js';

/** A path into a program's merged data, e.g. `["projects", 3, "skills", 1]`. */
export type DataPath = readonly (string | number)[];

/** Where a value came from: a display path (relative to cwd, `/` separators) and a span. */
interface Location {
  file: string;
  span: Span;
}

/**
 * One list item as the rules see it. Fields that failed the schema are `undefined`
 * (already reported as `schema`), so rules skip them instead of piling on follow-on errors.
 */
export interface Item<T> {
  value: Partial<T>;
  /** Index in the merged list: the item's data path is `[list, index]`. */
  index: number;
  /** True when the item passed the schema entirely. */
  valid: boolean;
}

/** A program's merged data, lenient: what the rules run on. */
export interface ProgramModel {
  program: Partial<ProgramInfo>;
  skills: Item<Skill>[];
  projects: Item<Project>[];
  courses: Item<Course>[];
  certificates: Item<Certificate>[];
  /** Always set by the loader; optional so that a model built by hand need not name it. */
  feedback?: Item<Feedback>[];
}

export interface LoadedProgram {
  /** Absolute path of the program folder. */
  dir: string;
  /** Display paths of the folder's YAML files, sorted. */
  files: string[];
  /** Source text of each file by display path (for code frames). */
  sources: Map<string, string>;
  model: ProgramModel;
  /** `yaml-syntax` and `schema` diagnostics found while loading. */
  diagnostics: Diagnostic[];
  /** False when a file could not be parsed: rules are then skipped to avoid a flood. */
  parsed: boolean;
  /** Where a merged data path points; falls back to the closest existing node. */
  locate(path: DataPath, target?: 'key' | 'value'): Location;
}

/** What `loadRepository` returns: every program and knowledge map found below the given paths. */
export interface Repository {
  programs: LoadedProgram[];
  maps: LoadedMap[];
}

/** A knowledge map's data, lenient: what the map rules run on (concepts keep declaration order). */
export interface MapModel {
  map: Partial<MapInfo>;
  concepts: Item<Concept>[];
}

/** One knowledge map folder, loaded: its `map.yaml` with positions. */
export interface LoadedMap {
  /** Absolute path of the map folder. */
  dir: string;
  /** Display path of its map.yaml. */
  file: string;
  /** The file's text, for code frames. */
  source: string;
  model: MapModel;
  /** The map, valid: only when the file passes the schema (what render draws). */
  strict?: KnowledgeMap;
  /** `yaml-syntax` and `schema` diagnostics found while loading. */
  diagnostics: Diagnostic[];
  /** False when the file could not be parsed: the map's rules are then skipped. */
  parsed: boolean;
  /** The span a data path of the file points at; falls back to the closest existing node. */
  locate(path: DataPath, target?: 'key' | 'value'): Span;
}
