import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useMemo, useState } from 'react';
import { syncAttentionQuery } from '../../../data/fhir/sync/sync-attention';
import { patientQueries } from '../../../data/patients/patient.queries';
import { lastVisitDatesQuery } from '../../../data/visits/visit-dates';
import { todayIsoDate } from '../../../lib/dates';
import { formatCount, pluralise } from '../../../lib/numbers';
import { TextField } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { PageHeader } from '../../../ui/page-header';
import { UnreadableRecordsNotice } from '../unreadable-records-notice';
import { DemoPatientsOffer } from './demo-patients-offer';
import { filterPatientRows, toPatientRows } from './patient-rows';
import { PatientTable } from './patient-table';

const newPatientLink = (
  <Link to="/patients/new" className="button button--primary">
    New patient
  </Link>
);

export function PatientsPage() {
  const patients = useQuery(patientQueries.list());
  const lastVisits = useQuery(lastVisitDatesQuery());
  const syncAttention = useQuery(syncAttentionQuery());
  const [search, setSearch] = useState('');
  // Typing stays responsive: the table re-filters at lower priority than the keystroke.
  const deferredSearch = useDeferredValue(search);
  const [today] = useState(() => todayIsoDate());

  const rows = useMemo(
    () => toPatientRows(patients.data?.patients ?? [], lastVisits.data, today, syncAttention.data),
    [patients.data, lastVisits.data, today, syncAttention.data],
  );
  const visibleRows = useMemo(
    () => filterPatientRows(rows, deferredSearch),
    [rows, deferredSearch],
  );

  if (patients.isPending) {
    return (
      <>
        <PageHeader title="Patients" />
        <p role="status">Loading patients…</p>
      </>
    );
  }
  if (patients.isError) {
    return (
      <>
        <PageHeader title="Patients" />
        <Notice tone="error" title="Patient records could not be loaded.">
          <p>{patients.error.message}</p>
        </Notice>
      </>
    );
  }

  const { unreadable } = patients.data;
  return (
    <>
      <PageHeader title="Patients" actions={rows.length > 0 ? newPatientLink : undefined} />
      <UnreadableRecordsNotice records={unreadable} what="patient" />
      {rows.length === 0 ? (
        <DemoPatientsOffer />
      ) : (
        <>
          <search className="table-tools">
            <TextField
              label="Search patients"
              hint="Name or identifier"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
              }}
            />
            <p role="status" className="table-tools__count">
              {visibleRows.length === rows.length
                ? pluralise(rows.length, 'patient')
                : `Showing ${formatCount(visibleRows.length)} of ${pluralise(rows.length, 'patient')}`}
            </p>
          </search>
          <PatientTable
            rows={visibleRows}
            emptyMessage={`No patients match “${deferredSearch.trim()}”.`}
          />
        </>
      )}
    </>
  );
}
