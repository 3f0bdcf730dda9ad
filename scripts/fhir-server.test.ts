import { validateResource } from '@medplum/core';
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadFhirDefinitions } from './fhir-server';

/**
 * The test FHIR server (scripts/fhir-server.ts), started by globalSetup, seen over HTTP as the
 * app sees it: what FhirRouter does by itself and what the wrapper adds.
 */
const base = inject('fhirBaseUrl');
const FHIR = { 'Content-Type': 'application/fhir+json' };

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...FHIR, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json: unknown = text === '' ? {} : JSON.parse(text);
  return {
    status: response.status,
    headers: response.headers,
    json: typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {},
  };
}

function versionOf(json: Record<string, unknown>): string {
  const meta = json.meta;
  if (typeof meta !== 'object' || meta === null || !('versionId' in meta))
    throw new Error('no meta');
  return String(meta.versionId);
}

const patient = (id: string, family: string) => ({
  resourceType: 'Patient',
  id,
  name: [{ family, given: ['Test'] }],
  gender: 'female',
  birthDate: '1980-02-03',
});

describe('test FHIR server', () => {
  // Indexing the R4 definitions takes seconds on a busy machine.
  beforeAll(() => {
    loadFhirDefinitions();
  }, 60_000);

  it('serves a CapabilityStatement that passes the R4 structure validator', async () => {
    const { status, json } = await call('GET', '/metadata');
    expect(status).toBe(200);
    expect(json).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    expect(() => validateResource(json as unknown as CapabilityStatement)).not.toThrow();
  });

  it('creates by update (PUT with a client id), answering 201 with ETag and Location', async () => {
    const id = `p-${crypto.randomUUID()}`;
    const created = await call('PUT', `/Patient/${id}`, patient(id, 'First'));
    expect(created.status).toBe(201);
    const version = versionOf(created.json);
    expect(created.headers.get('ETag')).toBe(`W/"${version}"`);
    expect(created.headers.get('Location')).toBe(`${base}/Patient/${id}/_history/${version}`);
    const updated = await call('PUT', `/Patient/${id}`, patient(id, 'Second'), {
      'If-Match': `W/"${version}"`,
    });
    expect(updated.status).toBe(200);
    expect(versionOf(updated.json)).not.toBe(version);
  });

  it('refuses an update whose If-Match is not the current version (412) and keeps the resource', async () => {
    const id = `p-${crypto.randomUUID()}`;
    const created = await call('PUT', `/Patient/${id}`, patient(id, 'Kept'));
    const stale = await call('PUT', `/Patient/${id}`, patient(id, 'Lost'), {
      'If-Match': 'W/"stale"',
    });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ resourceType: 'OperationOutcome' });
    const read = await call('GET', `/Patient/${id}`);
    expect(read.json).toMatchObject({ name: [{ family: 'Kept' }] });
    expect(versionOf(read.json)).toBe(versionOf(created.json));
  });

  it('refuses an If-Match that is not an ETag instead of ignoring it', async () => {
    const id = `p-${crypto.randomUUID()}`;
    await call('PUT', `/Patient/${id}`, patient(id, 'Kept'));
    const bare = await call('PUT', `/Patient/${id}`, patient(id, 'Lost'), { 'If-Match': '1' });
    expect(bare.status).toBe(400);
  });

  it('checks If-Match on delete', async () => {
    const id = `p-${crypto.randomUUID()}`;
    const created = await call('PUT', `/Patient/${id}`, patient(id, 'Kept'));
    expect(
      (await call('DELETE', `/Patient/${id}`, undefined, { 'If-Match': 'W/"old"' })).status,
    ).toBe(412);
    expect((await call('GET', `/Patient/${id}`)).status).toBe(200);
    const ok = await call('DELETE', `/Patient/${id}`, undefined, {
      'If-Match': `W/"${versionOf(created.json)}"`,
    });
    expect(ok.status).toBe(200);
    expect((await call('GET', `/Patient/${id}`)).status).toBe(404);
  });

  it('refuses a resource that breaks the R4 structure, and writes nothing', async () => {
    const id = `p-${crypto.randomUUID()}`;
    const bad = await call('PUT', `/Patient/${id}`, { ...patient(id, 'X'), gender: 7 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('Patient.gender');
    expect((await call('GET', `/Patient/${id}`)).status).toBe(404);
  });

  it('runs a transaction atomically: a failing entry undoes the ones before it', async () => {
    const kept = `p-${crypto.randomUUID()}`;
    const fresh = `p-${crypto.randomUUID()}`;
    const created = await call('PUT', `/Patient/${kept}`, patient(kept, 'Before'));
    const result = await call('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: patient(fresh, 'New'), request: { method: 'PUT', url: `Patient/${fresh}` } },
        {
          resource: patient(kept, 'After'),
          request: { method: 'PUT', url: `Patient/${kept}`, ifMatch: 'W/"not-the-version"' },
        },
      ],
    });
    expect(result.status).toBe(412);
    expect((await call('GET', `/Patient/${fresh}`)).status).toBe(404);
    const read = await call('GET', `/Patient/${kept}`);
    expect(read.json).toMatchObject({ name: [{ family: 'Before' }] });
    expect(versionOf(read.json)).toBe(versionOf(created.json));
    const history = await call('GET', `/Patient/${kept}/_history`);
    expect(Array.isArray(history.json.entry) && history.json.entry.length).toBe(1);
  });

  it('refuses a transaction with an invalid resource before writing any of it', async () => {
    const first = `p-${crypto.randomUUID()}`;
    const result = await call('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: patient(first, 'Fine'), request: { method: 'PUT', url: `Patient/${first}` } },
        {
          resource: { resourceType: 'Observation', status: 'final' },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain('Bundle.entry[1].resource');
    expect((await call('GET', `/Patient/${first}`)).status).toBe(404);
  });

  it('answers a transaction with etag and lastModified per entry', async () => {
    const id = `p-${crypto.randomUUID()}`;
    const result = await call('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: patient(id, 'Tx'), request: { method: 'PUT', url: `Patient/${id}` } }],
    });
    expect(result.status).toBe(200);
    expect(result.json.type).toBe('transaction-response');
    const [entry] = Array.isArray(result.json.entry) ? (result.json.entry as unknown[]) : [];
    expect(entry).toMatchObject({ response: { status: '201' } });
    const response = (entry as { response: { etag?: string; lastModified?: string } }).response;
    expect(response.etag).toMatch(/^W\/".+"$/);
    expect(response.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('finds resources by subject, also several targets at once', async () => {
    const id = `p-${crypto.randomUUID()}`;
    await call('PUT', `/Patient/${id}`, patient(id, 'Sub'));
    const encounters = [`e-${crypto.randomUUID()}`, `e-${crypto.randomUUID()}`];
    for (const encounter of encounters) {
      await call('PUT', `/Encounter/${encounter}`, {
        resourceType: 'Encounter',
        id: encounter,
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
        subject: { reference: `Patient/${id}` },
      });
      await call('POST', '/Provenance', {
        resourceType: 'Provenance',
        target: [{ reference: `Encounter/${encounter}` }],
        recorded: '2025-01-01T00:00:00Z',
        agent: [{ who: { display: 'Dr Test' } }],
      });
    }
    const bySubject = await call('GET', `/Encounter?subject=Patient/${id}`);
    expect(bySubject.json).toMatchObject({ total: 2 });
    const byTarget = await call(
      'GET',
      `/Provenance?target=${encounters.map((e) => `Encounter/${e}`).join(',')}`,
    );
    expect(byTarget.json).toMatchObject({ total: 2 });
  });

  it('answers CORS preflights from pages on this machine only', async () => {
    const local = await fetch(`${base}/Patient/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4324', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(local.status).toBe(204);
    expect(local.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:4324');
    expect(local.headers.get('Access-Control-Allow-Headers')).toContain('If-Match');
    expect(local.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const remote = await fetch(`${base}/Patient/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(remote.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
