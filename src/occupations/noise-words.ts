// Words of a title that say how, where or at what grade the job is held, not what it is:
// seniority, contract, schedule, requisition numbers, places. Cascot calls some of them
// "downgraded words"; sockit drops seniority words unless they are the last word.

const WORDS = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Dropped wherever they are. */
const NOISE = WORDS(`
  senior sr snr junior jr confirme confirmee experimente experimentee debutant debutante experienced
  intermediate mid trainee apprentice apprenti apprentie apprentis apprentissage apprenticeship
  stage stagiaire stagiaires alternant alternante alternants alternance internship internships intern interns
  cdi cdd freelance freelancer interim interimaire
  temporary temp seasonal permanent prn perdiem remote hybrid onsite teletravail wfh
  w2 c2c only urgent urgently immediate immediately hiring now needed opportunity position
  job jobs offre poste bonus eligible hour hours hrs days nights weekends evenings make summer coop co op
  level tier grade fulltime parttime usa req requisition ref
  paris lyon marseille toulouse nantes bordeaux lille rennes strasbourg montpellier grenoble sophia
  antipolis levallois perret evreux caen reims rouen nancy metz dijon angers brest toulon annecy
  orleans limoges amiens mulhouse idf france fr bretagne normandie picardie
`);
/** Dropped when they open a title part and something follows: "lead software engineer", not "team lead". */
const LEADING = WORDS('lead principal staff associate');
/** French "of": a leading word followed by it is the title's head noun. */
const OF = WORDS('de du des');
/** Travel nursing and travelling jobs: "travel" is a contract word, except in travel agents and the like. */
const TRAVEL = WORDS('travel traveling travelling traveler traveller');
const TRAVEL_JOBS = WORDS('agent agents consultant consultants counselor advisor specialist coordinator planner');
/** Function words: a title part made only of them is what remains of a phrase cut away ("eligible for"). */
const FUNCTION_WORDS = WORDS('for of and the in at on to with or de du des la le les et en au aux pour sur');
/** Roman grade numbers, dropped anywhere but first: "engineer ii", not "iv nurse". */
const ROMAN = WORDS('i ii iii iv v vi');
/**
 * Abbreviations that mean part or full time ("PT Sales Associate", "Meat Cutter PT"), except
 * as the first word alone in its part ("PT - Rehabilitation": a physical therapist) or before
 * THERAPY_STAFF ("PT Tech", "PT Aide", as O*NET writes physical therapy staff).
 */
const SCHEDULE_ABBREVIATIONS = WORDS('pt ft');
const THERAPY_STAFF = WORDS('tech techs technician aide attendant assistant nurse');

/**
 * The segments of a title without noise words. Never empties a title: if every word is
 * noise, the segments come back unchanged (but for numbers).
 */
export function dropNoiseWords(segments: readonly string[]): string[] {
  const kept = keptWords(segments);
  if (kept.length > 0) return kept;
  // Every word is noise: without its numbers, the title may keep a word that opens it now ("IV").
  const withoutNumbers = segments
    .map((segment) =>
      segment
        .split(' ')
        .filter((word) => !hasDigit(word))
        .join(' '),
    )
    .filter(Boolean);
  const again = keptWords(withoutNumbers);
  return again.length > 0 ? again : withoutNumbers;
}

function keptWords(segments: readonly string[]): string[] {
  const kept: string[] = [];
  let position = 0;
  for (const segment of segments) {
    const all = segment.split(' ');
    let words: string[] | undefined;
    for (let index = 0; index < all.length; index++) {
      const word = all[index]!;
      const keep = TRAVEL.has(word) ? TRAVEL_JOBS.has(all[index + 1] ?? '') : !isNoise(word, position + index === 0, all[index + 1]);
      // Most segments keep every word: the copy is made at the first word dropped.
      if (!keep) words ??= all.slice(0, index);
      else if (words) words.push(word);
    }
    words ??= all;
    let from = 0;
    // "Principal de collège" is a French title whose head is "principal".
    while (words.length - from > 1 && LEADING.has(words[from]!) && !OF.has(words[from + 1]!)) from++;
    position += all.length;
    if (words === all && from === 0) {
      if (all.some((word) => !FUNCTION_WORDS.has(word))) kept.push(segment);
      continue;
    }
    const rest = from > 0 ? words.slice(from) : words;
    if (rest.some((word) => !FUNCTION_WORDS.has(word))) kept.push(rest.join(' '));
  }
  return kept;
}

/** Whether a word is noise; `first` opens the title, `next` follows it in its part. */
function isNoise(word: string, first: boolean, next: string | undefined): boolean {
  if (word.length === 1) return true;
  if (NOISE.has(word) || hasDigit(word)) return !(word.length === 2 && (word === '2d' || word === '3d'));
  if (SCHEDULE_ABBREVIATIONS.has(word)) return !first || (next !== undefined && !THERAPY_STAFF.has(next));
  return !first && ROMAN.has(word);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
