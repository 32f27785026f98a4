// Finds the templates of a format: the built-in ones, each overridden by a file of the same name in --templates.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors/user-error.js';
import { notUtf8 } from '../files/first-non-utf8.js';
import { packageFile } from '../files/package-files.js';
import { readRegularFile } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import type { TemplateFormat, TemplateSet, TemplateSource } from './compile-templates.js';

/** `templates/` of the package. */
const BUILTIN_TEMPLATES_DIR = packageFile('templates/');

/** The pages a format has; any other template is a partial, named `_<name>`. */
export const PAGES = ['outline', 'index', 'map'];

/** A template is a page of markup; 1 MiB is far beyond any. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * Template files are `outline.<format>.hbs`, `index.<format>.hbs`, `map.<format>.hbs` and partials
 * `_<name>.<format>.hbs` (used as `{{> name}}`).
 */
export async function loadTemplates(format: TemplateFormat, userDir: string | undefined, cwd: string): Promise<TemplateSet> {
  const files = new Map<string, TemplateSource>();
  const unused: string[] = [];
  for (const name of await templateNames(BUILTIN_TEMPLATES_DIR, format)) {
    files.set(name, await readSource(join(BUILTIN_TEMPLATES_DIR, name), `templates/${name}`));
  }
  if (userDir !== undefined) {
    const dir = resolve(cwd, userDir);
    const isDir = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) throw new UserError(`Template folder "${userDir}" does not exist or is not a folder.`);
    // A template folder may sit in a repository under review: read only regular files, and
    // follow links only inside that repository.
    const root = await repositoryRoot(dir);
    for (const name of await templateNames(dir, format)) {
      const shown = relative(cwd, join(dir, name)).split(sep).join('/');
      const bytes = await readRegularFile(join(dir, name), shown, { maxBytes: MAX_TEMPLATE_BYTES, kind: 'templates', confineTo: root });
      files.set(name, { file: shown, text: templateText(bytes, shown) });
      if (!name.startsWith('_') && !PAGES.some((page) => name === `${page}.${format}.hbs`)) unused.push(shown);
    }
  }
  const page = (name: string): TemplateSource => {
    const source = files.get(`${name}.${format}.hbs`);
    if (!source) throw new Error(`Built-in template "${name}.${format}.hbs" is missing from ${BUILTIN_TEMPLATES_DIR}.`);
    return source;
  };
  const partials = new Map<string, TemplateSource>();
  for (const [name, source] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name.startsWith('_')) partials.set(name.slice(1, -`.${format}.hbs`.length), inlinePartial(source));
  }
  return { format, outline: page('outline'), index: page('index'), map: page('map'), partials, unused };
}

/** A one-line partial loses its final newline, so `{{> course-link}}` can sit inside a line. */
function inlinePartial(source: TemplateSource): TemplateSource {
  const text = source.text.replace(/\r?\n$/, '');
  return text.includes('\n') ? source : { ...source, text };
}

/** Every entry named like a template but folders: links and special files are then refused by name, not skipped. */
async function templateNames(dir: string, format: TemplateFormat): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => !e.isDirectory() && e.name.endsWith(`.${format}.hbs`)).map((e) => e.name);
}

async function readSource(path: string, file: string): Promise<TemplateSource> {
  try {
    return { file, text: await readFile(path, 'utf8') };
  } catch (error) {
    throw new UserError(`Template "${file}" cannot be read: ${(error as Error).message}.`);
  }
}

/** A user's template as text: one saved in another encoding would render garbled pages without a word. */
function templateText(bytes: Buffer, file: string): string {
  const bad = notUtf8(bytes);
  if (bad === undefined) return new TextDecoder('utf-8').decode(bytes);
  throw new UserError(`Template "${file}"${bad.where ? `, ${bad.where},` : ''} ${bad.message}; save it as UTF-8.`);
}
