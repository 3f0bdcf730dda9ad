import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fhirTransfer } from '../../data/fhir/fhir-transfer';
import { MAX_IMPORT_BYTES } from '../../data/fhir/bundle-import';
import { downloadAllBundle } from '../../data/fhir/save-file';
import { patientQueries } from '../../data/patients/patient.queries';
import { visitQueries } from '../../data/visits/visit.queries';

export function useExportAll() {
  return useMutation({ mutationFn: downloadAllBundle });
}

/** Reads the chosen file and imports it; patients and visits are refreshed when it lands. */
export function useImportBundle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      // Refused before reading: a file this large would stall the page for nothing.
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error('The file is too large (more than 50 MB). Nothing was imported.');
      return fhirTransfer.importText(await file.text());
    },
    onSuccess: async (outcome) => {
      if (!outcome.ok) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: patientQueries.all() }),
        queryClient.invalidateQueries({ queryKey: visitQueries.all() }),
      ]);
    },
  });
}
