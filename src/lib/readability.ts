/**
 * Flesch–Kincaid grade level, for checking that patient handouts read at about a grade-8 level:
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * (Kincaid, Fishburne, Rogers, Chissom 1975, the formula US health-literacy guidance uses.)
 * Scores from different tools differ by about a grade, mostly in how they count syllables and
 * split sentences; this module's choices are written down here so the figure can be reproduced.
 *
 * Words: runs of letters (with inner apostrophes or hyphens: "don't", "warm-up") or digits.
 * A number counts as one word.
 *
 * Sentences: text is split after ".", "!" or "?" (one or more) followed by a space or the end,
 * and every text passed in separately (a paragraph, a list item, a heading) ends a sentence even
 * without a full stop, because that is how a reader takes it.
 *
 * Syllables: see countSyllables.
 */

const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)?/g;
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

/**
 * Vowel pairs usually said as two syllables ("me-di-um", "vid-e-o", "us-u-al", "are-a"), and a
 * vowel before "-ing" ("go-ing"). Not "-cia"/"-tia" ("spe-cial"), "-ion" or "-ious" ("lo-tion"), nor "-geon",
 * "-cheon" or "peo-".
 */
const SPLIT_PAIRS = /(?<![ct])ia|io(?![nu])|ie(?=[rt])|(?<![gcp])eo|ua|uo|iu|ea$|[aeiouy](?=ing)/g;

/** A silent "e" inside a word before these endings: "like-ly", "move-ment", "hope-ful". */
const SILENT_E_BEFORE = /([aeiouy][^aeiouy]+)e(ly|ment|ful|less|ness)$/;

function syllablesOfLetters(letters: string): number {
  let w = letters.replace(SILENT_E_BEFORE, '$1$2');
  if (w.length <= 3) return 1;
  if (/[^aeiouy]les?$/.test(w)) {
    // "table", "muscles": the "le" is a syllable of its own; keep it.
  } else if (w.endsWith('es')) {
    if (!/(?:[sxzcg]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  } else if (w.endsWith('ed')) {
    if (!/[td]ed$/.test(w)) w = w.slice(0, -2);
  } else if (/[^aeiou]e$/.test(w)) {
    w = w.slice(0, -1);
  }
  const body = w.startsWith('y') ? w.slice(1) : w;
  const groups = body.match(/[aeiouy]+/g)?.length ?? 0;
  const splits = body.match(SPLIT_PAIRS)?.length ?? 0;
  return Math.max(1, groups + splits);
}

/**
 * Syllables in one English word, by a rule of thumb (no dictionary), checked in
 * readability.test.ts against dictionary counts for the words handouts use:
 * 1. hyphenated words count part by part; letters only, lower case; a word of three letters or
 *    fewer has one syllable;
 * 2. a silent "e" is dropped: at the end ("make"), and before -ly, -ment, -ful, -less or -ness
 *    ("likely"); but a consonant + "le(s)" ending is a syllable ("ta-ble", "mus-cles");
 *    a final "es" is dropped unless it follows s, x, z, ch, sh, g or c ("makes" but "box-es");
 *    a final "ed" is dropped unless it follows t or d ("jumped" but "want-ed");
 * 3. each run of vowels (a e i o u, and y when not the first letter) is one syllable;
 * 4. a vowel pair usually said as two (see SPLIT_PAIRS) adds one;
 * 5. at least one.
 * A word of digits counts one syllable per digit, at most four ("30" is "thir-ty").
 */
export function countSyllables(word: string): number {
  if (/^\d/.test(word)) return Math.min(4, Math.max(1, word.replace(/\D/g, '').length));
  const parts = word
    .toLowerCase()
    .split(/[-‐–]/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
  return parts.reduce((sum, part) => sum + syllablesOfLetters(part), 0);
}

export interface TextStatistics {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/** Counts sentences, words and syllables over texts that are each read as a unit (see above). */
export function textStatistics(texts: readonly string[]): TextStatistics {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    const tokens = text.match(WORD) ?? [];
    if (tokens.length === 0) continue;
    words += tokens.length;
    syllables += tokens.reduce((sum, token) => sum + countSyllables(token), 0);
    const ends = text.match(SENTENCE_END)?.length ?? 0;
    // A text that does not end with its own full stop still ends a sentence.
    const closed = /[.!?]+["'”’)]*\s*$/.test(text);
    sentences += ends + (closed ? 0 : 1);
  }
  return { sentences, words, syllables };
}

/** The Flesch–Kincaid grade of the texts; NaN when they hold no words. */
export function fleschKincaidGrade(texts: readonly string[]): number {
  const { sentences, words, syllables } = textStatistics(texts);
  if (words === 0 || sentences === 0) return Number.NaN;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
