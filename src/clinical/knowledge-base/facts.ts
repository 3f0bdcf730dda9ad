import type { DerivedFindingId } from './derived-findings.ts';
import type { ExamItemId } from './exam-items.ts';

/**
 * What a likelihood ratio, a red-flag rule or a contraindication can refer to: a test or yes/no
 * exam item, or a derived finding. The integrity test checks that every referenced exam item is
 * binary (a number must go through a derived finding with its threshold).
 */
export type FactId = ExamItemId | DerivedFindingId;
