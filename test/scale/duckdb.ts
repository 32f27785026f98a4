// DuckDB (a devDependency: never needed to use curriculum) for the tests that write Parquet
// files and run the scale pipeline's SQL.
import { DuckDBInstance } from '@duckdb/node-api';

/** Runs each statement in order, in one in-memory database; returns the rows of the last. */
export async function duckdb(...statements: string[]): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    let rows: unknown[][] = [];
    for (const statement of statements) rows = (await connection.runAndReadAll(statement)).getRows() as unknown[][];
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A path as a SQL string literal. */
export function sqlPath(file: string): string {
  return `'${file.replaceAll("'", "''")}'`;
}
