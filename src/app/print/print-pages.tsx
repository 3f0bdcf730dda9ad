import { getRouteApi } from '@tanstack/react-router';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import {
  BAND_LABELS,
  conditionNotes,
  DIFFERENTIAL_NOTE,
  formatLr,
  formatProbability,
  formatSmallProbability,
  otherCauseText,
  PROVENANCE_LABELS,
  reasonText,
  RESULT_LABELS,
  SIDE_LABELS,
  TEST_CATEGORIES,
  URGENCY_LABELS,
  witnessLabel,
} from '../../features/assessment/assessment-format';
import { buildExamLayout } from '../../features/exam/exam-layout';
import { SEX_LABELS } from '../../features/patients/patient-labels';
import { PrintScreen } from '../../features/print/print-screen';
import type { PaperSize, PrintKind } from '../../features/print/print-toolbar';
import type { PrintVocabulary } from '../../features/print/print-vocabulary';

/**
 * The print screens, composed here because they speak the other screens' words: the assessment's
 * labels and formatters, the exam's sections and the patient labels (features never import each
 * other). Loaded lazily with the print routes, so none of it is in the first bundle.
 */
const VOCABULARY: PrintVocabulary = {
  examSections: buildExamLayout(EXAM_ITEMS),
  sex: SEX_LABELS,
  urgency: URGENCY_LABELS,
  band: BAND_LABELS,
  provenance: PROVENANCE_LABELS,
  result: RESULT_LABELS,
  side: SIDE_LABELS,
  testCategories: TEST_CATEGORIES,
  probability: formatProbability,
  smallProbability: formatSmallProbability,
  lr: formatLr,
  witness: witnessLabel,
  testReason: reasonText,
  differentialNote: DIFFERENTIAL_NOTE,
  conditionNotes,
  otherCause: otherCauseText,
};

const recordRoute = getRouteApi('/patients/$patientId/visits/$visitId/print/record');
const handoutRoute = getRouteApi('/patients/$patientId/visits/$visitId/print/handout');

function PrintPage({
  kind,
  route,
}: {
  readonly kind: PrintKind;
  readonly route: typeof recordRoute | typeof handoutRoute;
}) {
  const { patientId, visitId } = route.useParams();
  const { paper } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <PrintScreen
      kind={kind}
      patientId={patientId}
      visitId={visitId}
      paper={paper ?? 'a4'}
      onPaperChange={(next: PaperSize) => {
        void navigate({ search: next === 'a4' ? {} : { paper: next }, replace: true });
      }}
      vocabulary={VOCABULARY}
    />
  );
}

export function RecordPrintPage() {
  return <PrintPage kind="record" route={recordRoute} />;
}

export function HandoutPrintPage() {
  return <PrintPage kind="handout" route={handoutRoute} />;
}
