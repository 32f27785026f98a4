// One cell of CSV meant for spreadsheets: RFC 4180 quoting, and text that a spreadsheet
// would run as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`) made inert, as OWASP
// recommends (https://owasp.org/www-community/attacks/CSV_Injection).

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a `'` in front when it starts like a formula; spreadsheets show it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** `text` as an RFC 4180 field: quoted, its quotes doubled, when it holds a quote, comma or line break. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A text cell for a spreadsheet: neutralised, then quoted. `raw` keeps the text as it is
 * (quoted only), for programs that read the file back.
 */
export function csvTextCell(text: string, raw = false): string {
  return quoteCsvField(raw ? text : neutraliseFormula(text));
}
