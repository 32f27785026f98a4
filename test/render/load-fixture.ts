// Reads a fixture program folder into a `Program` with the model's schema alone (no loader, no rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { curriculumFileSchema, type Program } from '../../src/model/schema.js';
import { buildOutline } from '../../src/render/build-outline.js';
import { compileTemplates } from '../../src/render/compile-templates.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { type RenderFormat, renderProgramPage } from '../../src/render/render-pages.js';

const FIXTURES = new URL('../fixtures/render/', import.meta.url).pathname;
const REPO = join(FIXTURES, 'repo');

function loadFixture(name: string): Program {
  const dir = join(REPO, name);
  const merged: Partial<Program> & Required<Pick<Program, 'skills' | 'projects' | 'courses' | 'certificates' | 'feedback'>> = {
    skills: [],
    projects: [],
    courses: [],
    certificates: [],
    feedback: [],
  };
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const data = curriculumFileSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
    if (data.program) merged.program = data.program;
    merged.skills.push(...(data.skills ?? []));
    merged.projects.push(...(data.projects ?? []));
    merged.courses.push(...(data.courses ?? []));
    merged.certificates.push(...(data.certificates ?? []));
    merged.feedback.push(...(data.feedback ?? []));
  }
  if (!merged.program) throw new Error(`Fixture "${name}" has no program.`);
  return { ...merged, program: merged.program };
}

/** Renders a fixture program the way `render` does, without the loader and the rules. */
export async function renderFixture(name: string, format: RenderFormat, templates?: string): Promise<string> {
  const outline = buildOutline(loadFixture(name));
  const renderer = format === 'json' ? undefined : compileTemplates(await loadTemplates(format, templates, FIXTURES));
  return renderProgramPage(outline, format, renderer);
}
