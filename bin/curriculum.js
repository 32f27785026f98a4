#!/usr/bin/env node
// CommonJS (bin/package.json): see scripts/bundle-cli.ts for why.
const { cleanUpOnSignals, describeOutputFailure, main } = require('../dist/bundle/curriculum.cjs');

cleanUpOnSignals();

// A reader that stops early (`curriculum rank-jobs ... | head`) is not an error; a full disk is.
let outputFailed = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') return;
  if (!outputFailed) process.stderr.write(`curriculum: ${describeOutputFailure(error)}\n`);
  outputFailed = true;
  process.exitCode = 2;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = outputFailed ? 2 : code;
});
