// Whether job titles are French, for `--taxonomy auto`: ROME for French exports, O*NET otherwise.

/** French function words, gender markers and the head nouns that open most French titles. */
const FRENCH =
  /(?:^|[^\p{L}])(?:de|du|des|d'|l'|la|le|les|et|en|au|aux|pour|chez|h\s*\/\s*f|f\s*\/\s*h|ingenieur|developpeur|charge|chargee|responsable|technicien|gestionnaire|conseiller|conseillere|directeur|directrice|vendeur|vendeuse|commerciale?|assistante|alternance|alternant|stage|stagiaire|cdi|cdd)(?=$|[^\p{L}])|[àâçèéêëîïôûùœ]/u;

/** How many titles the language is judged on: the first ones are enough and keep it fast. */
const SAMPLE = 2000;
/** Share of French-looking titles from which a file is French; French exports mix in English titles ("Software Engineer H/F"). */
const FRENCH_SHARE = 0.2;

/** Whether one title looks French. */
export function looksFrench(title: string): boolean {
  return FRENCH.test(title.toLowerCase().replace(/[’`]/g, "'"));
}

/** 'fr' when at least a fifth of the (first 2,000) titles look French, else 'en'. */
export function detectTitleLanguage(titles: Iterable<string>): 'fr' | 'en' {
  let seen = 0;
  let french = 0;
  for (const title of titles) {
    if (title.trim() === '') continue;
    seen++;
    if (looksFrench(title)) french++;
    if (seen >= SAMPLE) break;
  }
  return seen > 0 && french / seen >= FRENCH_SHARE ? 'fr' : 'en';
}
