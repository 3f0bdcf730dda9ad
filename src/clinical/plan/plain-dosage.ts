import type { Treatment } from '../knowledge-base/treatment-list.ts';

/**
 * The amount of a treatment as the patient handout gives it. The knowledge base's dosage is
 * written for the clinician and says where its figures come from ("(team suggestion)",
 * "(seed 003)", "(Bleakley 2006)"): that provenance belongs in the clinical record, not in the
 * patient's hands. A treatment whose dosage also uses clinical terms has a `plainDosage` of its own.
 */

/** Words that mark a note on where a figure comes from rather than what the patient does. */
const PROVENANCE =
  /\bseeds?\b|\bteam suggestion\b|\bpack\b|\bNICE\b|\b(?:NG|CG)\d+\b|\bFAIT\b|\btrials?\b|\bextrapolated\b|\bet al\b|\b[A-Z][\p{L}'’-]+ (?:19|20)\d{2}\b/u;

const tidy = (text: string): string =>
  text
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** Ends a clause cut out of a sentence with the sentence's full stop. */
const asSentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Removes provenance notes from a dosage: bracketed notes that cite a source, and clauses (split
 * at ";") or sentences that only say where a figure comes from. What is left is what to do.
 */
export function withoutProvenanceNotes(dosage: string): string {
  const unbracketed = dosage.replace(/\s*\(([^()]*)\)/g, (note, inside: string) =>
    PROVENANCE.test(inside) ? '' : note,
  );
  const sentences = tidy(unbracketed)
    .split(/(?<=[.!?])\s+/)
    .map((sentence) =>
      sentence
        .split(/;\s*/)
        .filter((clause) => !PROVENANCE.test(clause))
        .join('; '),
    )
    .map(tidy)
    .filter((sentence) => sentence !== '' && sentence !== '.')
    .map(asSentence);
  return sentences.join(' ');
}

/** The knowledge base's dosage of a treatment in the patient's words; undefined without a dosage. */
export function plainDosage(treatment: Treatment): string | undefined {
  if (treatment.dosage === undefined) return undefined;
  return treatment.plainDosage ?? withoutProvenanceNotes(treatment.dosage);
}

/** What the handout says about the amount of one plan item. */
export interface PatientDosage {
  readonly text: string;
  /**
   * The clinician changed the amount from the knowledge base's: it is this patient's own and is
   * printed as written.
   */
  readonly setForPatient: boolean;
}

/**
 * The amount of a plan item for the patient: the knowledge base's plain dosage while the item keeps
 * the drafted dosage, otherwise the clinician's own words. A treatment this knowledge base does not
 * know keeps the dosage as saved.
 */
export function patientDosage(treatment: Treatment | undefined, dosage: string): PatientDosage {
  const own = dosage.trim();
  if (treatment === undefined) return { text: own, setForPatient: true };
  if (own !== (treatment.dosage ?? '').trim()) return { text: own, setForPatient: true };
  return { text: plainDosage(treatment) ?? own, setForPatient: false };
}
