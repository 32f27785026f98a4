// `--format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html).
import { createHash } from 'node:crypto';
import type { RuleMeta } from '../check/rule.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Formatter } from './formatter.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const REPOSITORY = 'https://github.com/curriculum-tools/curriculum';
/** Versioned so a change of recipe reads as new fingerprints, not as moved results. */
export const FINGERPRINT_KEY = 'curriculumDiagnostic/v1';

export const formatSarif: Formatter = (diagnostics, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.code, index]));
  const occurrences = new Map<string, number>();
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'curriculum',
            informationUri: REPOSITORY,
            version: context.toolVersion,
            rules: context.rules.map(describeRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => {
          const hash = fingerprint(d);
          const seen = (occurrences.get(hash) ?? 0) + 1;
          occurrences.set(hash, seen);
          const index = ruleIndex.get(d.rule);
          return {
            ruleId: d.rule,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: d.severity,
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(d.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
            // Identical problems in one file are told apart by their order, as GitHub's own
            // primaryLocationLineHash does with its `:n` suffix.
            partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${seen}` },
          };
        }),
        // SARIF's property bag for what is not a result: each program's market coverage, the
        // same figures as `--format json` gives in `summary.market`.
        ...(context.market ? { properties: { market: context.market } } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function describeRule(rule: RuleMeta) {
  return {
    id: rule.code,
    name: toPascalCase(rule.code),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs.why },
    defaultConfiguration: { level: rule.severity },
    helpUri: `${REPOSITORY}/blob/main/docs/rules.md#${rule.code}`,
    help: {
      text: `${rule.docs.why}\n\nFails:\n${rule.docs.bad.trimEnd()}\n\nPasses:\n${rule.docs.good.trimEnd()}`,
      markdown: `${rule.docs.why}\n\nFails:\n\n${fence(rule.docs.bad)}\n\nPasses:\n\n${fence(rule.docs.good)}`,
    },
  };
}

/** Rule, file and message, but not the line: a result survives lines added above it. */
function fingerprint(d: Diagnostic): string {
  return createHash('sha256').update(`${d.rule}\0${d.file}\0${d.message}`).digest('hex').slice(0, 32);
}

/** A relative URI reference: `/` separators, each segment percent-encoded. */
export function toUri(file: string): string {
  return file.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');
}

export function toPascalCase(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function fence(yaml: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...yaml.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}yaml\n${yaml.trimEnd()}\n${ticks}`;
}
