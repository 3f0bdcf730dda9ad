import { useState, type SyntheticEvent } from 'react';
import { MAX_IMPORT_BYTES } from '../../data/fhir/bundle-import';
import { pluralise } from '../../lib/numbers';
import { TextField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import './exchange-page.css';
import { useExportAll, useImportBundle } from './fhir-mutations';
import { ImportResult } from './import-result';

function ExportAll() {
  const exportAll = useExportAll();
  const file = exportAll.data;
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>
        Saves every patient and visit on this device as one FHIR R4 Bundle (a JSON file). To export
        one patient, use “Export (FHIR)” on their record.
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={exportAll.isPending}
        onClick={() => {
          exportAll.mutate();
        }}
      >
        {exportAll.isPending ? 'Exporting…' : 'Export all patients'}
      </button>
      <div role="status" className="exchange__status">
        {file === undefined ? null : (
          <p>
            Saved {file.fileName}: {pluralise(file.patients, 'patient')},{' '}
            {pluralise(file.visits, 'visit')}, {pluralise(file.resources, 'FHIR resource')}.
            {file.unreadable > 0
              ? ` ${pluralise(file.unreadable, 'stored record')} could not be read and ${file.unreadable === 1 ? 'is' : 'are'} not in the file (still on this device).`
              : ''}
          </p>
        )}
      </div>
      {exportAll.isError ? (
        <Notice tone="error" title="The export failed.">
          <p>{exportAll.error.message}</p>
        </Notice>
      ) : null}
    </section>
  );
}

function ImportBundle() {
  const importBundle = useImportBundle();
  const [file, setFile] = useState<File | undefined>();
  const [missing, setMissing] = useState(false);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setMissing(file === undefined);
    if (file !== undefined) importBundle.mutate(file);
  }

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>
        Reads a Bundle exported by this app. The whole file is checked first: if anything in it is
        wrong, nothing is imported. Records already here are never overwritten.
      </p>
      <form className="exchange__form" noValidate onSubmit={submit}>
        <TextField
          type="file"
          name="bundle"
          label="FHIR R4 Bundle (JSON file)"
          hint={`Up to ${String(MAX_IMPORT_BYTES / 1024 / 1024)} MB.`}
          accept=".json,application/json,application/fhir+json"
          error={missing ? 'Choose a file to import' : undefined}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0]);
            setMissing(false);
            importBundle.reset();
          }}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={importBundle.isPending}
          >
            {importBundle.isPending ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
      {importBundle.isPending ? <p role="status">Reading and checking the file…</p> : null}
      {importBundle.data === undefined ? null : <ImportResult outcome={importBundle.data} />}
      {importBundle.isError ? (
        <Notice tone="error" title="The import failed; nothing was changed.">
          <p>{importBundle.error.message}</p>
        </Notice>
      ) : null}
    </section>
  );
}

/** Export and import of records as FHIR R4 Bundles, to hand them to another system. */
export function ExchangePage() {
  return (
    <>
      <PageHeader title="Exchange records (FHIR R4)" />
      <p>
        FHIR R4 is the standard format health records systems exchange. Files are saved and read on
        this device only; nothing is sent anywhere.
      </p>
      <ExportAll />
      <ImportBundle />
    </>
  );
}
