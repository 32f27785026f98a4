// Every rule of `check`, in the order of PRODUCT.md's table, then the rules later issues added. Docs, SARIF metadata and the
// CLI derive from this list.
import type { Rule } from './rule.js';
import { courseLate } from './rules/course-late.js';
import { duplicateId } from './rules/duplicate-id.js';
import { feedbackOpen } from './rules/feedback-open.js';
import { schema, yamlSyntax } from './rules/loader-rules.js';
import { marketGap } from './rules/market-gap.js';
import { orphanCourse } from './rules/orphan-course.js';
import { prerequisiteCycle } from './rules/prerequisite-cycle.js';
import { projectCount } from './rules/project-count.js';
import { projectSkillLimit } from './rules/project-skill-limit.js';
import { projectWithoutSkills } from './rules/project-without-skills.js';
import { skillNotValidated } from './rules/skill-not-validated.js';
import { skillWithoutCourse } from './rules/skill-without-course.js';
import { unknownReference } from './rules/unknown-reference.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unknownReference,
  projectSkillLimit,
  projectWithoutSkills,
  skillNotValidated,
  skillWithoutCourse,
  orphanCourse,
  prerequisiteCycle,
  projectCount,
  marketGap,
  courseLate,
  feedbackOpen,
];

export const RULE_CODES = RULES.map((rule) => rule.code);
