-- Spark SQL: the codes `curriculum occupations --from titles.csv --format csv --csv-raw` wrote,
-- as the view `codes` (title, code) that count-table.sql joins back. RFC 4180 quoting: quotes
-- are doubled (Spark's default escape is a backslash), and a title may hold a newline.
CREATE OR REPLACE TEMPORARY VIEW coded_titles
USING csv
OPTIONS (path '${codes}', header 'true', multiLine 'true', quote '"', escape '"', mode 'FAILFAST');
CREATE OR REPLACE TEMPORARY VIEW codes AS SELECT title, code FROM coded_titles;
