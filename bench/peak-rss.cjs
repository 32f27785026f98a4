// Preloaded into a benchmarked process (`node -r`): prints its peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
