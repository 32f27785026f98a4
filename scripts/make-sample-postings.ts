// Writes samples/postings.csv: 5,000 fake postings, deterministic (seed 2024).
// Run: npx tsx scripts/make-sample-postings.ts
import { writeFileSync } from 'node:fs';
import { CAREERS, COMPANIES, csvCell, pickDay, pickSkills, pickWeighted, seededRandom } from './fake-postings.js';

const ROWS = 5000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 366;
const random = seededRandom(2024);
const lines = ['job_id,title,company,location,date_posted,date_closed,skills'];
const towns = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Toulouse', 'Remote'];
const iso = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

for (let id = 1; id <= ROWS; id++) {
  const career =
    CAREERS[
      pickWeighted(
        random,
        CAREERS.map((c) => c.weight),
      )
    ]!;
  const title = career.titles[Math.floor(random() * career.titles.length)]!;
  const company = COMPANIES[Math.floor(random() ** 1.5 * COMPANIES.length)]!;
  const posted = pickDay(random, DAYS, career.trend);
  const open = Math.max(1, Math.round(career.openDays * (0.4 + random() * 1.2)));
  const closed = random() < 0.8 ? iso(posted + open) : '';
  const skills = pickSkills(random, career).join('; ');
  const town = towns[Math.floor(random() * towns.length)]!;
  lines.push([`P${String(id).padStart(5, '0')}`, title, company, town, iso(posted), closed, skills].map(csvCell).join(','));
}
writeFileSync(new URL('../samples/postings.csv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`Wrote samples/postings.csv (${ROWS} postings).`);
