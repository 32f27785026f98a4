// The loading layer: YAML with positions, data path -> span, zod issues -> diagnostics.

export { CONFIG_FILE_NAME } from './discover-programs.js';
export { displayPath } from './load-program.js';
export { eachProgram, findFolders, loadMaps, loadRepository } from './load-repository.js';

export { parseYaml } from './parse-yaml.js';
export { readSource } from './read-source.js';
export { readProgram, toProgram } from './to-program.js';

export { validateFile } from './validate-file.js';
