"""The scale pipeline (docs/scale.md) on Spark SQL: the SQL files of scale/ run through
PySpark, the coding through the curriculum binary (node bin/curriculum.js from a checkout,
or CURRICULUM="curriculum" for an installed one).

    python3 scale/run-spark.py --shards 'lake/*.parquet' --work work/ [--taxonomy rome] [--level rome]

writes work/titles/ (one CSV part), work/codes.csv and work/counts/ (Parquet parts).
"""
import argparse
import glob
import os
import re
import shlex
import subprocess
import sys

SCALE = os.path.dirname(os.path.abspath(__file__))


def sql_of(files, values):
    """The statements of SQL files of scale/, ${name} replaced by its value inside a SQL string."""
    text = "\n".join(open(os.path.join(SCALE, name), encoding="utf-8").read() for name in files)
    text = re.sub(r"\$\{(\w+)\}", lambda match: values[match.group(1)].replace("'", "''"), text)
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    return [statement.strip() for statement in text.split(";") if statement.strip()]


def run(spark, files, values):
    for statement in sql_of(files, values):
        spark.sql(statement)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shards", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--taxonomy")
    parser.add_argument("--level")
    args = parser.parse_args()
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").appName("curriculum-scale").getOrCreate()
    work = os.path.abspath(args.work)
    values = {
        "shards": os.path.abspath(args.shards),
        "titles": os.path.join(work, "titles"),
        "codes": os.path.join(work, "codes.csv"),
        "counts": os.path.join(work, "counts"),
    }
    os.makedirs(work, exist_ok=True)
    run(spark, ["spark/postings.sql", "titles.sql", "spark/write-titles.sql"], values)
    [titles] = glob.glob(os.path.join(values["titles"], "part-*.csv"))
    curriculum = shlex.split(os.environ.get("CURRICULUM", f"node {os.path.join(SCALE, '..', 'bin', 'curriculum.js')}"))
    coding = (["--taxonomy", args.taxonomy] if args.taxonomy else []) + (["--level", args.level] if args.level else [])
    subprocess.run(
        curriculum
        + ["occupations", "--from", titles, "--title-column", "title", "--format", "csv", "--csv-raw", "--out", values["codes"], "--force"]
        + coding,
        check=True,
    )
    run(spark, ["spark/postings.sql", "spark/codes.sql", "count-table.sql", "spark/write-count-table.sql"], values)
    spark.stop()
    print(f"Rank the occupations with: curriculum rank-jobs {values['counts']}/*.parquet --count-column postings --count-table {' '.join(coding)}")


if __name__ == "__main__":
    sys.exit(main())
