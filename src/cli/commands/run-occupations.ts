// The body of `occupations`, loaded only when the command runs: titles from the arguments,
// stdin or a file, coded by one coder, printed in input order.
import { statSync } from 'node:fs';
import path from 'node:path';
import { TaxonomyChooser } from '../../demand/choose-taxonomy.js';
import { findColumns } from '../../demand/find-columns.js';
import { normalizeTitle } from '../../demand/normalize-title.js';
import { UserError } from '../../errors/user-error.js';
import { formatCodings } from '../../occupations/format-codings.js';
import { decodeText } from '../../table/detect-encoding.js';
import { scanTable } from '../../table/scan-table.js';
import type { Io } from '../io.js';
import { readSideFile, tableSource } from '../market-input.js';
import { occupationSettings } from '../occupation-input.js';
import { assertOutputWritable, outputOf, writeResult } from '../output.js';
import { assertPath } from '../path-argument.js';
import type { OccupationsFlags } from './occupations.js';

export async function runOccupations(args: string[], flags: OccupationsFlags, io: Io): Promise<number> {
  if (args.length > 0 && flags.from !== undefined) throw new UserError('Give titles as arguments or --from a file, not both.');
  if (flags.from !== undefined) assertPath(flags.from, '--from', 'give a file, or "-" for standard input');
  if (flags.occupationMap !== undefined) assertPath(flags.occupationMap, '--occupation-map', 'give a file name');
  // `curriculum occupations postings.csv` would code the file's name as a job title.
  const file = args.find(
    (arg) => /\.(csv|tsv|txt)(\.gz)?$/i.test(arg) && statSync(path.resolve(io.cwd, arg), { throwIfNoEntry: false })?.isFile(),
  );
  if (file !== undefined) throw new UserError(`"${file}" is a file, not a title: code its titles with --from ${file}.`);
  if (flags.titleColumn !== undefined && flags.from === undefined)
    throw new UserError('--title-column reads a --from file: add --from <file>.');
  const format = flags.format ?? (io.stdout.isTTY === true ? 'table' : 'json');
  if (flags.csvRaw === true && format !== 'csv')
    throw new UserError(`The option --csv-raw applies to the csv format, not "${format}": add --format csv.`);
  const output = outputOf(flags.out, io.cwd, { force: flags.force === true, isOwnFile: () => false });
  await assertOutputWritable(output);
  const settings = await occupationSettings(flags, (file) => readSideFile(file, { baseDir: io.cwd }));
  const titles =
    args.length > 0 ? args : flags.from !== undefined ? await titlesOfFile(flags.from, flags.titleColumn, io) : await stdinTitles(io);
  const coder = await new TaxonomyChooser(settings).forFile(titles);
  if (coder === null) throw new UserError('--taxonomy none codes nothing: choose auto, onet, rome or a taxonomy file.');
  const coded = titles.map((title) => ({ title, ...coder.code(normalizeTitle(title)) }));
  const text = formatCodings({ taxonomy: coder.taxonomy, level: coder.level, titles: coded }, format, flags.csvRaw === true);
  await writeResult(output, text, io);
  return 0;
}

/** One title per line; blank lines are not titles. */
async function stdinTitles(io: Io): Promise<string[]> {
  // Typed without titles on a terminal, the command would wait in silence for input.
  if ((io.stdin as { isTTY?: boolean }).isTTY === true) {
    io.stderr.write('Reading titles from the terminal, one per line; end with Ctrl-D (or give titles as arguments, or --from a file).\n');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return decodeText(Buffer.concat(chunks))
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** The title cell of every record of an export, in file order. */
async function titlesOfFile(file: string, titleColumn: string | undefined, io: Io): Promise<string[]> {
  const titles: string[] = [];
  await scanTable(
    tableSource(file, io.cwd, io),
    {},
    {
      header: (fields) => [findColumns(fields, { title: titleColumn }, file).title!],
      record: (record) => titles.push(record.text(0)),
      skip: (line, reason) => {
        throw new UserError(`File "${file}" line ${line} cannot be read: ${reason}.`);
      },
    },
  );
  return titles;
}
