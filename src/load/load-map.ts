// Loads one knowledge map folder: its map.yaml read, parsed with positions and validated.
import path from 'node:path';
import { conceptSchema, mapFileSchema, mapInfoSchema } from '../model/map-schema.js';
import { MAP_FILE_NAME } from './discover-programs.js';
import { lenientItem } from './lenient-item.js';
import { displayPath } from './load-program.js';
import { locate, START_SPAN } from './locate.js';
import { parseYaml } from './parse-yaml.js';
import { isRecord } from './plain-data.js';
import { readSource } from './read-source.js';
import type { LoadedMap, MapModel } from './types.js';
import { validateFile } from './validate-file.js';

/**
 * Loads the map folder `dir` (absolute); its display path is relative to `cwd`. The file is
 * read only inside `root`, a real path, links resolved.
 */
export async function loadMap(dir: string, cwd: string, root: string): Promise<LoadedMap> {
  const file = displayPath(path.join(dir, MAP_FILE_NAME), cwd);
  const parsed = parseYaml(await readSource(path.join(dir, MAP_FILE_NAME), file, root), file);
  const ok = parsed.diagnostics.length === 0;
  const data = ok ? (parsed.data ?? {}) : {};
  const strict = ok ? mapFileSchema.safeParse(data) : undefined;
  return {
    dir,
    file,
    source: parsed.text,
    model: toMapModel(data),
    ...(strict?.success ? { strict: strict.data } : {}),
    diagnostics: ok ? validateFile(parsed, file, mapFileSchema) : parsed.diagnostics,
    parsed: ok,
    locate: (at, target = 'value') => (ok ? locate(parsed.doc, parsed.lineCounter, at, target, parsed.text) : START_SPAN),
  };
}

/** The lenient model: fields that fail the schema are left out (already `schema` diagnostics). */
function toMapModel(data: unknown): MapModel {
  const record = isRecord(data) ? data : {};
  const concepts = Array.isArray(record.concepts) ? record.concepts : [];
  return {
    map: lenientItem(mapInfoSchema, record.map).value as MapModel['map'],
    concepts: concepts.map((raw: unknown, index) => ({ ...lenientItem(conceptSchema, raw), index }) as MapModel['concepts'][number]),
  };
}
