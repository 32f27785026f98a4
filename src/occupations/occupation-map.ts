// The --occupation-map file: YAML mapping normalised job titles to occupation codes, applied
// before the coder and winning over it.

import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { UserError } from '../errors/user-error.js';

/** yaml, loaded on first use (30 ms): only `--occupation-map` needs it. */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** Title -> code, with where each code is written: `createCoder` names it in its messages (`where`). */
export class OccupationMap extends Map<string, string> {
  private readonly positions = new Map<string, { line: number; column: number }>();

  constructor(readonly file: string) {
    super();
  }

  /** Records `title` -> `code`, written at `line`:`column` (1-based) of the file. */
  add(title: string, code: string, position: { line: number; column: number } | undefined): void {
    this.set(title, code);
    if (position) this.positions.set(title, position);
  }

  /** The entries whose code passes `keep`, with their positions. */
  subset(keep: (code: string) => boolean): OccupationMap {
    const subset = new OccupationMap(this.file);
    for (const [title, code] of this) if (keep(code)) subset.add(title, code, this.positions.get(title));
    return subset;
  }

  /** `File "map.yaml", line 3, column 12`: where the code of `title` is written. */
  where(title: string): string {
    const position = this.positions.get(title);
    return position === undefined ? `File "${this.file}"` : `File "${this.file}", line ${position.line}, column ${position.column}`;
  }
}

/**
 * Title -> code from the YAML text of an occupation map. Titles are normalised like career
 * names (Unicode NFKC, lower case, single spaces); the coder also matches them after cleaning.
 * Codes are checked against the taxonomy when the coder is created.
 */
export function parseOccupationMap(text: string, file: string): OccupationMap {
  const { isMap, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const at = (line: number | undefined) => (line === undefined ? `File "${file}"` : `File "${file}", line ${line}`);
  const error = document.errors[0];
  if (error)
    throw new UserError(
      `${at(lineCounter.linePos(error.pos[0]).line)} is not valid YAML: ${error.message.split('\n')[0]!.replace(/\.$/, '')}.`,
    );
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return new OccupationMap(file);
  if (!isMap(root))
    throw new UserError(`File "${file}" must be a mapping from job title to occupation code, such as "travel rn: 29-1141".`);
  const map = new OccupationMap(file);
  const lines = new Map<string, number | undefined>();
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const line = lineOf(key);
    if (!isScalar(key) || key.value === null || typeof key.value === 'object')
      throw new UserError(`${at(line)}: a job title must be plain text.`);
    const title = String(key.value).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (title === '') throw new UserError(`${at(line)}: a job title is empty.`);
    if (!isScalar(value) || value.value === null || typeof value.value === 'object' || String(value.value).trim() === '') {
      throw new UserError(`${at(line)}: the occupation code of "${title}" must be one code, such as 29-1141 or M1805.`);
    }
    const code = String(value.value).trim();
    const previous = map.get(title);
    if (previous !== undefined && previous !== code) {
      throw new UserError(`${at(line)}: "${title}" maps to "${code}" here but to "${previous}" on line ${lines.get(title)}.`);
    }
    const position = value.range ? lineCounter.linePos(value.range[0]) : undefined;
    map.add(title, code, position && { line: position.line, column: position.col });
    lines.set(title, line);
  }
  return map;
}
