import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/demand/normalize-title.js';
import { UserError } from '../../src/errors/user-error.js';
import { CODING_THRESHOLD, CODING_THRESHOLDS, createCoder, LEVELS } from '../../src/occupations/index.js';

const onet = await createCoder({ taxonomy: 'onet' });
const rome = await createCoder({ taxonomy: 'rome' });
/** Codes a raw posting title the way rank-jobs will: normalised first. */
const code = (coder: typeof onet, title: string) => coder.code(normalizeTitle(title));

describe('the coding cascade', () => {
  it('takes a cell that already is a code as that code', () => {
    expect(code(onet, '29-1141.03')).toEqual({ code: '29-1141', label: 'Registered Nurses', score: 1, method: 'code' });
    expect(code(onet, '29-1141')).toMatchObject({ code: '29-1141', method: 'code' });
    expect(code(rome, 'M1805')).toMatchObject({ code: 'M1805', label: 'Développeur / Développeuse informatique', method: 'code' });
    expect(code(rome, 'm1861')).toMatchObject({ code: 'M1805', method: 'code' });
    expect(code(rome, 'M1805 - Études et développement informatique')).toMatchObject({ code: 'M1805', method: 'code' });
  });

  it('matches cleaned titles exactly against the taxonomy titles', () => {
    expect(code(onet, 'Registered Nurse')).toMatchObject({ code: '29-1141', method: 'exact', score: 1 });
    expect(code(onet, 'ICU RN')).toMatchObject({ code: '29-1141', method: 'exact' });
    expect(code(onet, 'Travel ER RN job in Columbia, TN - Make $2091 to $2280/week')).toMatchObject({ code: '29-1141', method: 'exact' });
    expect(code(rome, 'Développeuse informatique')).toMatchObject({ code: 'M1805', method: 'exact' });
    expect(code(rome, 'Data Engineer')).toMatchObject({ code: 'M1802', method: 'exact' });
  });

  it('finds the closest title, with a score below 1', () => {
    const coding = code(onet, 'Registered Nurse - Med Surg');
    expect(coding).toMatchObject({ code: '29-1141', method: 'fuzzy' });
    expect(coding.score).toBeGreaterThanOrEqual(CODING_THRESHOLD);
    expect(coding.score).toBeLessThan(1);
    expect(code(rome, 'Développeur Java (H/F)')).toMatchObject({ code: 'M1805', method: 'fuzzy' });
  });

  it('prefers the head noun: a software bill of materials engineer is not a materials engineer', () => {
    expect(code(onet, 'Software Bill of Materials Engineer').code).toBe('15-1252');
    expect(code(onet, 'Sales Director').code).toBe('11-2022');
    expect(code(onet, 'Director of Sales').code).toBe('11-2022');
  });

  it('settles frequent ambiguous titles with the reviewed table', () => {
    expect(code(onet, 'Account Manager').code).toBe('11-2022');
    expect(code(onet, 'Account Executive').code).toBe('41-3091');
    expect(code(onet, 'Project Manager').code).toBe('13-1082');
    expect(code(onet, 'Program Manager').code).not.toBe('27-2012');
    for (const title of ['Account Manager', 'Account Executive', 'Senior Account Executive', 'Global Account Manager']) {
      expect(code(onet, title).code).not.toBe('11-2011');
    }
  });

  it('leaves titles reviewed as too vague uncoded, with null code and label', () => {
    for (const title of ['Manager', 'Engineer II', 'Associate', 'Team Member']) {
      expect(code(onet, title)).toEqual({ code: null, label: null, score: 0, method: 'none' });
    }
    expect(code(rome, 'Ingénieur').method).toBe('none');
    // A vague best title is the answer: no field or head-noun reading guesses past it.
    expect(code(onet, 'Perception Architect').method).toBe('none');
    expect(code(onet, 'Engineering Intern - Tribal Utility Support').method).toBe('none');
    expect(code(onet, '').method).toBe('none');
    expect(code(onet, 'Qwertyuiop Zxcvbnm').method).toBe('none');
  });

  it('reads French feminine words as their masculine, so a title reviewed in one form meets the other', () => {
    expect(code(rome, 'Conseillère de vente').code).toBe(code(rome, 'Conseiller de vente').code);
    expect(code(rome, 'Technicienne informatique').code).toBe('I1401');
    expect(code(rome, 'Ingénieure systèmes et réseaux').code).toBe('M1802');
    expect(code(rome, 'Conseillère immobilière').code).toBe('C1504');
  });

  it('codes a bare French head noun by its reviewed occupation, else by the code of most titles it heads', () => {
    expect(code(rome, 'Infirmier H/F')).toMatchObject({ code: 'J1506', method: 'fuzzy' });
    expect(code(rome, 'Infirmière').code).toBe('J1506');
    expect(code(rome, 'Vendeur / Vendeuse')).toMatchObject({ code: 'D1214', method: 'fuzzy', score: 0.9 });
    // The head noun alone never pulls a longer title, nor a title whose other words ROME knows.
    expect(code(rome, 'Mécanicien de maintenance').code).toBe('I1310');
    expect(code(rome, 'Technicien Zyxwv').code).toBeNull();
  });

  it('codes ordinary French titles, not only tech ones', () => {
    expect(code(rome, "Infirmière diplômée d'état").code).toBe('J1506');
    expect(code(rome, 'Analyste de données').code).toBe('M1403');
    expect(code(rome, 'Commercial B2B (H/F)').code).toBe('D1402');
    expect(code(rome, 'Technicien qualité').code).not.toBe('H1210');
  });

  it('codes English titles of French exports to ROME', () => {
    expect(code(rome, 'Senior Software Engineer H/F').code).toBe('M1805');
    expect(code(rome, 'Key Account Manager').code).toBe('D1402');
    expect(code(rome, 'Business Developer').code).toBe('M1707');
  });

  it('reads technology names as software when nothing else fits', () => {
    expect(code(onet, 'Senior Golang Engineer').code).toBe('15-1252');
    expect(code(rome, 'Java Engineer Intern H/F').code).toBe('M1805');
  });

  it('reads a hyphen glued after a person noun as a dash when the title finds nothing otherwise', () => {
    const title = 'Customer Service Representative-Farmers Direct Services P&C Licensed (Kansas/Missouri)';
    expect(code(onet, title)).toMatchObject({ code: '43-4051', method: 'fuzzy' });
    expect(code(onet, 'Accountant-Fixed Assets & Capital Project Accounting').code).toBe('13-2011');
    // Only after a person noun: "Part-Time" stays a schedule, not "part - time" (a parts salesperson).
    expect(code(onet, 'Part-Time Mandarin Teacher').code).toBeNull();
  });

  it('lets the other parts of a title name the occupation when a bare rank makes up its own part', () => {
    expect(code(onet, 'Team Effectiveness Program Management, Principal Associate').code).toBe('13-1082');
    expect(code(onet, 'Account Opening&Activation Product Manager, Vice President').code).toBe('11-2021');
    // Not for vague titles that name a kind of work: "scientist" of process development stays uncoded.
    expect(code(onet, 'Principal Scientist - Process Development').code).toBeNull();
  });

  it('matches an acronym title (one word of three letters or fewer) only as the last word and head noun of its part', () => {
    expect(code(onet, 'EPC Advanced Plant Trainee').code).not.toBe('29-1128');
    expect(code(onet, 'DC Manager').code).toBeNull();
    expect(code(onet, 'Registered Nurse Medical Surgical Telemetry FT Night 07:00 PM - 07:30 AM').code).toBe('29-1141');
    // Where it is the head noun, it still names the occupation.
    expect(code(onet, 'MA - Pediatric Clinics Float Pool').code).toBe('31-9092');
    expect(code(onet, 'Oncology PCT').code).toBe('31-1131');
  });

  it('codes the reviewed generic phrases and next-rank titles of round 6', () => {
    expect(code(onet, 'Customer Relations Specialist').code).toBe('43-4051');
    expect(code(onet, 'Membership Specialist').code).toBe('43-4051');
    expect(code(onet, 'Solar Technician- Haskell, TX').code).toBe('47-2231');
    expect(code(onet, 'Support Analyst').code).toBe('15-1232');
    expect(code(onet, 'Test').code).toBeNull();
    // One code for a bare developer: a title ending on it needs 0.55, not 0.6.
    expect(code(onet, 'Oracle Fusion Developer').code).toBe('15-1252');
  });

  it('codes each distinct title once', () => {
    expect(onet.code('icu rn')).toBe(onet.code('icu rn'));
  });
});

