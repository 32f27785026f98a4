-- DuckDB: the codes `curriculum occupations --from titles.csv --format csv --csv-raw` wrote,
-- as the view `codes` (title, code) that count-table.sql joins back.
CREATE OR REPLACE TEMPORARY VIEW codes AS
SELECT title, code
FROM read_csv('${codes}', header = true, all_varchar = true, quote = '"', escape = '"', strict_mode = true);
