import { Link } from '@tanstack/react-router';
import { Notice } from '../../../ui/notice';
import { DEMO_PATIENT_COUNT, useLoadDemoPatients } from '../patient-mutations';

/** The empty state: add a real patient, or load fictional ones to try the app. */
export function DemoPatientsOffer() {
  const loadDemo = useLoadDemoPatients();
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">No patients on this device yet</h2>
      <p>Patient records are kept in this browser on this device. Nothing is sent anywhere.</p>
      <div className="empty-state__actions">
        <Link to="/patients/new" className="button button--primary">
          Add a patient
        </Link>
        <button
          type="button"
          className="button"
          disabled={loadDemo.isPending}
          onClick={() => {
            loadDemo.mutate();
          }}
        >
          {loadDemo.isPending ? 'Loading demo patients…' : 'Load demo patients'}
        </button>
      </div>
      <p className="muted">
        Demo patients are {DEMO_PATIENT_COUNT} fictional people with a few past visits. Each is
        marked “Demo” and has an identifier starting with DEMO-.
      </p>
      {loadDemo.isError ? (
        <Notice tone="error" title="The demo patients could not be loaded.">
          <p>{loadDemo.error.message}</p>
        </Notice>
      ) : null}
    </section>
  );
}