describe('levels', () => {
  it('codes O*NET at each level with its own labels', async () => {
    const expected = {
      soc: ['29-1141', 'Registered Nurses'],
      onet: ['29-1141.00', 'Registered Nurses'],
      minor: ['29-1140', 'Registered Nurses'],
      major: ['29-0000', 'Healthcare Practitioners and Technical Occupations'],
    };
    for (const level of LEVELS.onet) {
      const coder = await createCoder({ taxonomy: 'onet', level });
      expect(coder.level).toBe(level);
      expect(coder.code('registered nurse')).toMatchObject({ code: expected[level][0], label: expected[level][1] });
    }
    const minor = await createCoder({ taxonomy: 'onet', level: 'minor' });
    expect(minor.parseCode('29-1221')).toBe('29-1210');
    expect(minor.labelOf('15-1250')).toBe('Software and Web Developers, Programmers, and Testers');
  });

  it('codes ROME at each level: statistics codes, fiches, domains, families', async () => {
    const expected = {
      rome: ['M1805', 'Développeur / Développeuse informatique'],
      fiche: ['M1855', 'Développeur / Développeuse web'],
      domain: ['M18', "Systèmes d'information et de télécommunication"],
      family: ['M', "Support à l'entreprise"],
    };
    for (const level of LEVELS.rome) {
      const coder = await createCoder({ taxonomy: 'rome', level });
      expect(coder.code('développeur web')).toMatchObject({ code: expected[level][0], label: expected[level][1] });
    }
  });

  it("rolls a ROME appellation up to its own code_rome_parent, ROME 3's code of it", async () => {
    expect(rome.code('chef de projet informatique').code).toBe('M1803');
    const fiche = await createCoder({ taxonomy: 'rome', level: 'fiche' });
    expect(fiche.code('chef de projet informatique').code).toBe('M1853');
    expect(rome.parseCode('M1853')).toBe('M1805');
  });

  it('refuses an unknown level with the allowed ones', async () => {
    await expect(createCoder({ taxonomy: 'onet', level: 'fiche' })).rejects.toThrow(UserError);
    await expect(createCoder({ taxonomy: 'rome', level: 'soc' })).rejects.toThrow(
      'Level "soc" is not a level of taxonomy "rome"; use one of "rome", "fiche", "domain", "family".',
    );
  });
});

