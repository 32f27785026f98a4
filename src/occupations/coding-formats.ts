// The formats of `curriculum occupations`, apart from the formatting so the CLI offers them cheaply.
export const CODING_FORMATS = ['table', 'json', 'csv'] as const;
export type CodingFormat = (typeof CODING_FORMATS)[number];
