import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toKebabId, uniqueIds } from '../../src/init/kebab-id.js';
import { ID_PATTERN } from '../../src/model/schema.js';

test.each([
  ['Power BI', 'power-bi'],
  ['Développeuse Full-Stack', 'developpeuse-full-stack'],
  ['C++', 'c-plus-plus'],
  ['C#', 'c-sharp'],
  ['node.js', 'node-js'],
  ['  --  ', ''],
])('toKebabId(%j) is %j', (text, id) => {
  expect(toKebabId(text)).toBe(id);
});

test('uniqueIds always gives distinct ids of the curriculum format', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }), (texts) => {
      const ids = uniqueIds(texts, 'skill');
      expect(ids).toHaveLength(texts.length);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(ID_PATTERN);
    }),
  );
});
