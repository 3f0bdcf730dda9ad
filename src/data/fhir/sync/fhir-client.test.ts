import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFhirServer, resetMockFhirServer } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { createFhirClient, FhirRequestError } from './fhir-client';

/** The FHIR client against the in-memory FHIR server that MSW serves (mocks/fhir). */
const BASE = 'http://fhir.mock.test/fhir';

beforeEach(() => {
  resetMockFhirServer();
});

const encounter = (id: string) => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  subject: { reference: 'Patient/p1' },
});

describe('FHIR client', () => {
  it('follows next links through every page of a search', async () => {
    mockFhirServer.seed(Array.from({ length: 120 }, (_, index) => encounter(`e${String(index)}`)));
    const found = await createFhirClient({ baseUrl: BASE }).searchAll('Encounter', {
      subject: 'Patient/p1',
    });
    expect(found).toHaveLength(120);
    expect(mockFhirServer.requestCount).toBe(3);
  });

  it('refuses a next link that leaves the configured server', async () => {
    server.use(
      http.get(`${BASE}/Encounter`, () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          link: [{ relation: 'next', url: 'https://elsewhere.example/fhir/Encounter?page=2' }],
          entry: [],
        }),
      ),
    );
    await expect(
      createFhirClient({ baseUrl: BASE }).searchAll('Encounter', {}),
    ).rejects.toMatchObject({
      kind: 'not-fhir',
      message: expect.stringContaining('outside its own address') as unknown,
    });
  });

  it('tells a version conflict (412) from a refusal and a server error', async () => {
    const client = createFhirClient({ baseUrl: `${BASE}/` });
    await client.transaction([
      { resource: encounter('e1'), request: { method: 'PUT', url: 'Encounter/e1' } },
    ]);
    const conflict = await client
      .transaction([
        {
          resource: encounter('e1'),
          request: { method: 'PUT', url: 'Encounter/e1', ifMatch: 'W/"7"' },
        },
      ])
      .catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(FhirRequestError);
    expect(conflict).toMatchObject({ kind: 'conflict', status: 412, retryable: false });

    mockFhirServer.setFault({ kind: 'status', status: 503 });
    await expect(client.read('Encounter', 'e1')).rejects.toMatchObject({
      kind: 'server',
      retryable: true,
    });
    mockFhirServer.setFault({ kind: 'status', status: 400 });
    await expect(client.read('Encounter', 'e1')).rejects.toMatchObject({
      kind: 'rejected',
      retryable: false,
    });
    mockFhirServer.setFault({ kind: 'offline' });
    await expect(client.read('Encounter', 'e1')).rejects.toMatchObject({
      kind: 'offline',
      retryable: true,
    });
  });

  it('reads the version the server stored from the transaction response', async () => {
    const client = createFhirClient({ baseUrl: BASE });
    const [first] = await client.transaction([
      { resource: encounter('e2'), request: { method: 'PUT', url: 'Encounter/e2' } },
    ]);
    expect(first).toMatchObject({ status: 201, versionId: '1' });
    const [second] = await client.transaction([
      {
        resource: encounter('e2'),
        request: { method: 'PUT', url: 'Encounter/e2', ifMatch: 'W/"1"' },
      },
    ]);
    expect(second).toMatchObject({ status: 200, versionId: '2' });
    expect(await client.read('Encounter', 'nobody')).toBeNull();
  });

  it('refuses an answer that is not FHIR', async () => {
    server.use(http.get(`${BASE}/Patient/p1`, () => HttpResponse.json({ hello: 'world' })));
    await expect(createFhirClient({ baseUrl: BASE }).read('Patient', 'p1')).rejects.toMatchObject({
      kind: 'not-fhir',
    });
  });
});
