// One pass over a parsed template: every path made strict, no name JavaScript objects inherit,
// nesting bounded. Problems are one sentence naming the template file, line and column.
import { UserError } from '../errors/user-error.js';
import { MAX_NESTING } from './template-nesting.js';

/**
 * Names every object (or list) of the outline inherits from JavaScript: `{{program.constructor}}`
 * or `{{projects.map}}` are not fields, whatever Handlebars' strict mode thinks (it only asks
 * `name in object`). `length` is a list's own field. A path's first name is looked up on an
 * object (the page, or a list's item), never on a list: there, a list's method names are
 * fields like any other (a knowledge map's `map`).
 */
const OBJECT_INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const LIST_INHERITED = new Set(Object.getOwnPropertyNames(Array.prototype).filter((name) => name !== 'length'));

function isInherited(part: unknown, position: number): boolean {
  return typeof part === 'string' && (OBJECT_INHERITED.has(part) || (position > 0 && LIST_INHERITED.has(part)));
}

interface Node {
  type?: unknown;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

const BLOCKS = new Set(['BlockStatement', 'PartialBlockStatement', 'DecoratorBlock']);
const CALLS = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression', 'Decorator', 'DecoratorBlock']);
const PARTIALS = new Set(['PartialStatement', 'PartialBlockStatement']);

/** What a path names where it stands: a helper (`{{#each}}`), a partial (`{{> card}}`) or a field. */
type Role = 'helper' | 'partial' | 'field';

/** Throws a UserError at the first problem; `isHelper` tells a helper's name (`{{#each}}`) from a field. */
export function prepareTemplateAst(ast: unknown, file: string, isHelper: (name: string) => boolean): void {
  const line = (node: Node) => (node.loc ? ` line ${node.loc.start.line}` : '');
  const where = (node: Node) => (node.loc ? `${line(node)}, column ${node.loc.start.column + 1}` : '');
  const visit = (value: unknown, blocks: number, calls: number, role: Role): void => {
    if (Array.isArray(value)) {
      for (const child of value) visit(child, blocks, calls, 'field');
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'PathExpression') {
      node.strict = true;
      const parts = Array.isArray(node.parts) ? (node.parts as unknown[]) : [];
      const field = String(node.original);
      if (role !== 'helper' && parts.some(isInherited)) {
        throw new UserError(`Template "${file}"${where(node)}: ${role} "${field}" does not exist.`);
      }
      return;
    }
    const deeper = BLOCKS.has(String(node.type)) ? blocks + 1 : blocks;
    const called = node.type === 'SubExpression' ? calls + 1 : calls;
    if (deeper > MAX_NESTING || called > MAX_NESTING) {
      const what = deeper > MAX_NESTING ? 'blocks' : 'sub-expressions';
      throw new UserError(`Template "${file}"${line(node)}: ${what} are nested more than ${MAX_NESTING} deep.`);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      const childRole: Role =
        key === 'path' && CALLS.has(String(node.type)) && isHelperPath(child, isHelper)
          ? 'helper'
          : key === 'name' && PARTIALS.has(String(node.type))
            ? 'partial'
            : 'field';
      visit(child, key === 'program' || key === 'inverse' ? deeper : blocks, called, childRole);
    }
  };
  visit(ast, 0, 0, 'field');
}

/** `{{#each ...}}`, `{{percent x}}`: a one-part path naming a registered helper. */
function isHelperPath(path: unknown, isHelper: (name: string) => boolean): boolean {
  const node = path as Node | null;
  const parts = node?.parts;
  if (node?.type !== 'PathExpression' || node.data === true || !Array.isArray(parts)) return false;
  return parts.length === 1 && isHelper(String(parts[0]));
}
