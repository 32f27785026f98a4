// The examples under `curriculum rank-jobs --help` (kept apart: loaded with every command).
export const RANK_JOBS_HELP = `
Examples:
  $ curriculum rank-jobs samples/postings.csv --format table
  $ curriculum rank-jobs exports/*.csv.gz --top 10 --rank-by growth --format md
  $ curriculum rank-jobs samples/postings.csv --job "Data Analyst (H/F)" --format yaml
  $ curriculum rank-jobs postings.csv --skills-file job_skills.csv --join-column job_id
  $ curriculum rank-jobs offers.csv --title-column dc_rome_id --count-column nb_offre
  $ gunzip -c export.csv.gz | curriculum rank-jobs - --format csv --out ranking.csv

Careers are titles normalised (NFKC, lower case, gender markers and a seniority word
removed, then --aliases). Metrics and file formats: docs/rank-jobs.md.`;
