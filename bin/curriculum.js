#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A reader that stops early (`curriculum rank-jobs ... | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
