// Occupation coding: job titles -> codes of O*NET-SOC, ROME or a user's own taxonomy.

export { CODING_THRESHOLD, CODING_THRESHOLDS, createCoder, type OccupationCoder, type OccupationCoding } from './create-coder.js';
export { detectTitleLanguage } from './detect-language.js';
export { LEVELS, notALevel, USER_LEVEL } from './levels.js';
export { groupCodesOf } from './load-taxonomy.js';
export { type OccupationMap, parseOccupationMap } from './occupation-map.js';
