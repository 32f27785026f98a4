-- Spark SQL: the distinct titles to one CSV part file in the folder ${titles} (COALESCE(1):
-- the list is short, and `curriculum occupations --from` reads one file). Spark's CSV writer
-- trims titles unless told not to: ' Data Analyst' would no longer join back.
INSERT OVERWRITE DIRECTORY '${titles}'
USING csv
OPTIONS (header 'true', quote '"', escape '"', ignoreLeadingWhiteSpace 'false', ignoreTrailingWhiteSpace 'false')
SELECT /*+ COALESCE(1) */ title, postings FROM distinct_titles ORDER BY postings DESC, title;
