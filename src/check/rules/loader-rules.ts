// Rules whose findings come from loading files rather than from a check function.
import type { Rule } from '../rule.js';

export const yamlSyntax: Rule = {
  code: 'yaml-syntax',
  severity: 'error',
  description: 'A file that is not valid YAML (also duplicate keys, or bytes that are not UTF-8); the other programs are still checked.',
  docs: {
    why: 'A file that cannot be parsed cannot be checked; its program is skipped until it is fixed, the rest of the repository is still checked.',
    bad: 'skills:\n  - id: sql\n    name: Query databases\n    name: Query databases with SQL   # duplicate key',
    good: 'skills:\n  - id: sql\n    name: Query databases with SQL',
  },
};

export const schema: Rule = {
  code: 'schema',
  severity: 'error',
  description: 'A missing field, a wrong type, an unknown key, a bad id.',
  docs: {
    why: 'Unknown keys are almost always typos, and a missing or mistyped field breaks timelines and reports.',
    bad: 'skills:\n  - id: SQL\n    nmae: Query databases with SQL',
    good: 'skills:\n  - id: sql\n    name: Query databases with SQL',
  },
};
