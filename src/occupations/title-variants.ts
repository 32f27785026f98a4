// The ways one taxonomy title can be written by employers: ROME's "Développeur /
// Développeuse informatique" is two titles, O*NET's "Cooks, Restaurant" is "Restaurant
// Cooks", and "Emergency Room Registered Nurse (ER RN)" gives its short form too.

/**
 * Masculine and feminine forms of a French title written "A / B rest": the words of B that
 * are feminines of the last words of A replace them. When no word pairs up ("Responsable
 * développement / Business Developer"), the two sides are two titles.
 */
export function genderForms(title: string): { forms: string[]; paired: boolean } {
  const slash = title.indexOf(' / ');
  if (slash < 0) return { forms: [title], paired: false };
  const left = title.slice(0, slash).trim().split(/\s+/);
  const right = title
    .slice(slash + 3)
    .trim()
    .split(/\s+/);
  for (let shared = Math.min(left.length, right.length); shared >= 1; shared--) {
    const tail = left.slice(left.length - shared);
    if (tail.every((word, index) => feminineOf(word, right[index]!))) {
      const masculine = [...left, ...right.slice(shared)].join(' ');
      const feminine = [...left.slice(0, left.length - shared), ...right].join(' ');
      const rest = [masculine, feminine].flatMap((form) => genderForms(form).forms);
      return { forms: [...new Set(rest)], paired: true };
    }
  }
  const sides = [left.join(' '), right.join(' ')].flatMap((side) => genderForms(side).forms);
  return { forms: sides, paired: false };
}

/** Whether a word is the feminine of another, accents aside (ROME writes "Operateur / Opératrice"). */
function feminineOf(masculine: string, feminine: string): boolean {
  const a = withoutAccents(masculine.toLowerCase());
  const b = withoutAccents(feminine.toLowerCase());
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(4, a.length, b.length) && common >= 3;
}

function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * An O*NET title and its variants: "Long Form (ABBR)" gives both forms, "Cooks, Restaurant"
 * gives "Restaurant Cooks"; ", Except ..." and ", All Other" qualifiers are left out.
 */
export function onetVariants(title: string): string[] {
  const variants: string[] = [];
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(title);
  const bases = bracket ? [`${bracket[1]} ${bracket[3]}`.trim(), bracket[2]!.trim()] : [title];
  for (const base of bases) {
    const kept = base.replace(/,\s*(?:except|including)\b.*$/i, '').replace(/,\s*all other\b.*$/i, '');
    const comma = kept.indexOf(', ');
    variants.push(comma > 0 ? `${kept.slice(comma + 2)} ${kept.slice(0, comma)}` : kept);
  }
  return variants.filter((variant) => /\p{L}{2}/u.test(variant));
}

/** A ROME label without its bracketed notes and acronyms ("-DSI-", "(50 salariés ou plus)"). */
export function romeVariants(label: string): { forms: string[]; paired: boolean } {
  const plain = label
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+-[\p{Lu}\d]+-?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return genderForms(plain);
}
