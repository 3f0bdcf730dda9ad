import { describe, expect, it } from 'vitest';
import { patientRecord, patientSchema, type Patient } from '../../patients/patient.schema';
import { visitRecord, visitSchema, type Visit } from '../../visits/visit.schema';
import { contentHash, stableStringify } from './content-hash';
import { FHIR_ID, type ServerResource } from './fhir-wire';
import { hashRecord } from './sync-engine';
import { appSyncMapping } from './sync-mapping';
import {
  buildLocalUnits,
  groupServerResources,
  rewriteReferences,
  sameVersions,
} from './sync-units';

const STAMP = '2025-03-01T10:00:00.000Z';

function patient(id = 'p-1'): Patient {
  return patientSchema.parse({
    schemaVersion: patientRecord.version,
    id,
    givenName: 'Ines',
    familyName: 'Navarro',
    dateOfBirth: '1984-03-09',
    sex: 'female',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

function visit(id: string, patientId: string, painNow: string): Visit {
  return visitSchema.parse({
    schemaVersion: visitRecord.version,
    id,
    patientId,
    date: '2025-02-01',
    clinician: 'Sam',
    careSetting: 'general',
    status: 'draft',
    findings: { 'pain-now': painNow, 'thomas-test': { left: 'positive', right: 'negative' } },
    redFlagActions: [],
    addenda: [],
    revision: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

function server(
  resourceType: string,
  id: string,
  extra: Record<string, unknown> = {},
): ServerResource {
  return { resourceType, id, meta: { versionId: '1' }, ...extra };
}

describe('content hash', () => {
  it('ignores key order and undefined properties, and notices any change', () => {
    expect(stableStringify({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[1,{"c":"x"}],"b":1}',
    );
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
    expect(contentHash('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('sync units', () => {
  const p = patient();
  const v = visit('v-1', p.id, '6');

  it('gives every resource a valid, stable FHIR id, the anchors their record ids', () => {
    const [patientUnit, visitUnit] = buildLocalUnits(appSyncMapping, p, [v], hashRecord);
    expect(patientUnit?.resources.map((r) => `${r.type}/${r.id}`)).toEqual(['Patient/p-1']);
    expect(visitUnit?.resources[0]).toMatchObject({ type: 'Encounter', id: 'v-1' });
    const ids = visitUnit?.resources.map((r) => r.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(FHIR_ID);
    // The same records again (new random fullUrls inside the mapping) give the same ids.
    const again = buildLocalUnits(appSyncMapping, p, [v], hashRecord)[1];
    expect(again?.resources.map((r) => r.id)).toEqual(ids);
  });

  it('keeps a finding’s id when its value changes, so it is updated rather than replaced', () => {
    const before = buildLocalUnits(appSyncMapping, p, [v], hashRecord)[1];
    const after = buildLocalUnits(appSyncMapping, p, [visit('v-1', p.id, '3')], hashRecord)[1];
    expect(after?.resources.map((r) => r.id)).toEqual(before?.resources.map((r) => r.id));
    expect(after?.localHash).not.toBe(before?.localHash);
  });

  it('keeps ids within 64 characters for the longest record ids', () => {
    const longId = 'x'.repeat(64);
    const units = buildLocalUnits(
      appSyncMapping,
      patient(longId),
      [visit('y'.repeat(64), longId, '5')],
      hashRecord,
    );
    for (const unit of units)
      for (const resource of unit.resources) expect(resource.id).toMatch(FHIR_ID);
  });

  it('points references at the server ids, not the mapping’s urn:uuid fullUrls', () => {
    const visitUnit = buildLocalUnits(appSyncMapping, p, [v], hashRecord)[1];
    const text = JSON.stringify(visitUnit?.resources.map((r) => r.body));
    expect(text).not.toContain('urn:uuid:');
    expect(text).toContain('"reference":"Patient/p-1"');
    expect(text).toContain('"reference":"Encounter/v-1"');
  });

  it('rewrites only known references', () => {
    expect(
      rewriteReferences(
        { a: { reference: 'urn:uuid:1' }, b: [{ reference: 'Other/2' }] },
        new Map([['urn:uuid:1', 'Patient/p']]),
      ),
    ).toEqual({ a: { reference: 'Patient/p' }, b: [{ reference: 'Other/2' }] });
  });
});

describe('grouping the server’s resources', () => {
  it('puts each resource with its visit, by encounter, by target and through a care plan', () => {
    const groups = groupServerResources([
      server('Patient', 'p'),
      server('Encounter', 'v1', { subject: { reference: 'Patient/p' } }),
      server('Observation', 'o1', { encounter: { reference: 'Encounter/v1' } }),
      server('Provenance', 'pr', { target: [{ reference: 'http://x/fhir/Encounter/v1' }] }),
      server('CarePlan', 'cp', {
        encounter: { reference: 'Encounter/v1' },
        goal: [{ reference: 'Goal/g1' }],
      }),
      server('Goal', 'g1', { subject: { reference: 'Patient/p' } }),
      server('Flag', 'f', { subject: { reference: 'Patient/p' } }),
    ]);
    expect(
      groups
        .get('v1')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['cp', 'g1', 'o1', 'pr', 'v1']);
    expect(
      groups
        .get('patient')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['f', 'p']);
  });

  it('compares versions as a set', () => {
    const resources = [server('Patient', 'p'), server('Encounter', 'v')];
    const recorded = [
      { type: 'Encounter', id: 'v', versionId: '1', hash: '0000000000000000' },
      { type: 'Patient', id: 'p', versionId: '1', hash: '0000000000000000' },
    ];
    expect(sameVersions(resources, recorded)).toBe(true);
    expect(sameVersions(resources, recorded.slice(1))).toBe(false);
    expect(
      sameVersions(
        [server('Patient', 'p'), { ...server('Encounter', 'v'), meta: { versionId: '2' } }],
        recorded,
      ),
    ).toBe(false);
  });
});
