// A realistic, large posting export for the benchmark: Zipf-distributed titles with
// gender-marker and seniority variants, 5-15 skills separated by `;`, companies, dates and
// long quoted descriptions with commas, doubled quotes and embedded newlines (~1 KB a row).
import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom } from '../scripts/fake-postings.js';

const SPECIALTIES = [
  'data',
  'cloud',
  'java',
  'python',
  'frontend',
  'backend',
  'full stack',
  'mobile',
  'devops',
  'security',
  'network',
  'sap',
  'salesforce',
  'bi',
  'qa',
  'embedded',
  'game',
  'machine learning',
  'ai',
  'crm',
  'erp',
  'web',
  'ios',
  'android',
  '.net',
  'php',
  'golang',
  'rust',
  'sre',
  'database',
];
const ROLES_EN = ['engineer', 'developer', 'analyst', 'architect', 'consultant', 'manager', 'administrator', 'specialist'];
const ROLES_FR = ['ingénieur', 'développeur', 'consultant', 'chef de projet', 'architecte'];
const SKILLS = [
  'sql',
  'python',
  'java',
  'javascript',
  'typescript',
  'react',
  'angular',
  'vue',
  'node.js',
  'docker',
  'kubernetes',
  'terraform',
  'aws',
  'azure',
  'gcp',
  'linux',
  'git',
  'ci/cd',
  'spark',
  'kafka',
  'airflow',
  'dbt',
  'power bi',
  'tableau',
  'excel',
  'scrum',
  'agile',
  'jira',
  'c#',
  'c++',
  'go',
  'rust',
  'php',
  'symfony',
  'django',
  'flask',
  'spring',
  'hibernate',
  'postgresql',
  'mysql',
  'mongodb',
  'redis',
  'elasticsearch',
  'graphql',
  'rest api',
  'microservices',
  'ansible',
  'jenkins',
  'gitlab',
  'figma',
  ...Array.from({ length: 450 }, (_, i) => `tool ${i + 1}`),
];
const WORDS = [
  'the team',
  'our clients',
  'a fast-growing scale-up',
  'data pipelines',
  'the product',
  'customer needs',
  'quality',
  'the roadmap',
  'deadlines',
  'best practices',
  'the platform',
  'stakeholders',
  'code reviews',
  'production incidents',
  'budgets',
];
const COMPANIES = Array.from({ length: 5000 }, (_, i) => `Company ${i + 1} ${['SAS', 'SA', 'Ltd', 'GmbH', 'Inc'][i % 5]}`);
const TOWNS = ['Paris', 'Lyon', 'London', 'Berlin', 'Madrid', 'Lille', 'Nantes', 'Remote'];

interface Career {
  name: string;
  french: boolean;
  skills: number[];
}

function careers(random: () => number): Career[] {
  const list: Career[] = [];
  for (const specialty of SPECIALTIES) {
    for (const role of ROLES_EN) list.push({ name: `${specialty} ${role}`, french: false, skills: [] });
    for (const role of ROLES_FR) list.push({ name: `${role} ${specialty}`, french: true, skills: [] });
  }
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  for (const career of list) {
    const skills = new Set<number>();
    while (skills.size < 30) skills.add(Math.floor(random() ** 2 * SKILLS.length));
    career.skills = [...skills];
  }
  return list;
}

const capitalize = (text: string) => text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

function title(random: () => number, career: Career): string {
  let text = capitalize(career.name);
  const r = random();
  if (career.french) {
    if (r < 0.1) text += ' Confirmé';
    else if (r < 0.15) text += ' Expérimentée';
    else if (r < 0.2) text = `Senior ${text}`;
    else if (r < 0.25) text += ' Débutant';
    const g = random();
    if (g < 0.3) text += ' H/F';
    else if (g < 0.5) text += ' (H/F)';
    else if (g < 0.6) text += ' (F/H)';
    else if (g < 0.65) text += ' - H/F';
  } else {
    if (r < 0.12) text = `Senior ${text}`;
    else if (r < 0.18) text = `Junior ${text}`;
    else if (r < 0.22) text = `Sr. ${text}`;
    else if (r < 0.25) text = `Jr ${text}`;
    const g = random();
    if (g < 0.05) text += ' (m/w/d)';
    else if (g < 0.08) text += ' (M/F)';
  }
  return text;
}

function description(random: () => number, newlines: boolean): string {
  const parts: string[] = [];
  let length = 0;
  while (length < 760) {
    const a = WORDS[Math.floor(random() * WORDS.length)]!;
    const b = WORDS[Math.floor(random() * WORDS.length)]!;
    const sentence =
      random() < 0.3
        ? `You will work with ${a}, ${b} and "${SKILLS[Math.floor(random() * 50)]}" every day.`
        : random() < 0.5
          ? `Vous accompagnerez ${a}, en lien avec ${b}; télétravail possible.${newlines ? '\n' : ''}`
          : `Responsibilities: own ${a}, improve ${b}, ship.`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return `"${parts.join(' ').replaceAll('"', '""')}"`;
}

/** Short descriptions for `distinctTitles`: rows of about 180 bytes, as the 178 MB export. */
const SHORT_DESCRIPTIONS = ['"Remote, full time."', '"CDI, télétravail partiel"', '"Hybrid; ""flexible"" hours"', '"On site"'];

export interface ExportShape {
  /** false: descriptions on one line (so DuckDB's parallel CSV reader can split the file). */
  newlines?: boolean;
  /**
   * Every title distinct once normalised (the career's title followed by the posting's id),
   * with short descriptions: a million careers of one posting each, the worst case for
   * per-career memory.
   */
  distinctTitles?: boolean;
  seed?: number;
}

/** Writes `rows` postings to `file`; returns the number of bytes written. */
export function generateExport(file: string, rows: number, shape: ExportShape = {}): number {
  const { newlines = true, distinctTitles = false, seed = 42 } = shape;
  const random = seededRandom(seed);
  const list = careers(random);
  const weights = list.map((_, rank) => 1 / (rank + 1) ** 1.1);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const total = cumulative[cumulative.length - 1]!;
  const pickCareer = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return list[low]!;
  };
  const descriptions = distinctTitles ? SHORT_DESCRIPTIONS : Array.from({ length: 2000 }, () => description(random, newlines));
  const fd = openSync(file, 'w');
  let bytes = 0;
  let batch: string[] = ['job_id,title,company,location,date_posted,skills,description'];
  const flush = () => {
    const buffer = Buffer.from(`${batch.join('\n')}\n`);
    writeSync(fd, buffer);
    bytes += buffer.length;
    batch = [];
  };
  const firstDay = Date.UTC(2023, 0, 1);
  for (let id = 1; id <= rows; id++) {
    const career = pickCareer();
    const count = 5 + Math.floor(random() * 11);
    const skills = new Set<string>();
    while (skills.size < count) skills.add(SKILLS[career.skills[Math.floor(random() ** 1.5 * career.skills.length)]!]!);
    const day = new Date(firstDay + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    batch.push(
      [
        id,
        distinctTitles ? `${title(random, career)} ${id}` : title(random, career),
        COMPANIES[Math.floor(random() ** 2 * COMPANIES.length)],
        TOWNS[id % TOWNS.length],
        day,
        [...skills].join(';'),
        descriptions[Math.floor(random() * descriptions.length)],
      ].join(','),
    );
    if (batch.length === 10_000) flush();
  }
  flush();
  closeSync(fd);
  return bytes;
}
