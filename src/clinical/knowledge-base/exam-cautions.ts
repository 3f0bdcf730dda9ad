import type { SourceId } from './sources.ts';
import type { ExamCaution } from './types.ts';

/**
 * When not to perform an exam item for this patient, keyed by exam item id. The exam form shows
 * each caution beside its item while the rule holds on the current findings; the clinician can
 * still record the item.
 *
 * After a hip replacement on the painful side, FADIR (flexion to 90° with adduction and internal
 * rotation) and the scour test (flexion and adduction under axial load) take the replaced hip into
 * the combined position that risks dislocation. The log roll is left out on purpose: it rotates the
 * extended hip gently, without flexion or adduction. Exam-item ids are checked by a test.
 */

const THR_PRECAUTIONS =
  'Precautions depend on the surgical approach and the surgeon’s instructions, and they differ between approaches and surgeons (Peak 2005).';

export const EXAM_CAUTIONS: Readonly<Record<string, readonly ExamCaution<SourceId>[]>> = {
  fadir: [
    {
      when: { fact: 'hip-prosthesis' },
      text: `Hip replacement on this side: FADIR takes the hip into flexion, adduction and internal rotation, the position that risks dislocation. Leave it out unless the surgeon’s precautions allow it (team rule). ${THR_PRECAUTIONS}`,
      sources: ['team-rule', 'peak2005'],
    },
  ],
  scour: [
    {
      when: { fact: 'hip-prosthesis' },
      text: `Hip replacement on this side: the scour test loads the hip in flexion and adduction, which risks dislocation. Leave it out unless the surgeon’s precautions allow it (team rule). ${THR_PRECAUTIONS}`,
      sources: ['team-rule', 'peak2005'],
    },
  ],
};
