// The skills x projects coverage matrix: full for a normal program, one list per skill for a huge one.
import type { Program } from '../model/schema.js';
import type { Ref } from './build-outline.js';
import type { SkillLinks } from './skill-links.js';

/** Above this many cells (skills x projects), the matrix is summarised (docs/render.md, "Huge programs"). */
export const MAX_MATRIX_CELLS = 10_000;

/** A row of the full matrix: `cells[j]` is true when project j validates the skill. */
interface MatrixRow {
  skill: Ref;
  cells: boolean[];
  /** How many projects validate the skill. */
  projects: number;
}

/** A row of a summarised matrix: the projects that validate the skill, by 1-based position. */
interface SummaryRow {
  skill: Ref;
  projects: number;
  validated_by: number[];
}

export interface Matrix {
  /** The columns: the projects in program order. */
  projects: (Ref & { position: number })[];
  rows: MatrixRow[] | SummaryRow[];
}

/** What was left out of a summarised matrix. */
export interface MatrixSummary {
  /** skills x projects: the cells the full matrix would have. */
  cells: number;
  /** MAX_MATRIX_CELLS. */
  limit: number;
}

export function buildMatrix(
  program: Program,
  links: SkillLinks,
  skillRef: (id: string) => Ref,
): { matrix: Matrix; summary: MatrixSummary | null } {
  const projects = program.projects.map((p, index) => ({ position: index + 1, id: p.id, title: p.title }));
  const cells = program.skills.length * program.projects.length;
  const validators = (id: string) => links.validators.get(id) ?? [];
  if (cells > MAX_MATRIX_CELLS) {
    const rows = program.skills.map((s): SummaryRow => {
      const positions = validators(s.id);
      return { skill: skillRef(s.id), projects: positions.length, validated_by: positions.map((p) => p + 1) };
    });
    return { matrix: { projects, rows }, summary: { cells, limit: MAX_MATRIX_CELLS } };
  }
  const rows = program.skills.map((s): MatrixRow => {
    const on = new Set(validators(s.id));
    return { skill: skillRef(s.id), cells: projects.map((_, j) => on.has(j)), projects: on.size };
  });
  return { matrix: { projects, rows }, summary: null };
}
