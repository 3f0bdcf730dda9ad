import type { Assessment } from '../../clinical/index.ts';
import type { Visit } from '../../data/visits/visit.schema';
import type { PrintPlan } from './print-plan';

/**
 * The patient handout as data: every word it prints, in order. The handout component only lays
 * this out, so the readability test scores exactly what the patient reads.
 */
export interface HandoutEntry {
  readonly title: string;
  readonly lines: readonly { readonly label?: string; readonly text: string }[];
}

export interface HandoutBlock {
  readonly title?: string;
  readonly paragraphs: readonly string[];
  /** Short sentences shown as a bulleted list. */
  readonly list?: readonly string[];
  readonly entries?: readonly HandoutEntry[];
  /** Entries printed as one run-in paragraph each ("Stay active. Move every day.") to save paper. */
  readonly compact?: boolean;
}

export interface HandoutSection {
  readonly id:
    'urgent' | 'draft' | 'about' | 'exercises' | 'goals' | 'other' | 'well' | 'help' | 'review';
  readonly title: string;
  readonly blocks: readonly HandoutBlock[];
}

export interface Handout {
  /** The line every printed page starts with when a red flag is present. */
  readonly alert: string | undefined;
  readonly sections: readonly HandoutSection[];
}

export interface HandoutInput {
  readonly visit: Pick<Visit, 'clinician' | 'redFlagActions'>;
  readonly assessment: Assessment;
  readonly plan: PrintPlan;
}
