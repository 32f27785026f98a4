// The package's occupation data (data/occupations), read only when a coder is created.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { packageFile } from '../files/package-files.js';

/** data/occupations at the package root. */
export const DATA_DIR = packageFile('data/occupations');

const gunzipAsync = promisify(gunzip);

/** A gzip-compressed JSON file of data/occupations (written by scripts/build-occupations-data.ts). */
export async function readGzipJson<T>(name: string): Promise<T> {
  const bytes = await readFile(path.join(DATA_DIR, name));
  return JSON.parse((await gunzipAsync(bytes)).toString('utf8')) as T;
}
