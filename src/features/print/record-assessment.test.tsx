import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assess } from '../../clinical/index.ts';
import { RecordAssessment } from './record-assessment';
import { PrintVocabularyProvider, type PrintVocabulary } from './print-vocabulary';
import type { SourceIndex } from './record-sources';
import { HIP_PAIN_ON_COMPLETE_MAP } from '../../test/findings-fixtures';

/** Plain words: this test checks the reason line, not the vocabulary the app hands in. */
const VOCABULARY: PrintVocabulary = {
  examSections: [],
  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' },
  urgency: { emergency: 'Emergency', urgent: 'Urgent', soon: 'Soon' },
  band: { likely: 'Likely', possible: 'Possible', unlikely: 'Unlikely' },
  provenance: {
    published: 'Published',
    computed: 'Computed',
    secondary: 'Secondary source',
    'expert-estimate': 'Expert estimate',
  },
  result: { positive: 'Positive', negative: 'Negative', 'not-tested': 'Not tested' },
  side: { left: 'Left', right: 'Right' },
  testCategories: [],
  probability: (p) => `${Math.round(p * 100)}%`,
  smallProbability: (p) => `${(p * 100).toFixed(1)}%`,
  lr: (lr) => `LR ${lr}`,
  witness: (w) => w.fact,
  testReason: () => 'reason',
  differentialNote: 'How to read.',
  conditionNotes: () => [],
  otherCause: () => 'Another cause.',
};

const SOURCES: SourceIndex = { cite: () => '[1]', list: [] };

describe('the printed assessment', () => {
  it('says when a pain-map region counted as absent because the map was marked complete', () => {
    const assessment = assess(HIP_PAIN_ON_COMPLETE_MAP, { setting: 'general' });
    render(
      <PrintVocabularyProvider value={VOCABULARY}>
        <RecordAssessment assessment={assessment} sources={SOURCES} />
      </PrintVocabularyProvider>,
    );
    const groin = screen.getByText(/^Groin: absent/);
    expect(groin).toHaveTextContent(
      'Groin: absent (not ticked on a pain map marked complete), LR 0.5, counted.',
    );
    expect(screen.getByText(/^Hip internal rotation below 15°/)).toHaveTextContent(
      /^Hip internal rotation below 15°, right: present, LR [\d.]+, counted\./,
    );
  });
});
