#!/usr/bin/env node
import { cleanUpOnSignals, describeOutputFailure, main } from '../dist/bundle/curriculum.js';

cleanUpOnSignals();

// A reader that stops early (`curriculum rank-jobs ... | head`) is not an error; a full disk is.
let outputFailed = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') return;
  if (!outputFailed) process.stderr.write(`curriculum: ${describeOutputFailure(error)}\n`);
  outputFailed = true;
  process.exitCode = 2;
});

const code = await main(process.argv.slice(2));
process.exitCode = outputFailed ? 2 : code;
