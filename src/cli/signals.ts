// What the executable does when it is interrupted: remove the temporary files being written,
// then end by the same signal, so the shell sees the usual status (130 for Ctrl-C).
import { removeTemporaries } from '../files/temporary-paths.js';

export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.kill(process.pid, signal);
    });
  }
}
