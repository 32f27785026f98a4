// Counts in words: "1 posting", "2 postings", "1 company", "3 companies".

/** `count` and the noun, plural unless the count is 1; `many` for irregular plurals. */
export function plural(count: number, noun: string, many = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
