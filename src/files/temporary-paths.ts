// Temporary files and folders being written, so that an interrupted run (SIGINT, SIGTERM)
// can remove them instead of leaving hidden `.tmp` files behind.
import { rmSync } from 'node:fs';

const pending = new Set<string>();

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
