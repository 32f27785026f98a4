// The Handlebars environment: isolated, strict (even in helper arguments), errors told with file:line:column.
import Handlebars from 'handlebars';
import { UserError } from '../errors/user-error.js';
import { HELPERS } from './helpers.js';
import { prepareTemplateAst } from './template-ast.js';
import { guardEnvironment, PAGE_RUNTIME } from './template-guards.js';
import { findDeepNesting, MAX_NESTING } from './template-nesting.js';

export type TemplateFormat = 'md' | 'html';

/** A template's text and the file it came from, for error messages. */
export interface TemplateSource {
  /** Display path: relative to the current directory for user templates. */
  file: string;
  text: string;
}

/** The templates of one format: `outline`, `index` and knowledge `map` pages, and partials by name. */
export interface TemplateSet {
  format: TemplateFormat;
  outline: TemplateSource;
  index: TemplateSource;
  map: TemplateSource;
  partials: Map<string, TemplateSource>;
  /** Files of --templates named like no page and no partial (`outlin.md.hbs`): never used, as users should hear. */
  unused?: string[];
}

type PageTemplate = (context: object) => string;

export interface Renderer {
  outline: PageTemplate;
  index: PageTemplate;
  map: PageTemplate;
}

/** Test hooks: a smaller loop budget than MAX_EACH_ITERATIONS. */
export interface TemplateLimits {
  iterations?: number;
}

export function compileTemplates(set: TemplateSet, limits: TemplateLimits = {}): Renderer {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  const guards = guardEnvironment(hb, limits.iterations);
  const isHelper = (name: string) => Object.hasOwn(hb.helpers, name);
  const options = { strict: true, noEscape: set.format === 'md' };
  const compile = (source: TemplateSource) => {
    let template: HandlebarsTemplateDelegate;
    try {
      const deep = findDeepNesting(source.text);
      if (deep) throw new UserError(`Template "${source.file}" line ${deep.line}: ${deep.what} are nested more than ${MAX_NESTING} deep.`);
      const ast = hb.parse(source.text);
      // Handlebars' strict mode only checks plain `{{field}}` lookups: every path is marked strict
      // so a misspelt field in a helper argument (`{{#each projets}}`) fails too.
      prepareTemplateAst(ast, source.file, isHelper);
      template = hb.compile(ast, options);
    } catch (error) {
      throw isParseFailure(error) ? templateError(error, source) : error;
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
  for (const [name, source] of set.partials) {
    const render = compile(source);
    const partial = (context: object, runtime?: Handlebars.RuntimeOptions) => guards.inPartial(source.file, () => render(context, runtime));
    hb.registerPartial(name, partial);
  }
  const page = (source: TemplateSource): PageTemplate => {
    const render = compile(source);
    return (context) => {
      guards.startPage();
      return render(context, PAGE_RUNTIME);
    };
  };
  return { outline: page(set.outline), index: page(set.index), map: page(set.map) };
}

/** The parser's own failures, and its stack overflow on nesting it was not stopped before. */
function isParseFailure(error: unknown): boolean {
  if (error instanceof UserError || error instanceof Handlebars.Exception) return true;
  if (error instanceof RangeError) return error.message === 'Maximum call stack size exceeded';
  return error instanceof Error && /^(Parse|Lexical) error on line /.test(error.message);
}

/** A failure of Handlebars itself, or of a template inside it (a partial's, already told). */
function isHandlebarsFailure(error: unknown): boolean {
  if (error instanceof UserError || error instanceof Handlebars.Exception) return true;
  // Recursion only templates can cause (an inline partial including itself): the data is flat.
  if (error instanceof RangeError && error.message === 'Maximum call stack size exceeded') return true;
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
function templateError(error: unknown, source: TemplateSource): UserError {
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
  if (message === 'Maximum call stack size exceeded') {
    return new UserError(`${where}: blocks or partials are nested too deeply to read or render; does a partial include itself?`);
  }
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
