// The reviewed tables are folded into the data files at build time: this checks the shipped
// data still says what the tables say (rebuild with scripts/build-occupations-data.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/occupations/data-files.js';
import { createCoder } from '../../src/occupations/index.js';
import { REVIEWED_TABLES } from '../../src/occupations/reviewed-tables.js';

describe.each(['onet', 'rome'] as const)('the reviewed tables of %s', (name) => {
  it.each(REVIEWED_TABLES[name].map(({ file, heads }) => [file, heads ?? false]))(
    '%s: every row has a reason and is in the data',
    async (file, heads) => {
      const level = name === 'onet' ? 'onet' : 'fiche';
      const coder = await createCoder({ taxonomy: name, level });
      const rows = parse(readFileSync(path.join(DATA_DIR, file)), {
        columns: true,
        comment: '#',
        comment_no_infix: true,
        relax_column_count: true,
      }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(heads ? 10 : 20);
      for (const { title = '', code = '', reason = '' } of rows) {
        expect(reason, `${file}: "${title}" needs a reason`).not.toBe('');
        const coded = coder.code(title);
        if (code === '') expect(coded.code, `${file}: "${title}"`).toBeNull();
        else expect(coded.code, `${file}: "${title}"`).toBe(coder.parseCode(code));
      }
    },
  );
});
