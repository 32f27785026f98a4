// The metrics `rank-jobs --rank-by` accepts, apart from the ranking so the CLI can offer them
// without loading what ranks.

/** Careers are ranked by one metric, descending; ties (and nulls, last) by name; by tension, ties and the careers without a figure by postings. */
export const RANK_METRICS = ['postings', 'companies', 'growth', 'age', 'duration', 'tension'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];
