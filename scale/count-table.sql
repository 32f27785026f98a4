-- Step 3 of the scale pipeline (docs/scale.md), the same on DuckDB and Spark SQL: every
-- posting gets the occupation code `curriculum occupations` gave its raw title (the title
-- itself when it stayed uncoded), then the postings are counted in three kinds of rows,
-- told apart by which of `company` and `skill` is set:
--   neither:  `postings` postings of the occupation posted on `date_posted`, closed on `date_closed`
--   company:  the occupation has postings from this company (companies are counted distinct)
--   skill:    `postings` of the occupation's postings ask for this skill (once per posting)
-- Read with: curriculum rank-jobs <count table> --count-column postings --count-table
CREATE OR REPLACE TEMPORARY VIEW coded AS
SELECT
  COALESCE(NULLIF(codes.code, ''), postings.title) AS occupation,
  postings.company,
  postings.date_posted,
  postings.date_closed,
  postings.skill_keys
FROM postings
JOIN codes ON codes.title = postings.title;

CREATE OR REPLACE TEMPORARY VIEW count_table AS
SELECT occupation AS title, date_posted, date_closed,
       CAST(NULL AS STRING) AS company, CAST(NULL AS STRING) AS skill, COUNT(*) AS postings
FROM coded
GROUP BY occupation, date_posted, date_closed
UNION ALL
SELECT occupation, CAST(NULL AS DATE), CAST(NULL AS DATE), company, CAST(NULL AS STRING), COUNT(*)
FROM coded
WHERE TRIM(company) <> ''
GROUP BY occupation, company
UNION ALL
SELECT occupation, CAST(NULL AS DATE), CAST(NULL AS DATE), CAST(NULL AS STRING), skill, COUNT(*)
FROM (SELECT occupation, explode(skill_keys) AS skill FROM coded) AS asked
GROUP BY occupation, skill;
