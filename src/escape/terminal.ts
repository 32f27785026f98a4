// Text from users' files shown on a terminal or in a CI log: the characters a terminal acts on
// instead of printing (ESC starting colour and OSC hyperlink sequences, BEL, CR, backspace,
// DEL, C1 controls such as CSI U+009B) and the bidi controls that reorder what is shown
// (https://trojansource.codes) are written as visible escapes, `\x1b` or `\u202e`.

/** C0 controls, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface TerminalEscapeOptions {
  /** Keep tabs (code frames, where they line the marker up with the text). */
  tabs?: boolean;
  /** Keep line feeds (text that is several lines on purpose, such as help). */
  newlines?: boolean;
}

/** The visible escape of one unsafe character: `\x1b`, `\x9b`, `\u202e`. */
export function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** `text` with every unsafe character shown as its escape; everything else, backslashes included, unchanged. */
export function escapeTerminal(text: string, options: TerminalEscapeOptions = {}): string {
  return text.replace(UNSAFE, (char) =>
    (char === '\t' && options.tabs) || (char === '\n' && options.newlines) ? char : escapeControl(char),
  );
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
