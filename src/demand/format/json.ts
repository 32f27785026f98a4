import type { Formatter } from './columns.js';

/** The shape documented in PRODUCT.md, plus `median_age_days` and `median_duration_days`. */
export const formatJson: Formatter = (ranking) => `${JSON.stringify(ranking, null, 2)}\n`;
