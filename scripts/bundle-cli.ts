// Bundles what `curriculum` runs before any command body (commander, the command-line
// wiring, every command's options) into dist/bundle/curriculum.cjs, so that `--help` and the
// first steps of each command load one file instead of ~30 (issue 13: startup at most 1.3x
// `node -e ''`; resolving and linking many small ES modules was most of the cost). The
// bundle and bin/curriculum.js are CommonJS: an ES module entry makes Node set up its ES
// module loader first (about 5% of `node -e ''`), which `--help` does not need.
// Command bodies stay separate ES modules under dist/, loaded by dynamic import when a
// command runs. A module holding state or a class that the bodies also use is copied into
// the bundle only when it is written to work as two copies (DUAL); the build fails when the
// bundle starts to include a module not reviewed here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT_DIR = path.join(DIST, 'bundle');

/**
 * Used by the bundle and the command bodies alike, reviewed to work as two copies: the class
 * recognises instances of either copy (`Symbol.hasInstance`), the registry of temporary
 * files lives in the global symbol registry.
 */
const DUAL = new Set(['errors/user-error.js', 'files/temporary-paths.js']);

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
  'files/package-files.js',
  'files/write-errors.js',
  'model/defaults.js',
  'occupations/coding-formats.js',
  'render/render-format.js',
  'report/format-names.js',
]);

/** The modules the start-up bundle imports dynamically (the command bodies), by output name. */
const bodies = new Map<string, string>();

/**
 * Dynamic imports (the command bodies) stay imports, of the bundled bodies next to the
 * start-up bundle: `import('./run-check.js')` in dist/cli/commands/ loads dist/bundle/run-check.js.
 */
const bodiesExternal: Plugin = {
  name: 'command-bodies-external',
  setup(context) {
    context.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      const name = path.basename(target, '.js');
      if (bodies.has(name) && bodies.get(name) !== target) throw new Error(`Two command bodies are named ${name}.js.`);
      bodies.set(name, target);
      return { path: `./${name}.js`, external: true };
    });
  },
};

/**
 * commander requires `node:child_process` when it loads, for executable subcommands, which we
 * never use; loading it pulls in net, dgram and the stream machinery (about a fifth of the
 * built-in modules Node compiles for `--help`). The bundle gets a stand-in that loads the
 * real module on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(context) {
    context.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' },
    );
    context.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: { curriculum: path.join(DIST, 'cli/main.js') },
  outdir: OUT_DIR,
  bundle: true,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import.meta does not exist in CommonJS: package-files.ts finds package.json from the
  // bundle's own URL (dist/bundle/ is as deep as dist/files/).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [bodiesExternal, lazyChildProcess],
  metafile: true,
  logLevel: 'warning',
});

const unreviewed = Object.keys(result.metafile.inputs)
  .map((input) => path.relative(DIST, path.resolve(ROOT, input)).split(path.sep).join('/'))
  .filter((input) => !input.startsWith('..') && !BUNDLED.has(input) && !DUAL.has(input));
if (unreviewed.length > 0) {
  console.error(
    `scripts/bundle-cli.ts: the startup bundle now includes ${unreviewed.join(', ')}. If such a module holds state or a class the command bodies also use, make it work as two copies and add it to DUAL; otherwise add it to BUNDLED.`,
  );
  process.exit(1);
}

/**
 * The command bodies, bundled as ES modules into dist/bundle/ with code splitting: loading
 * one body means a handful of files instead of about 150 modules (rank-jobs' body: 88 ms ->
 * 30 ms to import). Shared code goes to chunks, so each module exists once among the bodies;
 * dynamic imports inside them (the Parquet reader) stay separate chunks, loaded on use.
 * Packages stay in node_modules.
 */
await build({
  entryPoints: Object.fromEntries(bodies),
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  // Beside the bodies, not in a subfolder: modules find package files relative to their own
  // URL, two folders below the package root (as in dist/cli/, dist/occupations/...).
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // zod is bundled (about 60 ES modules of its own otherwise); the other packages stay in
  // node_modules: CommonJS ones (yaml, handlebars) are also required lazily by path.
  external: ['chalk', 'handlebars', 'hyparquet', 'hyparquet-compressors', 'yaml'],
  logLevel: 'warning',
});
