-- Spark SQL: the raw shards as the view `postings` that titles.sql and count-table.sql read.
-- Adapt the column names (and the date parsing, for dates kept as text) to your export here,
-- never in the shared files. ${shards} is a path or a glob (lake/postings-*.parquet).
SET spark.sql.session.timeZone = UTC;
CREATE OR REPLACE TEMPORARY VIEW postings AS
SELECT
  title,
  company,
  TRY_CAST(date_posted AS DATE) AS date_posted,
  TRY_CAST(date_closed AS DATE) AS date_closed,
  -- Each posting's skills, lower-cased and trimmed only to count a posting once per skill
  -- (curriculum normalises them). skills is an ARRAY<STRING>. DuckDB: list_transform,
  -- list_filter, list_distinct.
  array_distinct(filter(transform(skills, s -> lower(trim(s))), s -> s <> '')) AS skill_keys
FROM parquet.`${shards}`;
