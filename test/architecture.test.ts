// The layering of ARCHITECTURE.md holds: each folder under src/ imports only the folders its
// row of the table names, and the table, the README and the tree list the same folders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

/** `folder -> folders it may import`, from the table of ARCHITECTURE.md ("every folder" for cli). */
function allowedImports(): Map<string, Set<string> | 'any'> {
  const text = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const rows = [...text.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| ([^|]+) \|$/gm)];
  return new Map(
    rows.map(([, folder, list]) => [
      folder!,
      list!.trim() === 'every folder' ? 'any' : new Set([...list!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!)),
    ]),
  );
}

/** The top-level unit of `src/` a path belongs to: a folder, or `diagnostic` for src/diagnostic.ts. */
function unitOf(file: string): string {
  const [first = ''] = path.relative(SRC, file).split(path.sep);
  return first.replace(/\.(ts|js)$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  const allowed = allowedImports();

  it('lists every folder of src/ and nothing else', () => {
    const units = readdirSync(SRC)
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect([...allowed.keys()].sort()).toEqual(units);
  });

  it('holds: no folder imports one it may not', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = unitOf(file);
      const rule = allowed.get(from);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
        const to = unitOf(path.resolve(path.dirname(file), specifier!));
        if (to === from || rule === 'any' || rule?.has(to)) continue;
        violations.push(`${path.relative(ROOT, file)} imports ${to} (${specifier})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("agrees with the README's project structure", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Project structure'));
    const named = new Set([...section.matchAll(/`src\/([a-z-]+)(?:\/|\.ts)`/g)].map((m) => m[1]!));
    expect([...named].sort()).toEqual([...allowed.keys()].sort());
  });

  it('keeps every module under 250 lines', () => {
    const long = sourceFiles(SRC)
      .map((file) => [path.relative(ROOT, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });
});
