// The package's own files (templates, taxonomy data, the example program, package.json),
// found from this module's URL. It lies two folders below the package root wherever it
// runs from: src/files/, dist/files/, or the bundles of dist/bundle/ (scripts/bundle-cli.ts),
// which is why modules deeper down (dist/cli/commands/) must ask here.
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** The absolute path of `relative` (`/`-separated) inside the package. */
export function packageFile(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}
