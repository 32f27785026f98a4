// The loading layer: YAML with positions, data path -> span, zod issues -> diagnostics.
export type { DataPath, Item, LoadedProgram, Location, ProgramModel, Repository } from './types.js';
export { loadRepository } from './load-repository.js';
export { loadProgram, displayPath } from './load-program.js';
export { discoverPrograms, CONFIG_FILE_NAME, PROGRAM_FILE_NAME } from './discover-programs.js';
export { toProgram } from './to-program.js';
export { parseYaml, MAX_ALIAS_COUNT, type ParsedYaml } from './parse-yaml.js';
export { locate, START_SPAN } from './locate.js';
export { readSource, MAX_FILE_BYTES } from './read-source.js';
export { describeIssue, type IssueReport } from './describe-issue.js';
export { validateFile } from './validate-file.js';
