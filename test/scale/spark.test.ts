// The scale pipeline on Spark SQL (scale/spark/*.sql through scale/run-spark.py): the same
// comparison as pipeline.test.ts. PySpark is not an npm package: where `python3 -c "import
// pyspark"` fails, the test is skipped and says so (the DuckDB test still runs the shared SQL).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runBin } from '../cli/run-cli.js';
import { comparable, RANK } from './compare.js';
import { SHARDS, writeSampleShards } from './sample-shards.js';

const probe = spawnSync('python3', ['-c', 'import pyspark'], { encoding: 'utf8' });
const SPARK_MISSING =
  probe.status === 0
    ? undefined
    : `Spark pipeline test skipped: pyspark cannot be imported (python3 -c "import pyspark": ${(probe.error?.message ?? probe.stderr.trim().split('\n').at(-1) ?? 'failed').trim()}); pip install pyspark (and a Java runtime) to run it.`;
if (SPARK_MISSING) process.stderr.write(`${SPARK_MISSING}\n`);

describe('the scale pipeline on Spark SQL', () => {
  it('ranks as rank-jobs does on the raw shards', async (context) => {
    if (SPARK_MISSING) context.skip(SPARK_MISSING);
    const folder = mkdtempSync(path.join(tmpdir(), 'spark-'));
    const shards = await writeSampleShards(folder);
    const work = path.join(folder, 'work');
    execFileSync('python3', [path.join(PROJECT_ROOT, 'scale/run-spark.py'), '--shards', shards, '--work', work], { stdio: 'ignore' });
    const parts = readdirSync(path.join(work, 'counts')).filter((name) => name.endsWith('.parquet'));
    const counted = await runBin([
      'rank-jobs',
      ...parts.map((name) => path.join(work, 'counts', name)),
      '--count-column',
      'postings',
      '--count-table',
      ...RANK,
    ]);
    const raw = await runBin([
      'rank-jobs',
      ...Array.from({ length: SHARDS }, (_, shard) => path.join(folder, `part-${shard}.parquet`)),
      ...RANK,
    ]);
    expect(counted.code, counted.stderr).toBe(0);
    expect(comparable(counted.stdout)).toEqual(comparable(raw.stdout));
  }, 300_000);
});
