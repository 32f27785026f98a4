-- Step 1 of the scale pipeline (docs/scale.md), the same on DuckDB and Spark SQL: the
-- distinct raw titles of every shard, with how many postings carry each. `curriculum
-- occupations --from` codes this short list on one machine; nothing here cleans a title.
CREATE OR REPLACE TEMPORARY VIEW distinct_titles AS
SELECT title, COUNT(*) AS postings
FROM postings
WHERE TRIM(title) <> ''
GROUP BY title;
