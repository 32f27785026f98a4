-- DuckDB: the distinct titles to one CSV file, most postings first.
COPY (SELECT title, postings FROM distinct_titles ORDER BY postings DESC, title)
TO '${titles}' (FORMAT csv, HEADER true);