describe('codes and labels', () => {
  it('parses codes as users and exports write them, at the coder level', async () => {
    expect(onet.parseCode('29-1141.03')).toBe('29-1141');
    expect(onet.parseCode(' 29-1141 ')).toBe('29-1141');
    expect(onet.parseCode('29-9999')).toBeUndefined();
    expect(onet.parseCode('registered nurse')).toBeUndefined();
    const detailed = await createCoder({ taxonomy: 'onet', level: 'onet' });
    expect(detailed.parseCode('29-1141')).toBe('29-1141.00');
    expect(detailed.parseCode('29-1141.03')).toBe('29-1141.03');
    const major = await createCoder({ taxonomy: 'onet', level: 'major' });
    expect(major.parseCode('29-0000')).toBe('29-0000');
    expect(onet.parseCode('29-0000')).toBeUndefined();
    expect(rome.parseCode('m1805')).toBe('M1805');
    expect(rome.parseCode('Z1805')).toBeUndefined();
    expect(rome.parseCode('M18')).toBeUndefined();
    const domain = await createCoder({ taxonomy: 'rome', level: 'domain' });
    expect(domain.parseCode('m18')).toBe('M18');
    expect(domain.parseCode('M1805')).toBe('M18');
  });

  it('gives the label of a code at the level, or undefined', () => {
    expect(onet.labelOf('15-1252')).toBe('Software Developers');
    expect(onet.labelOf('15-1252.00')).toBeUndefined();
    expect(rome.labelOf('M1805')).toBe('Développeur / Développeuse informatique');
    expect(rome.labelOf('M1861')).toBeUndefined();
  });
});

