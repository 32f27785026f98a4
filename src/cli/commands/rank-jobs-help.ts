// The examples under `curriculum rank-jobs --help` (kept apart: loaded with every command).
export const RANK_JOBS_HELP = `
Examples:
  $ curriculum rank-jobs samples/postings.csv --format table
  $ curriculum rank-jobs exports/*.csv.gz --top 10 --rank-by growth --format md
  $ curriculum rank-jobs samples/postings.csv --job M1403 --format yaml
  $ curriculum rank-jobs linkedin.csv --job "Registered Nurses" --top 15
  $ curriculum rank-jobs postings.csv --skills-file job_skills.csv --join-column job_id
  $ curriculum rank-jobs offers.csv --title-column dc_rome_id --count-column nb_offre
  $ gunzip -c export.csv.gz | curriculum rank-jobs - --format csv --out ranking.csv

Careers are occupations: each title (normalised: NFKC, lower case, gender markers and a
seniority word removed, then --aliases) is coded to O*NET-SOC or ROME, and the titles no
occupation fits are ranked as they are. Metrics and file formats: docs/rank-jobs.md;
coding: docs/occupations.md.`;
