// Realistic fake job postings, deterministic from a seed: French and English titles with
// gender markers and seniority variants, skills drawn per career, companies, dates.
// Used by scripts/make-sample-postings.ts and bench/rank-jobs.ts.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CareerModel {
  /** Title variants as employers write them (the first is the career's plain name). */
  titles: string[];
  /** Skills and the probability that a posting asks for each. */
  skills: Record<string, number>;
  /** Relative demand. */
  weight: number;
  /** Demand multiplier at the end of the year relative to its start (1 = flat). */
  trend: number;
  /** Typical days a posting stays open. */
  openDays: number;
}

export const CAREERS: CareerModel[] = [
  {
    titles: [
      'Data Analyst',
      'Data Analyst H/F',
      'Data Analyst (F/H)',
      'Senior Data Analyst',
      'Junior Data Analyst',
      'Data Analyst Confirmé H/F',
      'Analyste de données (H/F)',
    ],
    weight: 9,
    trend: 1.8,
    openDays: 35,
    skills: {
      sql: 0.82,
      excel: 0.61,
      'power bi': 0.52,
      python: 0.44,
      tableau: 0.3,
      statistics: 0.28,
      communication: 0.22,
      dax: 0.15,
      r: 0.14,
      looker: 0.08,
    },
  },
  {
    titles: [
      'Développeur Full Stack (H/F)',
      'Full Stack Developer',
      'Développeur Full Stack Senior H/F',
      'Senior Full Stack Developer',
      'Développeuse Full Stack Junior (F/H)',
    ],
    weight: 12,
    trend: 1.0,
    openDays: 40,
    skills: {
      javascript: 0.85,
      typescript: 0.62,
      react: 0.58,
      'node.js': 0.55,
      sql: 0.4,
      git: 0.45,
      docker: 0.3,
      'rest api': 0.35,
      css: 0.3,
      agile: 0.25,
    },
  },
  {
    titles: ['Data Engineer', 'Data Engineer H/F', 'Senior Data Engineer', 'Ingénieur Data (H/F)', 'Data Engineer (m/w/d)'],
    weight: 6,
    trend: 1.7,
    openDays: 45,
    skills: { python: 0.85, sql: 0.78, spark: 0.55, airflow: 0.4, aws: 0.38, kafka: 0.28, dbt: 0.25, docker: 0.3, scala: 0.15, gcp: 0.2 },
  },
  {
    titles: ['Data Scientist', 'Data Scientist H/F', 'Senior Data Scientist', 'Data Scientist Junior (H/F)'],
    weight: 4,
    trend: 1.2,
    openDays: 50,
    skills: {
      python: 0.92,
      'machine learning': 0.78,
      sql: 0.55,
      statistics: 0.5,
      'scikit-learn': 0.35,
      pytorch: 0.22,
      tensorflow: 0.2,
      r: 0.18,
      'deep learning': 0.25,
    },
  },
  {
    titles: ['DevOps Engineer', 'Ingénieur DevOps H/F', 'Ingénieur DevOps Senior (H/F)', 'Sr. DevOps Engineer'],
    weight: 5,
    trend: 1.3,
    openDays: 55,
    skills: { kubernetes: 0.7, docker: 0.75, terraform: 0.5, 'ci/cd': 0.6, aws: 0.5, linux: 0.55, ansible: 0.3, python: 0.3, azure: 0.25 },
  },
  {
    titles: [
      'Technicien Support Informatique (H/F)',
      'IT Support Technician',
      'Technicienne Support Informatique Débutante H/F',
      'Technicien Support N2 H/F',
    ],
    weight: 8,
    trend: 0.9,
    openDays: 25,
    skills: {
      windows: 0.7,
      'active directory': 0.45,
      'office 365': 0.5,
      itil: 0.3,
      networking: 0.35,
      'customer service': 0.4,
      linux: 0.15,
    },
  },
  {
    titles: [
      'Chef de Projet Informatique (H/F)',
      'IT Project Manager',
      'Chef de Projet Informatique Confirmé H/F',
      'Senior IT Project Manager',
    ],
    weight: 5,
    trend: 0.6,
    openDays: 60,
    skills: {
      'project management': 0.8,
      agile: 0.55,
      scrum: 0.4,
      jira: 0.35,
      communication: 0.45,
      budgeting: 0.2,
      'risk management': 0.2,
      prince2: 0.08,
    },
  },
  {
    titles: ['Comptable (H/F)', 'Accountant', 'Comptable Confirmé H/F', 'Comptable Débutant (H/F)', 'Senior Accountant'],
    weight: 7,
    trend: 0.9,
    openDays: 30,
    skills: { accounting: 0.85, excel: 0.7, sage: 0.3, sap: 0.25, tax: 0.35, 'financial reporting': 0.3, ifrs: 0.15 },
  },
  {
    titles: ['Infirmier (H/F)', "Infirmière Diplômée d'État H/F", 'Registered Nurse', 'Infirmier Expérimenté (H/F)'],
    weight: 10,
    trend: 1.1,
    openDays: 70,
    skills: { 'patient care': 0.8, 'first aid': 0.4, teamwork: 0.45, hygiene: 0.35, 'medical records': 0.25 },
  },
  {
    titles: ['Commercial B2B (H/F)', 'Sales Representative', 'Commercial B2B Junior H/F', 'Senior Sales Representative'],
    weight: 9,
    trend: 0.75,
    openDays: 35,
    skills: { negotiation: 0.7, prospecting: 0.6, crm: 0.5, salesforce: 0.25, communication: 0.55, english: 0.3 },
  },
  {
    titles: ['Product Owner', 'Product Owner H/F', 'Product Owner Senior (F/H)'],
    weight: 3,
    trend: 1.2,
    openDays: 45,
    skills: { agile: 0.75, scrum: 0.6, jira: 0.5, 'user stories': 0.45, 'product management': 0.4, communication: 0.35 },
  },
  {
    titles: ['UX Designer', 'UX Designer H/F', 'UX/UI Designer (H/F)', 'Junior UX Designer'],
    weight: 2,
    trend: 0.8,
    openDays: 40,
    skills: { figma: 0.8, 'user research': 0.5, prototyping: 0.55, 'design systems': 0.3, html: 0.15, css: 0.2 },
  },
  {
    titles: ['Administrateur Systèmes et Réseaux (H/F)', 'System Administrator', 'Administrateur Systèmes et Réseaux Confirmé H/F'],
    weight: 4,
    trend: 0.8,
    openDays: 50,
    skills: { linux: 0.7, windows: 0.55, networking: 0.6, vmware: 0.35, 'active directory': 0.4, bash: 0.3, firewall: 0.3 },
  },
  {
    titles: ['Analyste Cybersécurité (H/F)', 'Cybersecurity Analyst', 'Senior Cybersecurity Analyst', 'Analyste SOC H/F'],
    weight: 3,
    trend: 2.0,
    openDays: 65,
    skills: { siem: 0.6, 'incident response': 0.5, networking: 0.45, linux: 0.35, iso27001: 0.25, python: 0.2, splunk: 0.3 },
  },
];

