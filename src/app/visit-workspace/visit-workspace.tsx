import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FindingsFormValues } from '../../data/visits/findings-form';
import { CARE_SETTING_LABELS, VISIT_STATUS_LABELS } from '../../data/visits/visit-labels';
import { visitQueries } from '../../data/visits/visit.queries';
import type { Visit } from '../../data/visits/visit.schema';
import { ExamForm } from '../../features/exam/exam-form';
import { findingsResolver } from '../../features/exam/findings-resolver';
import { Addenda } from '../../features/visits/addenda';
import { ConflictNotice } from '../../features/visits/conflict-notice';
import { SaveStatus } from '../../features/visits/save-status';
import { useAutosave } from '../../features/visits/use-autosave';
import {
  useAddAddendum,
  useRecordRedFlagAction,
  useSignVisit,
} from '../../features/visits/visit-mutations';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { PrintLinks } from '../print/print-links';
import { LiveWorkspace } from './live-workspace';
import './visit-workspace.css';

/**
 * Exam on one side, live assessment and signing on the other. The form is built once from the
 * stored draft; every change is autosaved, and the side panel follows it at once.
 */
export function VisitWorkspace({
  initial,
  patientName,
}: {
  readonly initial: Visit;
  readonly patientName: string;
}) {
  const visit =
    useQuery({ ...visitQueries.detail(initial.id), initialData: initial }).data ?? initial;
  const form = useForm<FindingsFormValues>({
    resolver: findingsResolver,
    mode: 'onChange',
    defaultValues: initial.findings,
  });
  const autosave = useAutosave(initial);
  const { schedule } = autosave;
  const recordAction = useRecordRedFlagAction(initial.id);
  const sign = useSignVisit(initial.id);
  const addAddendum = useAddAddendum(initial.id);
  const [actionError, setActionError] = useState<string | null>(null);

  // Autosave listens to the form (an external store) without re-rendering this component.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          schedule(values);
        },
      }),
    [form, schedule],
  );

  /** Runs a visit mutation after the draft is saved, at the revision that save produced. */
  async function afterSave(run: (revision: number) => Promise<unknown>): Promise<void> {
    setActionError(null);
    try {
      await autosave.flush();
      await run(autosave.latest().revision);
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    }
  }

  const signed = visit.status === 'signed';
  // Made once per status: LiveWorkspace re-renders on every change but reuses this element.
  const exam = useMemo(() => <ExamForm form={form} readOnly={signed} />, [form, signed]);
  const busy = recordAction.isPending || sign.isPending || addAddendum.isPending;
  const clinician = visit.clinician || 'Clinician';
  return (
    <>
      <PageHeader
        title={`Visit on ${formatDate(visit.date)} — ${patientName}`}
        screenName="Visit"
        actions={<PrintLinks patientId={visit.patientId} visitId={visit.id} />}
      >
        <p className="visit-meta">
          <Badge>{VISIT_STATUS_LABELS[visit.status]}</Badge>{' '}
          {CARE_SETTING_LABELS[visit.careSetting]} · {clinician} ·{' '}
          <Link to="/patients/$patientId" params={{ patientId: visit.patientId }}>
            Back to {patientName}
          </Link>{' '}
          ·{' '}
          <Link
            to="/patients/$patientId/visits/$visitId/plan"
            params={{ patientId: visit.patientId, visitId: visit.id }}
          >
            Treatment plan
          </Link>
        </p>
        {signed ? <p>Signed visits are read-only.</p> : <SaveStatus state={autosave.state} />}
      </PageHeader>
      {autosave.state.status === 'conflict' ? (
        <ConflictNotice
          theirs={autosave.state.theirs}
          onKeepMine={() => {
            if (autosave.state.status === 'conflict')
              void autosave.overwriteTheirs(autosave.state.theirs);
          }}
          onUseTheirs={() => {
            if (autosave.state.status !== 'conflict') return;
            const theirs = autosave.state.theirs;
            autosave.acceptTheirs(theirs);
            form.reset(theirs.findings);
          }}
        />
      ) : null}
      {actionError === null ? null : (
        <Notice tone="error" title="That could not be saved.">
          <p>{actionError}</p>
        </Notice>
      )}
      <LiveWorkspace
        control={form.control}
        visit={visit}
        exam={exam}
        busy={busy}
        onRecordAction={(action) =>
          afterSave((revision) =>
            recordAction.mutateAsync({ revision, action: { ...action, recordedBy: clinician } }),
          )
        }
        onSign={() => afterSave((revision) => sign.mutateAsync({ revision, signedBy: clinician }))}
        after={
          signed ? (
            <Addenda
              visit={visit}
              busy={busy}
              onAdd={(text) =>
                afterSave((revision) =>
                  addAddendum.mutateAsync({ revision, text, author: clinician }),
                )
              }
            />
          ) : null
        }
      />
    </>
  );
}
