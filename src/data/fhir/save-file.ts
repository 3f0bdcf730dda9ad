import type { PatientId } from '../ids';
import { fhirTransfer, type BundleFile } from './fhir-transfer';

/**
 * Hands text to the browser as a file download (its own save dialog or downloads folder). The
 * only DOM code in the FHIR folder, kept here so the patient page and the exchange screen, which
 * may not import each other, save files the same way.
 */
export function saveTextFile(fileName: string, text: string, type = 'application/fhir+json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the blob only after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Builds one patient's Bundle and saves it; loaded on demand by the patient page's button. */
export async function downloadPatientBundle(patientId: PatientId): Promise<BundleFile> {
  const file = await fhirTransfer.exportPatient(patientId);
  saveTextFile(file.fileName, file.text);
  return file;
}

/** Builds the Bundle of every patient and saves it. */
export async function downloadAllBundle(): Promise<BundleFile> {
  const file = await fhirTransfer.exportAll();
  saveTextFile(file.fileName, file.text);
  return file;
}
