// Temporary files and folders being written, so that an interrupted run (SIGINT, SIGTERM)
// can remove them instead of leaving hidden `.tmp` files behind.
import { rmSync } from 'node:fs';

/**
 * One registry per process, although the start-up bundle (which removes on a signal) and
 * the command bodies (which track) each hold a copy of this module: the set lives in the
 * global symbol registry.
 */
const KEY = Symbol.for('curriculum.temporaryPaths');
const registry = globalThis as Record<symbol, Set<string> | undefined>;
const pending: Set<string> = registry[KEY] ?? new Set<string>();
registry[KEY] = pending;

export function trackTemporary(path: string): void {
  pending.add(path);
}

export function untrackTemporary(path: string): void {
  pending.delete(path);
}

/** Removes every temporary path still pending; synchronous, for a signal handler. */
export function removeTemporaries(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}
