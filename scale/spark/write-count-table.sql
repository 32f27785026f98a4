-- Spark SQL: the count table as Parquet part files in the folder ${counts}; rank-jobs reads
-- them all (curriculum rank-jobs counts/*.parquet ...).
INSERT OVERWRITE DIRECTORY '${counts}'
USING parquet
SELECT * FROM count_table;
