import { Link } from '@tanstack/react-router';
import { useMemo, type ReactElement, type ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { FindingsFormValues } from '../../data/visits/findings-form';
import { toStoredDraft } from '../../data/visits/findings-form';
import { assessVisit } from '../../data/visits/assess-visit';
import { checkSigning } from '../../data/visits/visit-signing';
import type { RedFlagAction, Visit } from '../../data/visits/visit.schema';
import { AssessmentPanel } from '../../features/assessment/assessment-panel';
import { focusExamItem } from '../../features/exam/exam-form';
import { SigningPanel } from '../../features/visits/signing-panel';

const URGENCY_WORDS = { emergency: 'emergency today', urgent: 'urgent', soon: 'soon' } as const;

/**
 * The live part of the workspace. It alone subscribes to every form value: a change re-renders
 * the assessment, signing panel and red-flag strip, while the exam (passed in as an element made
 * once by the parent) is left alone, so typing stays fast across ~300 controls. Invalid entries
 * never reach the engine (assessVisit reads only valid values) but do block signing.
 */
export function LiveWorkspace({
  control,
  visit,
  exam,
  after,
  busy,
  onRecordAction,
  onSign,
}: {
  readonly control: Control<FindingsFormValues>;
  readonly visit: Visit;
  readonly exam: ReactElement;
  /** Shown under the assessment (addenda on a signed visit). */
  readonly after?: ReactNode;
  readonly busy: boolean;
  readonly onRecordAction: (
    action: Pick<RedFlagAction, 'redFlagId' | 'response' | 'note'> & {
      urgency?: RedFlagAction['urgency'];
    },
  ) => Promise<void>;
  readonly onSign: () => Promise<void>;
}) {
  const values = useWatch({ control });
  // The assessment and the signing check read the same derivation (assessVisit), made once.
  const { assessment, check } = useMemo(() => {
    const draft = { ...visit, findings: toStoredDraft(values) };
    const assessed = assessVisit(draft);
    return { assessment: assessed.assessment, check: checkSigning(draft, assessed) };
  }, [values, visit]);
  const flags = assessment.redFlags;
  return (
    <>
      {flags.length > 0 ? (
        // On narrow screens the assessment follows the long exam; this keeps red flags in view.
        <p className="red-flag-strip">
          <strong>Red flags:</strong>{' '}
          {flags.map((f) => `${f.name} (${URGENCY_WORDS[f.urgency]})`).join('; ')}.{' '}
          <a href="#assessment">Go to the red flags</a>
        </p>
      ) : null}
      <div className="visit-workspace">
        <div className="visit-workspace__exam">{exam}</div>
        <section
          id="assessment"
          className="visit-workspace__side"
          aria-label="Assessment"
          tabIndex={-1}
        >
          <AssessmentPanel assessment={assessment} onGoToItem={focusExamItem} />
          <p className="visit-workspace__plan-link">
            <Link
              to="/patients/$patientId/visits/$visitId/plan"
              params={{ patientId: visit.patientId, visitId: visit.id }}
              className="button"
            >
              Open the treatment plan
            </Link>
          </p>
          {visit.status === 'draft' ? (
            <SigningPanel
              visit={visit}
              check={check}
              busy={busy}
              onRecordAction={onRecordAction}
              onSign={onSign}
            />
          ) : null}
          {after}
        </section>
      </div>
    </>
  );
}
