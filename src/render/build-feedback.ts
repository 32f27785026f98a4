// The feedback of a program as outline data: every item with what it is about, and the open
// items (open or planned) of each skill, project and course.
import type { Feedback, FeedbackStatus, Program } from '../model/schema.js';

/** What a feedback item is about: a skill, project or course of the program (`kind` null for an unknown id). */
interface FeedbackTarget {
  id: string;
  kind: 'project' | 'skill' | 'course' | null;
  /** The project's or course's title, the skill's name; the id for an unknown one. */
  title: string;
}

/** One feedback item, as declared, with its targets named. */
export interface OutlineFeedback {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  from: Feedback['from'];
  /** Empty when it is about the program as a whole. */
  about: FeedbackTarget[];
  text: string;
  status: FeedbackStatus;
  /** What was changed, or why not; null while open or planned without one. */
  resolution: string | null;
}

/** A feedback item still waiting for a change, as listed beside a skill, project or course. */
export type OpenFeedback = Pick<OutlineFeedback, 'id' | 'date' | 'from' | 'text' | 'status'>;

export interface FeedbackIndex {
  /** Every item, in declaration order. */
  items: OutlineFeedback[];
  /** The open and planned items about `id`, in declaration order. */
  openAbout(id: string): OpenFeedback[];
}

export function indexFeedback(program: Program): FeedbackIndex {
  const targets = new Map<string, Omit<FeedbackTarget, 'id'>>();
  // Projects last: where a project and a skill share an id, the feedback names the project.
  for (const course of program.courses) targets.set(course.id, { kind: 'course', title: course.title });
  for (const skill of program.skills) targets.set(skill.id, { kind: 'skill', title: skill.name });
  for (const project of program.projects) targets.set(project.id, { kind: 'project', title: project.title });
  const open = new Map<string, OpenFeedback[]>();
  const items = (program.feedback ?? []).map((item): OutlineFeedback => {
    if (item.status === 'open' || item.status === 'planned') {
      const entry = { id: item.id, date: item.date, from: item.from, text: item.text, status: item.status };
      for (const id of new Set(item.about)) open.set(id, [...(open.get(id) ?? []), entry]);
    }
    return {
      id: item.id,
      date: item.date,
      from: item.from,
      about: item.about.map((id) => ({ id, ...(targets.get(id) ?? { kind: null, title: id }) })),
      text: item.text,
      status: item.status,
      resolution: item.resolution ?? null,
    };
  });
  return { items, openAbout: (id) => open.get(id) ?? [] };
}
