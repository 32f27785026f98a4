// Every rule of `check`, in the order of PRODUCT.md's table, then the rules later issues added. Docs, SARIF metadata and the
// CLI derive from this list.
import type { Rule } from './rule.js';
import { certificatePrerequisite } from './rules/certificate-prerequisite.js';
import { certificateSize } from './rules/certificate-size.js';
import { conceptCycle } from './rules/concept-cycle.js';
import { conceptUnreachable } from './rules/concept-unreachable.js';
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
  conceptCycle,
  conceptUnreachable,
  certificateSize,
  certificatePrerequisite,
  feedbackOpen,
];

export const RULE_CODES = RULES.map((rule) => rule.code);
