import { createContext, use, type ReactNode } from 'react';
import type {
  Band,
  ExamItemDef,
  OtherCause,
  ProvenanceKind,
  RankedCondition,
  Side,
  TestCategory,
  TestReason,
  TestResult,
  Urgency,
  Witness,
} from '../../clinical/index.ts';
import type { Sex } from '../../data/patients/patient.schema';

/** One exam item with the details shown beside it (Thomas angle under the Thomas test). */
export interface ExamLayoutEntry {
  readonly item: ExamItemDef;
  readonly details: readonly ExamItemDef[];
}

/** The exam's sections as the exam screen lays them out (its exam-layout module has this shape). */
export interface ExamLayoutSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly (
    | { readonly kind: 'item'; readonly entry: ExamLayoutEntry }
    | {
        readonly kind: 'group';
        readonly id: string;
        readonly title: string;
        readonly entries: readonly ExamLayoutEntry[];
      }
  )[];
}

/**
 * The words other screens already use for the same things, handed in by the app (features never
 * import each other): the clinical record says "Urgent (24–48 h)", "Expert estimate" or "LR 3.2"
 * exactly as the assessment panel does, and lists findings under the exam's own headings.
 */
export interface PrintVocabulary {
  readonly examSections: readonly ExamLayoutSection[];
  readonly sex: Readonly<Record<Sex, string>>;
  readonly urgency: Readonly<Record<Urgency, string>>;
  readonly band: Readonly<Record<Band, string>>;
  readonly provenance: Readonly<Record<ProvenanceKind, string>>;
  readonly result: Readonly<Record<TestResult, string>>;
  readonly side: Readonly<Record<Side, string>>;
  readonly testCategories: readonly { readonly id: TestCategory; readonly label: string }[];
  readonly probability: (probability: number) => string;
  /** Below 1% to one decimal, where the 0.5% don't-miss threshold needs it. */
  readonly smallProbability: (probability: number) => string;
  readonly lr: (lr: number) => string;
  readonly witness: (witness: Witness) => string;
  readonly testReason: (reason: TestReason) => string;
  /** How to read the differential's numbers. */
  readonly differentialNote: string;
  /** What a condition's number rests on (its own evidence against its share; mostly estimates). */
  readonly conditionNotes: (condition: RankedCondition) => readonly string[];
  readonly otherCause: (other: OtherCause) => string;
}

const VocabularyContext = createContext<PrintVocabulary | null>(null);

export function PrintVocabularyProvider({
  value,
  children,
}: {
  readonly value: PrintVocabulary;
  readonly children: ReactNode;
}) {
  return <VocabularyContext value={value}>{children}</VocabularyContext>;
}

export function useVocabulary(): PrintVocabulary {
  const vocabulary = use(VocabularyContext);
  if (vocabulary === null) throw new Error('Print documents need a PrintVocabularyProvider');
  return vocabulary;
}
