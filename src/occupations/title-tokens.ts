// The words of a cleaned title as the index compares them: abbreviations spelt out, stop
// words left out, plurals made singular. Taxonomy titles and posting titles go through the
// same function, so "ICU RN", "ICU Registered Nurses" and "icu registered nurse" meet.

import { SEGMENT_SEPARATOR } from './clean-title.js';

const STOP_WORDS = new Set(
  'of and the for in at on to with an or by de du des la le les et en au aux pour par sur un une dans chez avec'.split(' '),
);

/** Abbreviations of job titles, spelt out the way O*NET and ROME titles spell them. */
const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    rn: 'registered nurse',
    lpn: 'licensed practical nurse',
    lvn: 'licensed vocational nurse',
    cna: 'certified nursing assistant',
    np: 'nurse practitioner',
    crna: 'nurse anesthetist',
    pt: 'physical therapist',
    pta: 'physical therapist assistant',
    ot: 'occupational therapist',
    slp: 'speech language pathologist',
    mgr: 'manager',
    mngr: 'manager',
    dir: 'director',
    mgmt: 'management',
    asst: 'assistant',
    assoc: 'associate',
    coord: 'coordinator',
    rep: 'representative',
    reps: 'representative',
    spec: 'specialist',
    eng: 'engineer',
    engr: 'engineer',
    dev: 'developer',
    devs: 'developer',
    svc: 'service',
    svcs: 'service',
    acct: 'account',
    mktg: 'marketing',
    ops: 'operations',
    hr: 'human resources',
    it: 'information technology',
    qa: 'quality assurance',
    qc: 'quality control',
    vp: 'vice president',
    svp: 'vice president',
    evp: 'vice president',
    avp: 'vice president',
    ceo: 'chief executive officer',
    cfo: 'chief financial officer',
    coo: 'chief operating officer',
    cto: 'chief technology officer',
    cio: 'chief information officer',
    cmo: 'chief marketing officer',
    cpa: 'certified public accountant',
    gm: 'general manager',
    dba: 'database administrator',
    sdr: 'sales development representative',
    bdr: 'business development representative',
    csr: 'customer service representative',
    swe: 'software engineer',
    sde: 'software development engineer',
    sre: 'site reliability engineer',
    ml: 'machine learning',
    bi: 'business intelligence',
    tech: 'technician',
    techs: 'technician',
    ap: 'accounts payable',
    ar: 'accounts receivable',
    lab: 'laboratory',
    labs: 'laboratory',
    rh: 'ressources humaines',
    drh: 'directeur ressources humaines',
    daf: 'directeur administratif financier',
    dsi: 'directeur systemes information',
    rssi: 'responsable securite systemes information',
  }),
);

/**
 * The comparable words of a cleaned title (see cleanTitle), segments run together, each
 * word once ("Registered Nurse - RN" says it twice).
 */
export function titleTokens(cleaned: string): string[] {
  return queryWords(cleaned).tokens;
}

/** "OR Tech", "OR RN": the operating room before the words that name its staff, not "or". */
const OPERATING_ROOM_STAFF = new Set(['tech', 'techs', 'technician', 'nurse', 'rn', 'circulator', 'scrub']);

/** Words that end a title as its head but mean a manager: "head of marketing" (marketing head), "project lead", "store leader". */
const MANAGER_WORDS = new Set(['head', 'lead', 'leader']);

/**
 * The words of one segment; "admin" is an administrator at its end, administrative before a
 * noun; "head" and "lead" ending a segment are its manager.
 */
function segmentWords(segment: string): string[] {
  const words = segment.split(' ');
  const last = words.length - 1;
  if (last > 0 && MANAGER_WORDS.has(words[last]!)) words[last] = 'manager';
  const tokens: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word === 'or' && OPERATING_ROOM_STAFF.has(words[index + 1] ?? '')) {
      tokens.push('operating', 'room');
      continue;
    }
    if (word === '' || STOP_WORDS.has(word)) continue;
    const spelt = word === 'admin' ? (index === last ? 'administrator' : 'administrative') : ABBREVIATIONS.get(word);
    if (spelt === undefined) tokens.push(singular(word));
    else for (const part of spelt.split(' ')) tokens.push(singular(part));
  }
  return tokens;
}

/** A query: the words of titleTokens, and the words of each part (segment) of the title. */
export interface QueryWords {
  /** Every word once, in order: the title's key joined by spaces. */
  tokens: string[];
  /** The words of each segment, each once; a word may be in several segments. */
  segments: string[][];
}

/** titleTokens of a cleaned title, keeping the words of each of its segments. */
export function queryWords(cleaned: string): QueryWords {
  const tokens: string[] = [];
  const segments: string[][] = [];
  // Indexed loops: until V8 optimises this function, each step of a for-of allocates.
  const parts = cleaned.split(SEGMENT_SEPARATOR);
  for (let p = 0; p < parts.length; p++) {
    const words: string[] = [];
    const all = segmentWords(parts[p]!);
    for (let w = 0; w < all.length; w++) {
      const word = all[w]!;
      if (!words.includes(word)) words.push(word);
      if (!tokens.includes(word)) tokens.push(word);
    }
    if (words.length > 0) segments.push(words);
  }
  return { tokens, segments };
}

/** English and French plurals made singular, crudely but identically on both sides. */
function singular(word: string): string {
  if (word.endsWith('eaux') && word.length > 5) return word.slice(0, -1);
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(word.length - 2);
  if (before === 115 || before === 117 || before === 105) return word; // -ss, -us, -is
  return word.slice(0, -1);
}
