// One list of a program (skills, projects, courses, feedback) in two versions: items matched
// by id, a removed and an added item with the same label paired as a rename, and the fields
// of each matched item compared.
import { compareText } from '../diagnostic.js';

/** A field compared between versions: a scalar, or a list compared as a set. */
export interface Field<T> {
  name: string;
  list?: boolean;
  get(item: T): unknown;
}

/** A changed item: its (new) id, then each field that differs as `[before, after]`, lists as `<name>_added` / `<name>_removed`. */
export type ChangedItem = { id: string } & Record<string, unknown>;

/** What changed in one list; every list sorted by id (renames by their old id). */
export interface ItemChanges {
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  changed: ChangedItem[];
}

interface ListSpec<T> {
  /** What makes two items with different ids one renamed item: a skill's name, a project's title. */
  label(item: T): string;
  fields: readonly Field<T>[];
  /** Report `position: [before, after]` (1-based) for items moved relative to the others. */
  ordered?: boolean;
  /**
   * Renames to follow in a list field before comparing it, by field name: a project that
   * validated `sql` and now validates its renamed `sql-queries` has not changed. `self`
   * stands for the renames of this very list (a project's `requires`).
   */
  follow?: Record<string, ReadonlyMap<string, string> | 'self'>;
}

/** Old id -> new id of each renamed item. */
export function renameMap(changes: ItemChanges): Map<string, string> {
  return new Map(changes.renamed.map(({ from, to }) => [from, to]));
}

export function compareItems<T extends { id: string }>(before: readonly T[], after: readonly T[], spec: ListSpec<T>): ItemChanges {
  const old = firstById(before);
  const now = firstById(after);
  const removed = [...old.keys()].filter((id) => !now.has(id)).sort(compareText);
  const added = [...now.keys()].filter((id) => !old.has(id)).sort(compareText);
  const pairs = new Map<string, string>([...old.keys()].filter((id) => now.has(id)).map((id) => [id, id]));
  const renamed: ItemChanges['renamed'] = [];
  const addedByLabel = new Map<string, string[]>();
  for (const id of added) {
    const label = spec.label(now.get(id) as T);
    addedByLabel.set(label, [...(addedByLabel.get(label) ?? []), id]);
  }
  for (const id of removed) {
    const twin = addedByLabel.get(spec.label(old.get(id) as T))?.shift();
    if (twin === undefined) continue;
    renamed.push({ from: id, to: twin });
    pairs.set(id, twin);
  }
  const renames = new Map(renamed.map(({ from, to }) => [from, to]));
  const moved = spec.ordered ? movedItems(before, after, pairs) : new Map<string, [number, number]>();
  const changed: ChangedItem[] = [];
  for (const [from, to] of pairs) {
    const entry = compareFields(old.get(from) as T, now.get(to) as T, spec.fields, (field) => {
      const follow = spec.follow?.[field];
      return follow === 'self' ? renames : follow;
    });
    const position = moved.get(to);
    if (position) entry.push(['position', position]);
    if (entry.length > 0) changed.push({ id: to, ...Object.fromEntries(entry) });
  }
  const renamedIds = new Set(renamed.flatMap((r) => [r.from, r.to]));
  return {
    added: added.filter((id) => !renamedIds.has(id)),
    removed: removed.filter((id) => !renamedIds.has(id)),
    renamed,
    changed: changed.sort((a, b) => compareText(a.id, b.id)),
  };
}

/** The first item of each id (a repeated id is rule duplicate-id's business). */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function compareFields<T>(
  before: T,
  after: T,
  fields: readonly Field<T>[],
  renamesOf: (field: string) => ReadonlyMap<string, string> | undefined,
): [string, unknown][] {
  const entry: [string, unknown][] = [];
  for (const field of fields) {
    const a = field.get(before);
    const b = field.get(after);
    if (field.list) {
      const renames = renamesOf(field.name);
      const was = new Set((a as string[]).map((id) => renames?.get(id) ?? id));
      const is = new Set(b as string[]);
      const gained = [...is].filter((x) => !was.has(x));
      const lost = [...was].filter((x) => !is.has(x));
      if (gained.length > 0 || lost.length > 0) entry.push([`${field.name}_added`, gained], [`${field.name}_removed`, lost]);
    } else if ((a ?? null) !== (b ?? null)) {
      entry.push([field.name, [a ?? null, b ?? null]]);
    }
  }
  return entry;
}

/**
 * Items whose order relative to the other matched items changed, with their 1-based positions
 * before and after. The matched items that keep their order are a longest increasing
 * subsequence of old positions read in new order; the others moved. Removing or adding an
 * item moves nothing.
 */
function movedItems<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  pairs: ReadonlyMap<string, string>,
): Map<string, [number, number]> {
  const oldPosition = new Map<string, number>();
  before.forEach((item, i) => {
    const to = pairs.get(item.id);
    if (to !== undefined && !oldPosition.has(to)) oldPosition.set(to, i);
  });
  const sequence: { id: string; from: number; to: number }[] = [];
  const seen = new Set<string>();
  after.forEach((item, i) => {
    const from = oldPosition.get(item.id);
    if (from !== undefined && !seen.has(item.id)) sequence.push({ id: item.id, from, to: i });
    seen.add(item.id);
  });
  const kept = longestIncreasing(sequence.map((s) => s.from));
  const moved = new Map<string, [number, number]>();
  sequence.forEach((s, i) => {
    if (!kept.has(i)) moved.set(s.id, [s.from + 1, s.to + 1]);
  });
  return moved;
}

/** Indexes of a longest strictly increasing subsequence of `values` (patience sorting, n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) kept.add(i);
  return kept;
}
