// Bundles what `curriculum` runs before any command body (commander, the command-line
// wiring, every command's options) into dist/bundle/curriculum.js, so that `--help` and the
// first steps of each command load one file instead of ~30 (issue 13: startup at most 1.3x
// `node -e ''`; resolving and linking many small ES modules was most of the cost).
// Command bodies stay separate modules under dist/, loaded by dynamic import when a command
// runs. A module holding state or a class that the bodies also use must be shared, not
// copied into the bundle: those are kept external, and the build fails when the bundle
// starts to include a module not reviewed here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT_DIR = path.join(DIST, 'bundle');

/** Shared with the command bodies: one class (`instanceof UserError`), one registry of temporary files. */
const SHARED = new Set(['errors/user-error.js', 'files/temporary-paths.js']);

/** Modules reviewed as stateless (functions and constants only): copies in the bundle are harmless. */
const BUNDLED = new Set([
  'cli/main.js',
  'cli/commands.js',
  'cli/commands/check.js',
  'cli/commands/diff.js',
  'cli/commands/init.js',
  'cli/commands/occupations.js',
  'cli/commands/rank-jobs.js',
  'cli/commands/rank-jobs-help.js',
  'cli/commands/rank-jobs-options.js',
  'cli/commands/render.js',
  'cli/commands/schema.js',
  'cli/errors.js',
  'cli/io.js',
  'cli/market-options.js',
  'cli/occupation-input.js',
  'cli/package-version.js',
  'cli/parse-number.js',
  'cli/signals.js',
  'demand/format/names.js',
  'demand/rank-metrics.js',
  'escape/terminal.js',
  'files/write-errors.js',
  'model/defaults.js',
  'occupations/coding-formats.js',
  'render/render-format.js',
  'report/format-names.js',
]);

/** Dynamic imports and shared modules stay imports of the files under dist/, relative to the bundle. */
const keepExternal: Plugin = {
  name: 'keep-command-bodies-external',
  setup(context) {
    context.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      const fromDist = path.relative(DIST, target).split(path.sep).join('/');
      if (args.kind !== 'dynamic-import' && !SHARED.has(fromDist)) return undefined;
      const relative = path.relative(OUT_DIR, target).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

const result = await build({
  entryPoints: { curriculum: path.join(DIST, 'cli/main.js') },
  outdir: OUT_DIR,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS: its require() of Node built-ins needs a require in an ES module.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  plugins: [keepExternal],
  metafile: true,
  logLevel: 'warning',
});

const unreviewed = Object.keys(result.metafile.inputs)
  .map((input) => path.relative(DIST, path.resolve(ROOT, input)).split(path.sep).join('/'))
  .filter((input) => !input.startsWith('..') && !BUNDLED.has(input));
if (unreviewed.length > 0) {
  console.error(
    `scripts/bundle-cli.ts: the startup bundle now includes ${unreviewed.join(', ')}. If such a module holds state or a class the command bodies also use, add it to SHARED; otherwise add it to BUNDLED.`,
  );
  process.exit(1);
}
