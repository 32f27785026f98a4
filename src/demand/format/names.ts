/** `--format` choices, kept apart from the formatters so the CLI can list them without loading them. */
export const FORMAT_NAMES = ['table', 'json', 'csv', 'md', 'yaml'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
