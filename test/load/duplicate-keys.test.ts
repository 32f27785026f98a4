// Duplicate keys are found in linear time (yaml's own check compares every pair of keys).
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

describe('duplicate keys', () => {
  it('reports each repeated key of a mapping at the key, not its first occurrence', () => {
    const parsed = parseYaml('program:\n  id: a\n  title: T\n  id: b\n"1": x\n1: y\n', 'p.yaml');
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.message}`)).toEqual([
      '4:3-5 Key "id" appears twice in the same mapping.',
    ]);
  });

  it('handles a mapping of 20,000 keys, with one repeated at the end', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: ${i}\n`).join('');
    const parsed = parseYaml(`a:\n${keys}  k7: again\n`, 'big.yaml');
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ line: 20_002, message: 'Key "k7" appears twice in the same mapping.' });
  });
});
