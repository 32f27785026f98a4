import { expect, test } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { renderRulesDoc } from '../../src/check/rules-doc.js';
import { expectGolden } from '../golden.js';

test('docs/rules.md is generated from the rule registry', async () => {
  expectGolden(renderRulesDoc(RULES), new URL('../../docs/rules.md', import.meta.url));
});

test('every rule documents a failing and a passing example', () => {
  for (const rule of RULES) {
    expect(rule.docs.bad, rule.code).not.toEqual(rule.docs.good);
    expect(rule.docs.why.length, rule.code).toBeGreaterThan(20);
  }
});
