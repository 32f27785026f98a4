// `curriculum render <program-dir>`: the program outline, coverage matrix and timelines; or a knowledge map.
import { type Command, Option } from 'commander';
import { RENDER_FORMATS } from '../../render/render-format.js';
import type { CommandRegistrar } from '../commands.js';
import { wantsColor } from '../io.js';
import type { MarketFlags } from '../load-market.js';
import { addMarketOptions } from '../market-options.js';
import type { RenderFlags } from './run-render.js';

export const registerRender: CommandRegistrar = (program: Command, io, setExitCode) => {
  const command = program
    .command('render')
    .description('Render the program outline, coverage matrix and timelines, or a knowledge map (Markdown, HTML, JSON).')
    .argument('<program-dir>', 'a program or knowledge-map folder, or a folder holding several (then --out must be a folder)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --out extension, else md)').choices(RENDER_FORMATS))
    .option('-o, --out <dir-or-file>', 'write to this file, or one page per program plus an index in this folder')
    .option('--templates <dir>', 'your templates; files missing there fall back to the built-in ones')
    .option('-c, --config <file>', 'settings file (default: the nearest curriculum.config.yaml)')
    .option('--force', 'overwrite output files that curriculum render did not write');
  addMarketOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum render curricula/data-analyst\n  curriculum render curricula/ --format html --out site/\n  curriculum render curricula/maps/web-development --out web-development.html\n  curriculum render curricula/data-analyst --format json --market samples/postings.csv',
    )
    .action(async (programDir: string, flags: RenderFlags & MarketFlags & { config?: string }) => {
      const { assertRenderPaths, runRender } = await import('./run-render.js');
      assertRenderPaths(programDir, flags);
      const { loadCheckConfig } = await import('../../check/load-config.js');
      const { loadMarket } = await import('../load-market.js');
      const color = wantsColor(io, io.stderr);
      // Market data as `check` reads it (settings, then flags): both show the same coverage.
      const settings = await loadCheckConfig(io.cwd, flags.config, programDir);
      const market = await loadMarket(flags, settings, io);
      setExitCode(await runRender(programDir, flags, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, color }, { settings, market }));
    });
};
