// The README and docs/certificates.md show what `render curricula/data-analyst` really prints
// for its certificate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

test("the README's certificate excerpt is the rendered Markdown of curricula/data-analyst", async () => {
  const excerpt = /```markdown\n(### Report on a business[\s\S]*?)```/.exec(read('README.md'))?.[1];
  expect(excerpt).toBeDefined();
  const run = await runInProcess(['render', 'curricula/data-analyst'], { cwd: PROJECT_ROOT });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(excerpt);
});

test("docs/certificates.md quotes the certificate's figures of curricula/data-analyst", async () => {
  const run = await runInProcess(['render', 'curricula/data-analyst', '--format', 'json'], { cwd: PROJECT_ROOT });
  const [certificate] = JSON.parse(run.stdout).certificates;
  const doc = read('docs/certificates.md');
  expect(doc).toContain(`"hours": ${certificate.hours}, "weeks": ${certificate.weeks},`);
  expect(doc).toContain(`"open_month": ${certificate.open_month},`);
  const { video_hours, kg_co2e_per_video_hour, kg_co2e } = certificate.footprint;
  expect(doc).toContain(
    `"footprint": { "video_hours": ${video_hours}, "kg_co2e_per_video_hour": ${kg_co2e_per_video_hour}, "kg_co2e": ${kg_co2e} }`,
  );
});
