import { useQuery } from '@tanstack/react-query';
import { settingsQueries } from '../../data/settings/settings.queries';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { BackupExport } from './backup-export';
import { RestorePanel } from './restore/restore-panel';
import { SettingsForm } from './settings-form';
import { StorageSection } from './storage-section';
import './settings.css';

/** Preferences, backup and restore, and what is stored where. */
export function SettingsPage() {
  const settings = useQuery(settingsQueries.detail());
  return (
    <>
      <PageHeader title="Settings" />
      {settings.isPending ? <p role="status">Loading settings…</p> : null}
      {settings.isError ? (
        <Notice tone="error" title="The settings cannot be read.">
          <p>{settings.error.message}</p>
          <p>The stored settings have been left unchanged. Backup and restore still work below.</p>
        </Notice>
      ) : null}
      <div className="settings-page">
        {settings.data ? <SettingsForm settings={settings.data} /> : null}
        <section className="panel" aria-labelledby="backup-title">
          <h2 id="backup-title">Backup and restore</h2>
          <BackupExport />
          <RestorePanel />
        </section>
        <StorageSection fhirBaseUrl={settings.data?.fhirBaseUrl} />
      </div>
    </>
  );
}
