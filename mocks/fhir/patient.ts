import { http, HttpResponse } from 'msw';
import { fhirPatientFixtures } from '../fixtures';
import { isFhirPatient, type FhirBundle, type FhirPatient, type OperationOutcome } from './types';

/** Any origin: the FHIR base URL is a setting, and tests run on jsdom's origin. */
export const FHIR_BASE = '*/fhir';

const FHIR_JSON = { 'Content-Type': 'application/fhir+json' };

function outcome(status: number, code: string, diagnostics: string) {
  const body: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics }],
  };
  return HttpResponse.json(body, { status, headers: FHIR_JSON });
}

function matches(patient: FhirPatient, params: URLSearchParams): boolean {
  const name = params.get('name')?.toLowerCase();
  const identifier = params.get('identifier');
  const names = (patient.name ?? [])
    .flatMap((n) => [n.family ?? '', ...(n.given ?? [])])
    .map((n) => n.toLowerCase());
  if (name && !names.some((n) => n.startsWith(name))) return false;
  if (
    identifier &&
    !(patient.identifier ?? []).some(
      (i) => i.value === identifier || `${i.system ?? ''}|${i.value}` === identifier,
    )
  ) {
    return false;
  }
  return true;
}

/**
 * A minimal in-memory FHIR R4 Patient endpoint: read, search (name, identifier), create, update,
 * delete. Enough for HTTP tests until the FHIR issue brings a real server.
 */
export function createFhirPatientHandlers(initial: readonly FhirPatient[] = fhirPatientFixtures) {
  const store = new Map<string, FhirPatient>(initial.map((p) => [p.id ?? '', structuredClone(p)]));
  let nextId = 1;
  const stamp = (patient: FhirPatient, id: string, version: number): FhirPatient => ({
    ...patient,
    id,
    meta: { versionId: String(version), lastUpdated: new Date().toISOString() },
  });

  return [
    http.get(`${FHIR_BASE}/Patient`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const found = [...store.values()].filter((p) => matches(p, params));
      const bundle: FhirBundle<FhirPatient> = {
        resourceType: 'Bundle',
        type: 'searchset',
        total: found.length,
        entry: found.map((resource) => ({ fullUrl: `Patient/${resource.id ?? ''}`, resource })),
      };
      return HttpResponse.json(bundle, { headers: FHIR_JSON });
    }),
    http.get(`${FHIR_BASE}/Patient/:id`, ({ params }) => {
      const patient = store.get(String(params.id));
      return patient
        ? HttpResponse.json(patient, { headers: FHIR_JSON })
        : outcome(404, 'not-found', `Patient/${String(params.id)} is not known`);
    }),
    http.post(`${FHIR_BASE}/Patient`, async ({ request }) => {
      const body: unknown = await request.json();
      if (!isFhirPatient(body)) return outcome(400, 'invalid', 'Body is not a Patient resource');
      const id = `mock-${String(nextId++)}`;
      const created = stamp(body, id, 1);
      store.set(id, created);
      return HttpResponse.json(created, {
        status: 201,
        headers: { ...FHIR_JSON, Location: `Patient/${id}/_history/1` },
      });
    }),
    http.put(`${FHIR_BASE}/Patient/:id`, async ({ request, params }) => {
      const id = String(params.id);
      const body: unknown = await request.json();
      if (!isFhirPatient(body) || body.id !== id)
        return outcome(400, 'invalid', 'Body must be a Patient with the same id');
      const previous = Number(store.get(id)?.meta?.versionId ?? '0');
      const updated = stamp(body, id, previous + 1);
      store.set(id, updated);
      return HttpResponse.json(updated, { status: previous === 0 ? 201 : 200, headers: FHIR_JSON });
    }),
    http.delete(`${FHIR_BASE}/Patient/:id`, ({ params }) => {
      store.delete(String(params.id));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
