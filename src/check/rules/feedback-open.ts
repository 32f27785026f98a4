import type { Feedback } from '../../model/schema.js';
import type { Rule } from '../rule.js';

/** How much of a feedback's text a message quotes. */
const QUOTED_CHARACTERS = 80;

const SOURCES: Record<Feedback['from'], string> = {
  jury: 'a jury',
  recruiter: 'a recruiter',
  mentor: 'a mentor',
  evaluator: 'an evaluator',
  student: 'a student',
  expert: 'an expert',
};

export const feedbackOpen: Rule = {
  code: 'feedback-open',
  severity: 'warning',
  description: 'A feedback item that is still `open` or `planned`: juries, recruiters and learners are waiting for a change.',
  docs: {
    why: 'Feedback closes the loop of reverse design: each item is answered by a change (`done`) or a reasoned refusal (`declined`), both with a `resolution`. The warning lists what is still waiting, at its line, in every pull request. A repository that keeps a backlog of open feedback can switch it off (`feedback-open: off`), or make it an error before a release.',
    bad: 'feedback:\n  - id: jury-2026-06-ops\n    date: 2026-06-12\n    from: jury\n    about: [sales-dashboard]\n    text: Recruiters expect Power BI, not only Looker Studio.',
    good: 'feedback:\n  - id: jury-2026-06-ops\n    date: 2026-06-12\n    from: jury\n    about: [sales-dashboard]\n    text: Recruiters expect Power BI, not only Looker Studio.\n    status: done\n    resolution: The sales dashboard is now built in Power BI.',
  },
  check({ model }) {
    return (model.feedback ?? []).flatMap(({ value, index }) => {
      if (value.status !== 'open' && value.status !== 'planned') return [];
      const from = value.from === undefined ? '' : ` from ${SOURCES[value.from]}`;
      const on = value.date === undefined ? '' : ` on ${value.date}`;
      const state = value.status === 'open' ? 'is still open' : 'is planned but not done';
      const text = value.text === undefined ? '' : ` ("${quote(value.text)}")`;
      return [{ path: ['feedback', index], message: `Feedback item "${value.id ?? index + 1}"${from}${on} ${state}${text}.` }];
    });
  },
};

/** The feedback's first words, on one line, cut between words. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= QUOTED_CHARACTERS) return line;
  const cut = line.slice(0, QUOTED_CHARACTERS);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTED_CHARACTERS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
