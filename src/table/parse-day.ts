// A posting date turned into a day number (days since 1970-01-01, UTC), or null.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/;
const EPOCH = /^\d{10}(?:\d{3})?(?:\.\d+)?$/;
const MS_PER_DAY = 86_400_000;

/**
 * Reads `2023-04-05`, `2023-04-05T10:00:00Z`, `2023-04-05 10:00`, `05/04/2023` and `05.04.2023`
 * (day first, as French and European exports write them), and Unix times in seconds or
 * milliseconds (10 or 13 digits). Anything else is null: the posting counts, undated.
 */
export function parseDay(text: string): number | null {
  const value = text.trim();
  let match = ISO.exec(value);
  if (match) return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(value);
  if (match) return dayNumber(Number(match[3]), Number(match[2]), Number(match[1]));
  if (EPOCH.test(value)) {
    const number = Number(value);
    return Math.floor((value.indexOf('.') === 10 || value.length === 10 ? number * 1000 : number) / MS_PER_DAY);
  }
  return null;
}

function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time / MS_PER_DAY : null;
}

/** `2023-04-05` for a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
