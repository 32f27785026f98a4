// The version of `curriculum` itself, for SARIF and reports.
import { createRequire } from 'node:module';

export function packageVersion(): string {
  // Two folders up from src/cli or dist/cli: the package root.
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}