describe('overrides', () => {
  it('win over everything, by normalised title and by cleaned title', async () => {
    const coder = await createCoder({
      taxonomy: 'onet',
      overrides: new Map([
        ['travel rn', '29-1141.01'],
        ['growth hacker', '13-1161'],
      ]),
    });
    expect(coder.code('travel rn')).toEqual({ code: '29-1141', label: 'Registered Nurses', score: 1, method: 'override' });
    expect(coder.code('growth hacker (remote)').method).toBe('override');
  });

  it('must name codes of the taxonomy at the level', async () => {
    await expect(createCoder({ taxonomy: 'rome', overrides: new Map([['data analyst', '15-2051']]) })).rejects.toThrow(
      'Occupation map: "data analyst" maps to "15-2051", which is not a code of taxonomy "rome" at level "rome".',
    );
  });
});

describe('the threshold', () => {
  const taxonomy = { name: 'tiny.csv', text: 'title,code,label\nalpha beta gamma delta,A,Alpha\nzeta,Z,Zeta\n' };

  it('leaves a title uncoded when its closest title scores below it', async () => {
    const coder = await createCoder({ taxonomy });
    expect(coder.code('alpha beta gamma delta')).toMatchObject({ code: 'A', method: 'exact' });
    expect(coder.code('beta gamma delta')).toMatchObject({ code: 'A', method: 'fuzzy' });
    expect(coder.code('delta')).toMatchObject({ code: null, method: 'none' });
    expect(CODING_THRESHOLD).toBeGreaterThan(0);
    expect(CODING_THRESHOLD).toBeLessThan(1);
  });

  it('is stricter for O*NET than for ROME, whose titles name sectors postings leave out', async () => {
    expect(CODING_THRESHOLDS.onet).toBeGreaterThan(CODING_THRESHOLDS.rome);
    const onet = await createCoder({ taxonomy: 'onet' });
    // "Capital Markets Financial Modeling Analyst" is closest to "market analyst", at about 0.54.
    expect(onet.code('capital markets financial modeling analyst')).toMatchObject({ code: null, method: 'none' });
  });

  it('is 0.55 for an O*NET title that ends its part of the query and names one occupation', async () => {
    const onet = await createCoder({ taxonomy: 'onet' });
    const attorney = onet.code(normalizeTitle('Foreclosure/Bankruptcy Attorney'));
    expect(attorney).toMatchObject({ code: '23-1011', method: 'fuzzy' });
    expect(attorney.score).toBeLessThan(CODING_THRESHOLDS.onet);
    expect(onet.code(normalizeTitle('Western US Key Account Manager - Semiconductor'))).toMatchObject({ code: '11-2022', method: 'fuzzy' });
    // A title opening its part, followed by words that head no O*NET title.
    expect(onet.code(normalizeTitle('Radiologic Technologist South Jordan Health Center'))).toMatchObject({
      code: '29-2034',
      method: 'fuzzy',
    });
    // One word filed under several occupations, or an acronym, still needs 0.6.
    expect(onet.code(normalizeTitle('Small Parcel Clerk')).method).toBe('none');
    expect(onet.code(normalizeTitle('Community Medicine APP')).method).toBe('none');
  });
});
