// Which column holds what, from header names in English and French (or from options).
import { UserError } from '../errors/user-error.js';
import { describeHeader, firstIndexes, headerKey } from '../table/header-names.js';

/** The roles a column can play. `description` columns are only read with a vocabulary. */
const COLUMN_ROLES = ['title', 'skills', 'company', 'date', 'closeDate', 'count', 'description'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Header names recognised for each role, most specific first, compared after `headerKey`. */
export const HEADER_NAMES: Record<ColumnRole, readonly string[]> = {
  title: [
    'title',
    'job_title',
    'jobtitle',
    'job_name',
    'position',
    'position_title',
    'intitule',
    'intitule_du_poste',
    'intitule_poste',
    'titre',
    'titre_du_poste',
    'poste',
    'libelle_poste',
    'appellation',
    'metier',
    'role',
    'job',
    'name',
    // Exports already counted per occupation hold its code where others hold a title.
    'code_rome',
    'dc_rome_id',
    'rome',
    'soc_code',
    'onet_soc_code',
    'occupation_code',
  ],
  skills: [
    'skills',
    'skill',
    'job_skills',
    'job_skill',
    'competences',
    'competence',
    'competences_requises',
    'hard_skills',
    'key_skills',
    'skill_name',
    'skill_abr',
    'technologies',
    'tags',
    'stack',
  ],
  company: [
    'company',
    'company_name',
    'companyname',
    'entreprise',
    'nom_entreprise',
    'societe',
    'employer',
    'employeur',
    'organisation',
    'organization',
    'raison_sociale',
    'company_id',
  ],
  date: [
    'date_posted',
    'posted_date',
    'date_publication',
    'publication_date',
    'published_at',
    'posted_at',
    'date_creation',
    'datecreation',
    'created_at',
    'listed_time',
    'original_listed_time',
    'date',
    'posted',
  ],
  closeDate: [
    'date_closed',
    'closed_at',
    'closing_date',
    'date_cloture',
    'date_fin',
    'end_date',
    'expiry',
    'expires',
    'expiration_date',
    'date_expiration',
  ],
  count: [],
  description: [
    'description',
    'job_description',
    'descriptif',
    'description_du_poste',
    'description_poste',
    'missions',
    'profil',
    'candidate_profile',
    'responsibilities',
    'requirements',
    'job_requirements',
    'qualifications',
    'minimum_qualifications',
    'preferred_qualifications',
  ],
};

/** Column indexes by role (0-based); `description` may name several columns. */
export type ColumnMap = Partial<Record<Exclude<ColumnRole, 'description'>, number>> & { description: number[] };

/** Options naming columns explicitly; a comma-separated list is allowed for `description`. */
export type ColumnOptions = Partial<Record<ColumnRole, string>>;

export function findColumns(header: readonly string[], options: ColumnOptions, file: string): ColumnMap {
  const keys = header.map(headerKey);
  // First index of each name and key: a `Map` (a column may be named `constructor`), built
  // once, so a header of thousands of columns costs one pass.
  const names = firstIndexes(header);
  const byKey = firstIndexes(keys);
  const columns: ColumnMap = { description: [] };
  for (const role of COLUMN_ROLES) {
    const named = options[role];
    const indexes = named !== undefined ? namedColumns(named, header, names, byKey, role, file) : guessColumns(role, keys, byKey);
    if (role === 'description') columns.description = indexes;
    else if (indexes[0] !== undefined) columns[role] = indexes[0];
  }
  if (columns.title === undefined) {
    throw new UserError(`File "${file}" has no title column (header: ${describeHeader(header)}); name it with --title-column.`);
  }
  return columns;
}

/**
 * A note when a column read has a name the header gives again (`title,title`, `Title,title`):
 * which one is meant cannot be told, and the first is read.
 */
export function repeatedColumnsNote(file: string, header: readonly string[], columns: ColumnMap): string | undefined {
  const keys = header.map(headerKey);
  const read = [columns.title, columns.skills, columns.company, columns.date, columns.closeDate, columns.count, ...columns.description];
  const repeated = read
    .filter((index): index is number => index !== undefined)
    .map((index) => keys.flatMap((key, other) => (key === keys[index] ? [other + 1] : [])))
    .filter((positions) => positions.length > 1)
    .map((positions) => `"${header[positions[0]! - 1]}" (columns ${positions.join(', ')})`);
  if (repeated.length === 0) return undefined;
  return `File "${file}" has several columns named ${repeated.join(', ')}; the first of each is read.`;
}

function namedColumns(
  named: string,
  header: readonly string[],
  names: ReadonlyMap<string, number>,
  byKey: ReadonlyMap<string, number>,
  role: ColumnRole,
  file: string,
): number[] {
  const wanted = role === 'description' ? named.split(',') : [named];
  return wanted.map((name) => {
    const index = names.get(name) ?? byKey.get(headerKey(name));
    if (index === undefined) throw new UserError(`File "${file}" has no column "${name}" (header: ${describeHeader(header)}).`);
    return index;
  });
}

const DESCRIPTION_KEYS = new Set(HEADER_NAMES.description);

function guessColumns(role: ColumnRole, keys: readonly string[], byKey: ReadonlyMap<string, number>): number[] {
  if (role === 'description') return keys.flatMap((key, index) => (DESCRIPTION_KEYS.has(key) ? [index] : []));
  for (const name of HEADER_NAMES[role]) {
    const index = byKey.get(name);
    if (index !== undefined) return [index];
  }
  return [];
}
