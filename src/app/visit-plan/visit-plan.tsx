import { useQuery } from '@tanstack/react-query';
import { Link, useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { planFromDraft } from '../../clinical/index.ts';
import type { PlanRecord } from '../../clinical/index.ts';
import { CARE_SETTING_LABELS, VISIT_STATUS_LABELS } from '../../data/visits/visit-labels';
import { visitQueries } from '../../data/visits/visit.queries';
import type { Visit } from '../../data/visits/visit.schema';
import { PlanEditor } from '../../features/plan/plan-editor';
import { checkPlan, type CheckedPlan } from '../../features/plan/plan-form';
import { usePlanDraft } from '../../features/plan/use-plan-draft';
import { ConflictNotice } from '../../features/visits/conflict-notice';
import { SaveStatus } from '../../features/visits/save-status';
import { usePlanAutosave, type SaveState } from '../../features/visits/use-autosave';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { PrintLinks } from '../print/print-links';
import '../visit-workspace/visit-workspace.css';
import './visit-plan.css';

const INVALID: SaveState = { status: 'error', message: 'fix the highlighted field' };
const LEAVE_INVALID =
  'A field in the plan is not valid, so your latest change to it is not saved. Leave anyway and lose that change?';

/**
 * The treatment plan of one visit: the plan editor (features/plan) with the visit's autosave,
 * save status and conflict notice (features/visits). A visit without a plan gets the core's
 * draft, saved at once; a signed visit's plan is read-only.
 */
export function VisitPlan({
  initial,
  patientName,
}: {
  readonly initial: Visit;
  readonly patientName: string;
}) {
  const visit =
    useQuery({ ...visitQueries.detail(initial.id), initialData: initial }).data ?? initial;
  const signed = visit.status === 'signed';
  const { draft, context } = usePlanDraft(visit);
  const autosave = usePlanAutosave(initial);
  const { schedule, flush } = autosave;
  // What the editor starts from; replaced (with a new editor) when the other tab's version is taken.
  const [start, setStart] = useState<{ plan: PlanRecord; key: number } | null>(() => {
    const plan = initial.plan ?? (initial.status === 'signed' ? undefined : planFromDraft(draft));
    return plan === undefined ? null : { plan, key: 0 };
  });
  const [invalid, setInvalid] = useState(false);

  // A visit without a plan: the draft is the first autosave, written at once.
  const firstPlan = initial.plan === undefined ? start?.plan : undefined;
  useEffect(() => {
    if (firstPlan === undefined) return;
    const checked = checkPlan({ plan: firstPlan, raw: {} }, initial.date);
    if (!checked.valid) return;
    schedule(checked.plan);
    void flush();
  }, [firstPlan, schedule, flush, initial.date]);

  // An entry that fails its check is on screen only: leaving would lose it, so ask first.
  useBlocker({
    shouldBlockFn: () => invalid && !window.confirm(LEAVE_INVALID),
    enableBeforeUnload: () => invalid,
  });

  const onChange = useCallback(
    (checked: CheckedPlan) => {
      setInvalid(!checked.valid);
      if (checked.valid) schedule(checked.plan);
    },
    [schedule],
  );
  const compareHref = useCallback(
    (ids: readonly string[]) =>
      `/compare?options=${ids.map(encodeURIComponent).join(',')}&patient=${visit.patientId}&visit=${visit.id}`,
    [visit.patientId, visit.id],
  );
  const state = autosave.state.status === 'conflict' || !invalid ? autosave.state : INVALID;
  return (
    <>
      <nav aria-label="Breadcrumb" className="plan-breadcrumb">
        <ol>
          <li>
            <Link to="/patients">Patients</Link>
          </li>
          <li>
            <Link to="/patients/$patientId" params={{ patientId: visit.patientId }}>
              {patientName}
            </Link>
          </li>
          <li>
            <Link
              to="/patients/$patientId/visits/$visitId"
              params={{ patientId: visit.patientId, visitId: visit.id }}
            >
              Visit on {formatDate(visit.date)}
            </Link>
          </li>
        </ol>
      </nav>
      <PageHeader
        title={`Treatment plan — ${patientName}`}
        screenName="Treatment plan"
        actions={<PrintLinks patientId={visit.patientId} visitId={visit.id} />}
      >
        <p className="visit-meta">
          <Badge>{VISIT_STATUS_LABELS[visit.status]}</Badge> Visit on {formatDate(visit.date)} ·{' '}
          {CARE_SETTING_LABELS[visit.careSetting]} · {visit.clinician || 'Clinician'} ·{' '}
          <Link
            to="/patients/$patientId/visits/$visitId"
            params={{ patientId: visit.patientId, visitId: visit.id }}
          >
            Back to the visit
          </Link>
        </p>
        {signed ? (
          <p>
            Signed visits are read-only. To add to the plan, write an addendum in the visit
            workspace.
          </p>
        ) : (
          <SaveStatus state={state} />
        )}
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
            setInvalid(false);
            setStart((s) => ({
              plan: theirs.plan ?? planFromDraft(draft),
              key: (s?.key ?? 0) + 1,
            }));
          }}
        />
      ) : null}
      {start === null ? (
        <Notice tone="info" title="No plan was kept with this visit before it was signed.">
          <p>Add the plan as an addendum in the visit workspace.</p>
        </Notice>
      ) : (
        <PlanEditor
          key={start.key}
          initial={start.plan}
          draft={draft}
          context={context}
          visitDate={visit.date}
          redFlagRecords={visit.redFlagActions}
          readOnly={signed}
          compareHref={compareHref}
          onChange={onChange}
        />
      )}
    </>
  );
}
