import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { FINGERPRINT_KEY, formatSarif, toPascalCase, toUri } from '../../src/report/sarif.js';
import { DIAGNOSTICS, RULES, sampleContext } from './sample.js';

// CommonJS packages: under NodeNext their default import is `module.exports`.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

// The official SARIF 2.1.0 schema (draft-04), OASIS with Errata 01:
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json
// (copied from oasis-tcs/sarif-spec; test/fixtures/sarif/README.md says how).
const SARIF_SCHEMA = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

function validateSarif(text: string): string[] {
  // The schema's `language` pattern is not valid with the `u` flag Ajv uses by default.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(SARIF_SCHEMA);
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

function results(diagnostics: readonly Diagnostic[]): SarifResult[] {
  return JSON.parse(formatSarif(diagnostics, sampleContext())).runs[0].results as SarifResult[];
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(formatSarif(DIAGNOSTICS, sampleContext()))).toEqual([]);
    expect(validateSarif(formatSarif([], sampleContext({ rules: [] })))).toEqual([]);
  });

  it('the validator does reject a broken log', () => {
    const log = JSON.parse(formatSarif(DIAGNOSTICS, sampleContext()));
    log.runs[0].results[0].level = 'fatal';
    delete log.version;
    expect(validateSarif(JSON.stringify(log)).length).toBeGreaterThan(0);
  });

  it('points every result at its rule and keeps the severity of the diagnostic', () => {
    const log = JSON.parse(formatSarif(DIAGNOSTICS, sampleContext()));
    const rules = log.runs[0].tool.driver.rules as { id: string }[];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.code));
    for (const [i, result] of (log.runs[0].results as SarifResult[]).entries()) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.level).toBe(DIAGNOSTICS[i]!.severity);
      expect(result.message.text).toBe(DIAGNOSTICS[i]!.message);
    }
    // project-skill-limit is a warning by default, an error above the hard limit.
    expect(log.runs[0].results[2].level).toBe('error');
  });

  it('omits ruleIndex for a rule the context does not list', () => {
    const [result] = results([{ ...DIAGNOSTICS[0]!, rule: 'not-registered' }]);
    expect(result!.ruleId).toBe('not-registered');
    expect(result).not.toHaveProperty('ruleIndex');
  });

  it('fingerprints survive line shifts but not a change of message, file or rule', () => {
    const d = DIAGNOSTICS[1]!;
    const fingerprint = (x: Diagnostic): string => results([x])[0]!.partialFingerprints[FINGERPRINT_KEY]!;
    const base = fingerprint(d);
    expect(base).toMatch(/^[0-9a-f]{32}:1$/);
    expect(fingerprint({ ...d, line: d.line + 12, endLine: d.endLine + 12, column: 3 })).toBe(base);
    expect(fingerprint({ ...d, message: `${d.message} ` })).not.toBe(base);
    expect(fingerprint({ ...d, file: 'other.yaml' })).not.toBe(base);
    expect(fingerprint({ ...d, rule: 'schema' })).not.toBe(base);
  });

  it('tells identical problems in one file apart', () => {
    const d = DIAGNOSTICS[0]!;
    const [a, b] = results([d, { ...d, line: d.line + 1, endLine: d.endLine + 1 }]);
    const [hashA, nA] = a!.partialFingerprints[FINGERPRINT_KEY]!.split(':');
    const [hashB, nB] = b!.partialFingerprints[FINGERPRINT_KEY]!.split(':');
    expect(hashA).toBe(hashB);
    expect([nA, nB]).toEqual(['1', '2']);
  });

  it('writes relative URIs with / separators, percent-encoded', () => {
    expect(toUri('curricula/data-analyst/program.yaml')).toBe('curricula/data-analyst/program.yaml');
    expect(toUri('curricula\\ux designer\\données#1?.yaml')).toBe('curricula/ux%20designer/donn%C3%A9es%231%3F.yaml');
    const [result] = results([{ ...DIAGNOSTICS[0]!, file: 'my programs/50%.yaml' }]);
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('my%20programs/50%25.yaml');
  });

  it('names rules in PascalCase', () => {
    expect(toPascalCase('skill-without-course')).toBe('SkillWithoutCourse');
    expect(toPascalCase('yaml-syntax')).toBe('YamlSyntax');
  });
});
