import { useQuery } from '@tanstack/react-query';
import { persistenceQueries } from '../../data/settings/settings.queries';
import type { PersistenceState } from '../../data/settings/persistence';
import { OfflineCopyStatus } from './offline-copy';
import { useRequestPersistence } from './settings-mutations';

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: digits })} ${units[unit] ?? ''}`;
}

function persistenceText(state: PersistenceState, asked: boolean | undefined): string {
  if (!state.supported) {
    return 'This browser does not say whether it keeps records when the device runs short of space. Export a backup regularly.';
  }
  if (state.persisted) {
    return 'Protected: the browser has agreed not to clear these records when the device runs short of space. Clearing site data still deletes them.';
  }
  if (asked === false) {
    return 'The browser declined for now. Chrome and Edge agree by themselves for sites you use often, bookmark or install as an app; Firefox asks you. Either way, export a backup regularly.';
  }
  return 'Not protected: when the device runs short of space, the browser may clear the records of sites not used lately, this one included.';
}

/** What is kept where, in plain words, with the one control that changes it: persistent storage. */
export function StorageSection({
  fhirBaseUrl,
}: {
  /** The saved address; undefined while the settings cannot be read. */
  readonly fhirBaseUrl: string | undefined;
}) {
  const persistence = useQuery(persistenceQueries.state());
  const ask = useRequestPersistence();
  const state = persistence.data;
  return (
    <section className="panel" aria-labelledby="stored-where-title">
      <h2 id="stored-where-title">What is stored where</h2>
      <h3>On this device</h3>
      <p>
        Every patient, every visit (with its examination, assessment and plan) and these settings
        are kept in this browser’s own storage for this app (IndexedDB), on this device only.
        Another browser, another device or another user account on this computer cannot see them.
      </p>
      <OfflineCopyStatus />
      <h3>Clearing site data deletes them</h3>
      <p>
        Clearing this site’s data in the browser (“cookies and site data”), resetting the browser,
        or closing a private or incognito window deletes every record for good. Nothing can bring
        them back except a backup file you exported.
      </p>
      <h3>Space on the device</h3>
      <p role="status">
        {state
          ? persistenceText(state, ask.data)
          : 'Checking whether the browser protects these records…'}
      </p>
      {state?.supported && state.usage !== undefined && state.quota !== undefined ? (
        <p className="muted">
          This app’s records and files use about {formatBytes(state.usage)} of the{' '}
          {formatBytes(state.quota)} this browser allows it.
        </p>
      ) : null}
      {state?.supported && !state.persisted ? (
        <p>
          <button
            type="button"
            className="button"
            disabled={ask.isPending}
            onClick={() => {
              ask.mutate();
            }}
          >
            Ask the browser to keep these records
          </button>
        </p>
      ) : null}
      <h3>FHIR server</h3>
      <p>
        {fhirBaseUrl === undefined ? (
          'The settings cannot be read, so this screen cannot say whether a server is set.'
        ) : fhirBaseUrl === '' ? (
          'None is set, so nothing is sent anywhere: records never leave this device.'
        ) : (
          <>
            Set to <code>{fhirBaseUrl}</code>. Records you synchronise are sent to that server and
            kept there too, under the rules of whoever runs it. The copy on this device stays.
          </>
        )}
      </p>
      <h3>Backup files</h3>
      <p>
        A backup file holds every record in plain, unencrypted text. Keep it only where patient
        records may be kept, and delete copies you no longer need.
      </p>
    </section>
  );
}
