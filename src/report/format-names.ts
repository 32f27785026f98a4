// The names of `check`'s output formats, apart from the formatters so the CLI can offer
// them without loading chalk; `FORMATTERS` must have exactly these keys (checked by tsc).
export const FORMAT_NAMES = ['stylish', 'json', 'github', 'sarif'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
