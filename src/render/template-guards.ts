// Run-time guards of our Handlebars environment: fields looked up only as own properties, a loop
// budget per page, bounded partial nesting, and nothing ever written to the console.
import Handlebars from 'handlebars';
import { UserError } from '../errors/user-error.js';
import { MAX_NESTING } from './template-nesting.js';

/** `{{#each}}` iterations one page may run, all loops together: a hang, not a page, beyond. */
export const MAX_EACH_ITERATIONS = 10_000_000;

/**
 * Runtime options of every page. Handlebars denies prototype properties either way; saying so
 * explicitly stops it writing "Access has been denied..." to the console (internal/proto-access.js).
 */
export const PAGE_RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

export interface TemplateGuards {
  /** A new page: a full loop budget. */
  startPage(): void;
  /** Renders a partial one level deeper; refuses past MAX_NESTING levels. */
  inPartial(file: string, render: () => string): string;
}

type HelperOptions = Handlebars.HelperOptions & { loc?: unknown };

export function guardEnvironment(hb: typeof Handlebars, maxIterations = MAX_EACH_ITERATIONS): TemplateGuards {
  let spent = 0;
  let depth = 0;
  // The {{log}} helper writes through the instance's `log`: this instance's only, not the global logger.
  hb.log = () => undefined;
  hb.registerHelper('lookup', lookup);
  const each = hb.helpers.each as (this: unknown, ...args: unknown[]) => unknown;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const options = args[1] as HelperOptions | undefined;
    if (args.length !== 2 || !options) return each.apply(this, args);
    const body = options.fn;
    const fn = (item: unknown, frame?: Handlebars.RuntimeOptions) => {
      spent += 1;
      if (spent > maxIterations) {
        throw failure(`{{#each}} repeats more than ${maxIterations.toLocaleString('en-US')} times in one page`, options);
      }
      return body(item, frame);
    };
    return each.call(this, args[0], { ...options, fn });
  });
  return {
    startPage() {
      spent = 0;
      depth = 0;
    },
    inPartial(file, render) {
      if (depth >= MAX_NESTING) {
        throw new UserError(`Template "${file}": partials are nested more than ${MAX_NESTING} deep; does a partial include itself?`);
      }
      depth += 1;
      try {
        return render();
      } finally {
        depth -= 1;
      }
    },
  };
}

/** `{{lookup object key}}` reading own properties only, failing like a missing field. */
function lookup(object: unknown, key: unknown, options: HelperOptions): unknown {
  const isKey = typeof key === 'string' || typeof key === 'number';
  if (object !== null && typeof object === 'object' && isKey && Object.hasOwn(object, key)) {
    return (object as Record<string | number, unknown>)[key];
  }
  throw failure(`"${String(key)}" not defined in the object given to lookup`, options);
}

/** A Handlebars failure at the helper's place in the template, told like Handlebars' own. */
function failure(message: string, options: HelperOptions): Error {
  return new Handlebars.Exception(message, { loc: options.loc } as unknown as hbs.AST.Node);
}