export const COMPANIES = [
  'Altavia Conseil',
  'Banque du Rhône',
  'Groupe Méridien',
  'Nordlys Data',
  'Clinique des Tilleuls',
  'Hexaweb',
  'Savoie Logistique',
  'Brightline Health',
  'Atelier Numérique',
  'Caisse Régionale Ouest',
  'Orbital Systems',
  'Maison Verdier',
  'Pixelforge Studio',
  'Transports Dumas & Fils',
  'Cloudnine SAS',
  'Hôpital Saint-Roch',
  'Quantix Analytics',
  'Lumen Retail',
  'Ecoterra Énergie',
  'Fintrack',
  'Agence Horizon',
  'Mutuelle Armor',
  'Stratus Consulting',
  'Les Jardins de Provence',
  'Vectoria',
  'Datalyse',
  'Cabinet Roux & Associés',
  'Helix Biotech',
  'Alpine Software',
  'Société Générale de Services',
  'Kairos Mobility',
  'Boulangeries Mercier',
  'Neoskill',
  'Atlas Assurances',
  'Métropole Habitat',
  'Greenbyte',
  'Opaline Cosmetics',
  'Synapse IT',
];

/** Picks an index with probability proportional to `weights`. */
export function pickWeighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index]!;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/** Skills a posting of `career` asks for, in a shuffled order. */
export function pickSkills(random: () => number, career: CareerModel): string[] {
  const chosen = Object.entries(career.skills)
    .filter(([, probability]) => random() < probability)
    .map(([skill]) => skill);
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
  }
  return chosen;
}

/** A day in [0, span) leaning to the end of the period when `trend` > 1, to the start when < 1. */
export function pickDay(random: () => number, span: number, trend: number): number {
  const u = random();
  const x = trend === 1 ? u : (Math.sqrt(1 + (trend * trend - 1) * u) - 1) / (trend - 1);
  return Math.min(span - 1, Math.floor(x * span));
}

/** One CSV cell, quoted when it must be. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
