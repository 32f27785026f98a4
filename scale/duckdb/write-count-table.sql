-- DuckDB: the count table to one Parquet file (a folder of them works as well).
COPY (SELECT * FROM count_table ORDER BY title, skill NULLS FIRST, company NULLS FIRST, date_posted, date_closed)
TO '${counts}' (FORMAT parquet, COMPRESSION zstd);
