// Text from users' files (posting titles, skills) as inert inline Markdown: rendered by
// GitHub it shows exactly the text, never raw HTML, an image, a link, an autolink, emphasis,
// code, math, an emoji shortcode, an entity or a table cell boundary.
import { escapeTerminal } from './terminal.js';

/**
 * Punctuation that opens, closes or shapes an inline construct of CommonMark, GFM or
 * GitHub: escapes, code, emphasis, links and images, raw HTML and autolinks, entities, cell
 * pipes, strikethrough, math (`$`), emoji shortcodes and `http:` autolinks (`:`), `@`
 * mentions and e-mail autolinks, `#` references. The rest (`( ) + - = . , ; ' " ? % / ^ { }`)
 * only means something after one of these or at the start of a line, so it stays readable;
 * the dot of `www.` is escaped apart. CommonMark lets a backslash escape any ASCII
 * punctuation; GFM tables read `\|` as a pipe inside the cell.
 */
const ACTIVE = /[!#$&*:<>@[\\\]_`|~]/g;
/** GFM links `www.example.com` without a scheme. */
const WWW = /(www)\./gi;

/**
 * `text` as inert inline Markdown, for a GitHub table cell or after other text on a line
 * (not at its start, where `-`, `+` or `1)` would begin a list): line breaks joined with a
 * space, control characters written as visible escapes, active punctuation backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  return escapeTerminal(oneLine, { tabs: true })
    .replace(ACTIVE, (char) => `\\${char}`)
    .replace(WWW, '$1\\.');
}
