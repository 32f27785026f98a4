// The version of `curriculum` itself, for SARIF and reports.
import { readFileSync } from 'node:fs';
import { packageFile } from '../files/package-files.js';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}
