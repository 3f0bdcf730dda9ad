import { describe, expect, it } from 'vitest';
import { isFhirPatient } from './fhir/types';

const base = 'http://fhir.example.test/fhir';

async function json(response: Response): Promise<unknown> {
  return response.json();
}

describe('mock FHIR Patient endpoint', () => {
  it('finds a fixture patient by name', async () => {
    const response = await fetch(`${base}/Patient?name=lindq`);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      resourceType: 'Bundle',
      total: 1,
      entry: [{ resource: { name: [{ family: 'Lindqvist' }] } }],
    });
  });

  it('creates a patient and reads it back', async () => {
    const created = await fetch(`${base}/Patient`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Patient',
        name: [{ family: 'Navarro', given: ['Ines'] }],
      }),
    });
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(isFhirPatient(body)).toBe(true);
    const id = isFhirPatient(body) ? body.id : undefined;
    const read = await fetch(`${base}/Patient/${id ?? ''}`);
    expect(read.status).toBe(200);
    expect(await json(read)).toMatchObject({
      resourceType: 'Patient',
      id,
      meta: { versionId: '1' },
    });
  });

  it('answers an unknown id with 404 and an OperationOutcome', async () => {
    const response = await fetch(`${base}/Patient/nobody`);
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ resourceType: 'OperationOutcome' });
  });

  it('rejects a body that is not a Patient', async () => {
    const response = await fetch(`${base}/Patient`, {
      method: 'POST',
      body: JSON.stringify({ resourceType: 'Observation' }),
    });
    expect(response.status).toBe(400);
  });

  it('fails a request that has no handler instead of letting it leave the machine', async () => {
    await expect(fetch('http://elsewhere.example.test/anything')).rejects.toThrow();
  });
});
