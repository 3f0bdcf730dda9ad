import { SOURCES } from '../../knowledge-base/sources.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Every source id but 'team', an ordinary word ("your surgical team"); its notes say "team suggestion". */
const SOURCE_IDS = Object.keys(SOURCES).filter((id) => id !== 'team');

const MARKS = [
  /seed/i,
  /team suggestion/i,
  /\b(?:the|evidence) pack\b/i,
  /extrapolat/i,
  /\bet al\b/,
  /\bNICE\b|\b(?:NG|CG)\d+\b/,
  // A year ("Hölmich 1999", "since 2019"), but not one that ends a date ("17 March 2026").
  new RegExp(`(?<!\\b(?:${MONTHS.join('|')}) )\\b(?:19|20)\\d{2}\\b`),
];

/**
 * What a patient must never read: where a figure came from. Those notes belong in the clinical
 * record. Returns each mark found in `text`: a source id, or a sign of a source note (a seed
 * document, a team suggestion, the evidence pack, an extrapolation, "et al", a NICE code, a year).
 */
export function provenanceIn(text: string): readonly string[] {
  const lower = text.toLowerCase();
  const ids = SOURCE_IDS.filter((id) => lower.includes(id.toLowerCase()));
  const marks = MARKS.flatMap((re) => re.exec(text)?.[0] ?? []);
  return [...ids, ...marks];
}
