// The Handlebars environment: isolated, strict (even in helper arguments), errors told with file:line:column.
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { HELPERS } from './helpers.js';

export type TemplateFormat = 'md' | 'html';

/** A template's text and the file it came from, for error messages. */
export interface TemplateSource {
  /** Display path: relative to the current directory for user templates. */
  file: string;
  text: string;
}

/** The templates of one format: `outline` and `index` pages, and partials by name. */
export interface TemplateSet {
  format: TemplateFormat;
  outline: TemplateSource;
  index: TemplateSource;
  partials: Map<string, TemplateSource>;
}

export type PageTemplate = (context: object) => string;

export interface Renderer {
  outline: PageTemplate;
  index: PageTemplate;
}

export function compileTemplates(set: TemplateSet): Renderer {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  const options = { strict: true, noEscape: set.format === 'md' };
  const compile = (source: TemplateSource) => {
    let template: HandlebarsTemplateDelegate;
    try {
      const ast = hb.parse(source.text);
      markStrict(ast);
      template = hb.compile(ast, options);
    } catch (error) {
      throw templateError(error, source);
    }
    return (context: object, runtime?: Handlebars.RuntimeOptions): string => {
      try {
        return template(context, runtime);
      } catch (error) {
        // Only Handlebars' own failures are the template's; anything else (a page too large for a
        // string, a bug) goes up unchanged, to be told as such.
        throw isHandlebarsFailure(error) ? templateError(error, source) : error;
      }
    };
  };
  for (const [name, source] of set.partials) hb.registerPartial(name, compile(source));
  return { outline: compile(set.outline), index: compile(set.index) };
}

/**
 * Handlebars' strict mode only checks plain `{{field}}` lookups; a misspelt field in a helper
 * argument (`{{#each projets}}`) would silently render nothing. Marking every path strict
 * makes those fail too (the compiler reads `path.strict`, see handlebars/compiler/compiler.js).
 */
function markStrict(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) markStrict(child);
  } else if (node !== null && typeof node === 'object') {
    if ((node as { type?: unknown }).type === 'PathExpression') (node as { strict?: boolean }).strict = true;
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') markStrict(child);
  }
}

/** A failure of Handlebars itself, or of a template inside it (a partial's, already told). */
function isHandlebarsFailure(error: unknown): boolean {
  if (error instanceof UserError || error instanceof Handlebars.Exception) return true;
  // Strict mode looking a field up in text or a number: Handlebars' `name in obj` (runtime.js, `strict`).
  return error instanceof TypeError && error.message.startsWith("Cannot use 'in' operator to search for ");
}

interface HandlebarsFailure {
  message?: unknown;
  lineNumber?: unknown;
  column?: unknown;
  endLineNumber?: unknown;
  endColumn?: unknown;
}

/** One sentence naming the template file, and the line and 1-based column where Handlebars knows them. */
export function templateError(error: unknown, source: TemplateSource): UserError {
  if (error instanceof UserError) return error;
  const failure = (error ?? {}) as HandlebarsFailure;
  const message = String(failure.message ?? error);
  const where = `Template "${source.file}"`;
  const line = typeof failure.lineNumber === 'number' ? failure.lineNumber : undefined;
  const column = typeof failure.column === 'number' ? failure.column + 1 : undefined;
  const at = line === undefined ? '' : column === undefined ? ` line ${line}` : ` line ${line}, column ${column}`;

  const missing = /^"(.*)" not defined in /s.exec(message);
  if (missing) return new UserError(`${where}${at}: field "${fieldAt(source, failure) ?? missing[1]}" does not exist.`);
  const notObject = /^Cannot use 'in' operator to search for '(.*)' in /.exec(message);
  if (notObject) return new UserError(`${where}: field "${notObject[1]}" does not exist.`);
  const parse = /^Parse error on line (\d+):[\s\S]*?got '([^']*)'/.exec(message);
  if (parse) return new UserError(`${where} line ${parse[1]}: Handlebars syntax error (unexpected ${parse[2]}).`);
  const partial = /^The partial (.*) could not be found/.exec(message);
  if (partial) return new UserError(`${where}: partial "${partial[1]}" does not exist.`);
  const text = message.replace(/ - \d+:\d+$/, '').replace(/[.\s]*$/, '');
  return new UserError(`${where}${at}: ${text}.`);
}

/** The whole path at fault (`a.b.c`) read from the template, when it sits on one line. */
function fieldAt(source: TemplateSource, failure: HandlebarsFailure): string | undefined {
  const { lineNumber, column, endLineNumber, endColumn } = failure;
  if (typeof lineNumber !== 'number' || typeof column !== 'number' || typeof endColumn !== 'number') return undefined;
  if (endLineNumber !== lineNumber) return undefined;
  const field = source.text.split('\n')[lineNumber - 1]?.slice(column, endColumn);
  return field && /^[^\s{}]+$/.test(field) ? field : undefined;
}
