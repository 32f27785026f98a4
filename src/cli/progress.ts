// A progress line on stderr for long runs, only on a terminal (never in CI or when piped).
import type { Io } from './io.js';

export interface Progress {
  advance: (bytes: number) => void;
  done: () => void;
}

const QUIET: Progress = { advance: () => {}, done: () => {} };

export function createProgress(io: Io, label: string, startAfterMs = 1000, everyMs = 250): Progress {
  if (io.stderr.isTTY !== true || io.env.CI) return QUIET;
  const start = Date.now();
  let bytes = 0;
  let shownAt = start + startAfterMs - everyMs;
  let shown = false;
  return {
    advance(more) {
      bytes += more;
      const now = Date.now();
      if (now - shownAt < everyMs) return;
      shownAt = now;
      shown = true;
      const mb = bytes / 1e6;
      io.stderr.write(`\r${label}: ${mb.toFixed(0)} MB read, ${(mb / Math.max(0.001, (now - start) / 1000)).toFixed(0)} MB/s\x1b[K`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
