import { useMemo } from 'react';
import type { Assessment } from '../../clinical/index.ts';
import { DifferentialList } from './differential-list';
import { MatchedRules } from './matched-rules';
import { NextTest } from './next-test';
import { NotYetExcluded } from './not-yet-excluded';
import { RedFlagAlerts } from './red-flag-alerts';
import { TestRecommendationList } from './test-recommendations';
import './assessment-panel.css';

/**
 * The live assessment: red flags first and always in full, then the serious causes not yet
 * excluded (whatever their rank), then the differential (or why it is not ranked yet), contributing factors and presentation, recommended tests and the next best
 * in-clinic test. It re-renders on every finding change, so it only lays out what assess()
 * already computed; each part is memoised on its slice of the assessment.
 */
export function AssessmentPanel({
  assessment,
  onGoToItem,
}: {
  readonly assessment: Assessment;
  readonly onGoToItem: (examItemId: string) => void;
}) {
  const { differential } = assessment;
  const conditionNames = useMemo(
    () => new Map<string, string>(differential.map((c) => [c.id, c.name])),
    [differential],
  );
  return (
    <div className="assessment-panel">
      <RedFlagAlerts flags={assessment.redFlags} />
      <NotYetExcluded entries={assessment.notYetExcluded} />
      <DifferentialList
        differential={differential}
        otherCause={assessment.otherCause}
        sufficiency={assessment.sufficiency}
      />
      <MatchedRules
        factors={assessment.contributingFactors}
        presentation={assessment.presentation}
      />
      <TestRecommendationList tests={assessment.tests} conditionNames={conditionNames} />
      <NextTest test={assessment.tests.nextInClinic} onGoToItem={onGoToItem} />
    </div>
  );
}
