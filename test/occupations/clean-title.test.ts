import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/demand/normalize-title.js';
import { cleanTitle } from '../../src/occupations/clean-title.js';
import { titleTokens } from '../../src/occupations/title-tokens.js';

describe('cleanTitle', () => {
  it.each([
    // English: pay, location, contract words, seniority and level words, brackets, requisitions
    ['Travel ER RN job in Columbia, TN - Make $2091 to $2280/week', 'er rn'],
    ['Permanent Staff CCU RN job in Columbia, SC - Make $31 to $39/hour', 'ccu rn'],
    ['Travel Nurse RN - ED - Emergency Department - $1,945 per week - 1066812', 'nurse rn - ed - emergency department'],
    ['Registered Nurse - Med Surg', 'registered nurse - med surg'],
    ['Sales Director [Owner/Operator]', 'sales director'],
    ['Pharmacist (Beaver Dam)', 'pharmacist'],
    ['Sales Manager - Houston, TX', 'sales manager'],
    ['Mechanical/Rotating Inspector - Buras, LA', 'mechanical rotating inspector'],
    ['Engineer II', 'engineer'],
    ['Physical Therapist I', 'physical therapist'],
    ['Lead UX Designer (Onsite)', 'ux designer'],
    ['Team Lead', 'team lead'],
    ['Associate Attorney', 'attorney'],
    ['Sales Associate', 'sales associate'],
    ['Req #12345 Welder - 2nd Shift', 'welder'],
    ['Part-Time Cashier - Per Diem', 'cashier'],
    ['Software Engineering Intern - Summer 2024', 'software engineering'],
    ['CDL A Driver - Eligible for $1,500 Sign on Bonus', 'cdl driver'],
    ['Family Medicine Physician Needed for Locum Tenens Coverage at Facility in Ohio', 'family medicine physician'],
    ['Travel Agent', 'travel agent'],
    // reordering: "X of Y" and O*NET's inverted "X, Y"
    ['Director of Operations', 'operations director'],
    ['Faculty, Respiratory Therapy', 'respiratory therapy faculty'],
    ['Project Manager, Information Technology', 'information technology project manager'],
    ['Cloud, Network and Datacenter Solution Consultant', 'cloud - network and datacenter solution consultant'],
    ['Software bill of materials engineer', 'software bom engineer'],
    ['Senior Director, Business Development', 'business development director'],
    ['Manager, Product Marketing. - IDS2005', 'product marketing manager'],
    ['Manager - Financial Planning and Analysis', 'financial planning and analysis manager'],
    ['Engineer- Manufacturing I', 'manufacturing engineer'],
    ['Registered Nurse - Med Surg', 'registered nurse - med surg'],
    ['FP&A Analyst', 'financial planning and analysis analyst'],
    ['Ingénieur R&D (H/F)', 'ingenieur rd'],
    ['Commercial B2B', 'commercial btob'],
    ['Assistant to the CEO', 'executive assistant'],
    ['Sr. EH&S Specialist', 'ehs specialist'],
    ['Pallet Jack Fork Lift Operator', 'pallet jack forklift operator'],
    ['Principal de collège', 'principal de college'],
    ['Executive Assistant to the CEO', 'executive assistant'],
    ['Program Manager Non-Tech 2', 'program manager'],
    ['Cyber Security Analyst', 'cybersecurity analyst'],
    ['Data Center Technician', 'datacenter technician'],
    // part-time abbreviations, whom the job is for, recruiting events
    ['PT Server - PAID WEEKLY - URGENTLY HIRING!', 'server - paid weekly'],
    ['Meat Cutter PT', 'meat cutter'],
    ['PT - Rehabilitation', 'pt - rehabilitation'],
    ['PT Tech', 'pt tech'],
    ['CAE Engineer for Global Automotive Company in Raymond, Ohio', 'cae engineer'],
    ['Engineer for Hardware Reliability', 'engineer for hardware reliability'],
    ['Pharmacist Lawrence & Memorial Allied Health Career Event', 'pharmacist lawrence memorial'],
    ['Crew Hiring Event - 11/9 10am-6pm', 'crew'],
    ['Wastewater Mechanic in Training', 'wastewater mechanic'],
    // French: gender forms and markers, contract words, places, pay
    ['Senior Software Engineer H/F', 'software engineer'],
    ['Développeur / Développeuse informatique', 'developpeur informatique'],
    ['Chargé(e) de recrutement (F/H)', 'charge de recrutement'],
    ['Ingénieur.e Logiciel Gmao Confirmé.e - Lyon H/F', 'ingenieur logiciel gmao'],
    ['Ingénieur-e Développement Logiciel Objet C# - C++ H/F', 'ingenieur developpement logiciel objet csharp - cpp'],
    ['Consultant·e Data / BI – Power BI', 'consultant data - bi - power bi'],
    ['Data Analyst - Paris (75)', 'data analyst'],
    ['Commercial terrain 45k€ CDI', 'commercial terrain'],
    ['Stage - Développeur iOS', 'developpeur ios'],
    ['Ingénieur - Ingénieure Logiciel Embarqué H/F', 'ingenieur logiciel embarque'],
    ['Hôte(sse) de caisse', 'hote de caisse'],
    ['Manager - Management Consulting', 'management consulting manager'],
    ['Alternance : Chargé de communication', 'charge de communication'],
    ['Senior Software Engineer Java F - M - D - Posdata H/F', 'software engineer java - posdata'],
    ['(H/F)', ''],
    ['', ''],
  ])('%j -> %j', (title, cleaned) => {
    expect(cleanTitle(title)).toBe(cleaned);
  });

  it('keeps a title made only of noise words rather than emptying it', () => {
    expect(cleanTitle('Junior')).toBe('junior');
    expect(cleanTitle('Intern')).toBe('intern');
  });

  it('gives the same words to the forms of one title', () => {
    const words = (title: string) => titleTokens(cleanTitle(title)).join(' ');
    expect(words('Registered Nurses')).toBe(words('registered nurse'));
    expect(words('ICU RN')).toBe(words('ICU Registered Nurse'));
    expect(words('Full-Stack Developer')).toBe(words('fullstack developer'));
    expect(words('Travel Certified OR Tech')).toBe('certified operating room technician');
    expect(words('RN or LPN')).toBe('registered nurse licensed practical');
    expect(words('AP Specialist')).toBe(words('Accounts Payable Specialist'));
    expect(words('Cath Lab Tech')).toBe(words('Cath Laboratory Technician'));
    expect(words('Ingénieur réseaux')).toBe(words('ingénieur réseau'));
    expect(words('Développeuse Informatique')).not.toBe('');
  });

  const piece = fc.constantFrom(
    'Senior',
    'Data',
    'Analyst',
    'RN',
    'job in',
    'Columbia, TN',
    ' - ',
    '(H/F)',
    'h/f',
    '$2091',
    'to',
    '/week',
    '45k€',
    'Chargé(e)',
    'Ingénieur.e',
    'de',
    'of',
    ',',
    '[',
    ']',
    '(',
    ')',
    '#123',
    'II',
    'Lead',
    'Stage',
    'CDI',
    'Travel',
    '/',
    '|',
    ':',
    'é',
    'ß',
    'Ⅳ',
    '  ',
    '\t',
    'Paris',
    'needed for',
    'bill of materials',
    'Director',
    'x',
    '·e',
    '-e',
  );

  it('never throws and is idempotent, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(' ')),
          fc.string({ maxLength: 60 }),
        ),
        (title) => {
          const cleaned = cleanTitle(title);
          expect(cleanTitle(cleaned)).toBe(cleaned);
          expect(cleaned).toBe(cleaned.trim());
          expect(cleaned).not.toMatch(/[A-Z]|\s{2}/);
        },
      ),
      { numRuns: 10000 },
    );
  });

  it('cleans a career name as it cleans the raw title it comes from', () => {
    for (const title of [
      'Data Analyst Confirmé (H/F)',
      'Sr. Data Scientist',
      'Ingénieur DevOps Senior H/F',
      'Chef de projet (H/F/X)',
      'Travel ER RN job in Columbia, TN',
    ]) {
      expect(cleanTitle(normalizeTitle(title))).toBe(cleanTitle(title));
    }
  });
});
