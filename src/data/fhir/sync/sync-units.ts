import type { Patient } from '../../patients/patient.schema';
import type { Visit } from '../../visits/visit.schema';
import { contentHash, stableStringify } from './content-hash';
import type { ServerResource } from './fhir-wire';
import { PATIENT_UNIT, type SyncedResource, type UnitKind } from './sync-state.schema';

/**
 * How a patient's records become sync units with server ids, and how the server's resources are
 * put back into the same units.
 *
 * Ids are chosen by this device and never change: the Patient has the patient's id, a visit's
 * Encounter the visit's id, and every other resource `<unit key>-<16 hex digits>`, a hash of what
 * the resource is about (type, code, body site, category, description) — so the Observation for "Thomas
 * test, left" keeps its id when its value changes, and is updated rather than replaced. Writing
 * with ids the client chose is FHIR's "update as create" (PUT), which the server must allow.
 */

/** A FHIR resource as JSON: what the mapping writes and the server returns. */
export interface FhirJson {
  readonly resourceType: string;
  readonly id?: string | undefined;
}

/** One element of a resource, whatever its type says (resources are plain JSON objects). */
export function elementOf(resource: object, name: string): unknown {
  const value: unknown = Object.getOwnPropertyDescriptor(resource, name)?.value;
  return value;
}

/** One entry of the mapping's Bundle: references between entries use these fullUrls. */
export interface MappedEntry {
  readonly fullUrl: string;
  readonly resource: FhirJson;
}

/** The FHIR mapping as the sync needs it (see sync-mapping.ts for the one the app uses). */
export interface SyncMapping {
  /** Resource types that hang off a patient, searched on the server by `subject`. */
  readonly dependentTypes: readonly string[];
  /** Resource types that point at a visit's Encounter by `target` (Provenance), searched so. */
  readonly encounterTargetTypes: readonly string[];
  /** The patient's own resources (the Patient first), without any visit. */
  exportPatient(patient: Patient): readonly MappedEntry[];
  /** One visit's resources (its Encounter first); may include the Patient, which is ignored. */
  exportVisit(patient: Patient, visit: Visit): readonly MappedEntry[];
  /** The patient back from the server's resources for the patient's unit; throws if it cannot. */
  importPatient(entries: readonly MappedEntry[]): Patient;
  /** A visit back from the Patient and that visit's resources; throws if it cannot. */
  importVisit(entries: readonly MappedEntry[]): Visit;
}

/** A resource as this device wants it on the server. */
export interface DesiredResource {
  readonly type: string;
  readonly id: string;
  readonly body: FhirJson;
  readonly hash: string;
}

export interface LocalUnit {
  readonly key: string;
  readonly kind: UnitKind;
  readonly record: Patient | Visit;
  readonly localHash: string;
  readonly updatedAt: string;
  readonly resources: readonly DesiredResource[];
}

/** The resource's elements except `meta`, which belongs to the server. */
export function withoutMeta(resource: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(resource).filter(([name]) => name !== 'meta'));
}

/** The content that matters for change detection: everything but `meta`. */
export function resourceHash(resource: FhirJson): string {
  return contentHash(withoutMeta(resource));
}

function identityOf(resource: FhirJson): string {
  const pick = (name: string): unknown => elementOf(resource, name);
  const description = pick('description');
  return stableStringify({
    type: resource.resourceType,
    code: pick('code'),
    bodySite: pick('bodySite'),
    category: pick('category'),
    description:
      typeof description === 'object' && description !== null && 'text' in description
        ? description.text
        : description,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces every `reference` found in `references` (fullUrl or Type/id → Type/serverId). */
export function rewriteReferences(
  value: unknown,
  references: ReadonlyMap<string, string>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, references));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      key === 'reference' && typeof item === 'string'
        ? (references.get(item) ?? item)
        : rewriteReferences(item, references);
  }
  return out;
}

interface IdPlan {
  readonly entry: MappedEntry;
  readonly id: string;
}

function planIds(unitKey: string, entries: readonly MappedEntry[], anchorId: string): IdPlan[] {
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    if (index === 0) return { entry, id: anchorId };
    const identity = identityOf(entry.resource);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    // At most 47 + 1 + 16 = 64 characters, FHIR's limit; the hash covers the whole key.
    const hash = contentHash(`${unitKey}|${identity}#${String(ordinal)}`);
    return { entry, id: `${unitKey.slice(0, 47)}-${hash}` };
  });
}

function referencesOf(plans: readonly IdPlan[]): Map<string, string> {
  const references = new Map<string, string>();
  for (const { entry, id } of plans) {
    const target = `${entry.resource.resourceType}/${id}`;
    references.set(entry.fullUrl, target);
    if (entry.resource.id !== undefined) {
      references.set(`${entry.resource.resourceType}/${entry.resource.id}`, target);
    }
  }
  return references;
}

function desired(
  plans: readonly IdPlan[],
  references: ReadonlyMap<string, string>,
): DesiredResource[] {
  return plans.map(({ entry, id }) => {
    const rewritten = rewriteReferences({ ...withoutMeta(entry.resource), id }, references);
    const body: FhirJson = {
      ...(isRecord(rewritten) ? rewritten : {}),
      resourceType: entry.resource.resourceType,
      id,
    };
    return { type: body.resourceType, id, body, hash: resourceHash(body) };
  });
}

function expectFirst(entries: readonly MappedEntry[], type: string, what: string): void {
  if (entries[0]?.resource.resourceType !== type) {
    throw new Error(`The FHIR mapping gave no ${type} first for ${what}`);
  }
}

/** The patient's unit and one unit per visit, with server ids and references between them. */
export function buildLocalUnits(
  mapping: SyncMapping,
  patient: Patient,
  visits: readonly Visit[],
  hashRecord: (record: Patient | Visit) => string,
): LocalUnit[] {
  const patientEntries = mapping.exportPatient(patient);
  expectFirst(patientEntries, 'Patient', 'the patient');
  const patientPlans = planIds(patient.id, patientEntries, patient.id);
  const patientRefs = referencesOf(patientPlans);
  const units: LocalUnit[] = [
    {
      key: PATIENT_UNIT,
      kind: 'patient',
      record: patient,
      localHash: hashRecord(patient),
      updatedAt: patient.updatedAt,
      resources: desired(patientPlans, patientRefs),
    },
  ];
  for (const visit of visits) {
    const exported = mapping.exportVisit(patient, visit);
    const entries = exported.filter((entry) => entry.resource.resourceType !== 'Patient');
    expectFirst(entries, 'Encounter', `the visit of ${visit.date}`);
    const plans = planIds(visit.id, entries, visit.id);
    // The visit's export carries its own copy of the Patient, under a fullUrl of its own.
    const ownPatient = exported
      .filter((entry) => entry.resource.resourceType === 'Patient')
      .map((entry): [string, string] => [entry.fullUrl, `Patient/${patient.id}`]);
    const references = new Map([...patientRefs, ...ownPatient, ...referencesOf(plans)]);
    units.push({
      key: visit.id,
      kind: 'visit',
      record: visit,
      localHash: hashRecord(visit),
      updatedAt: visit.updatedAt,
      resources: desired(plans, references),
    });
  }
  return units;
}

function referenceTarget(value: unknown): string | undefined {
  if (!isRecord(value) || typeof value.reference !== 'string') return undefined;
  return /(?:^|\/)(Encounter|Goal|Observation|Condition|ServiceRequest|CarePlan|Flag)\/([^/]+)$/
    .exec(value.reference)?.[0]
    .replace(/^\//, '');
}

function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
  } else if (isRecord(value)) {
    const target = referenceTarget(value);
    if (target !== undefined) found.push(target);
    for (const item of Object.values(value)) referencesIn(item, found);
  }
  return found;
}

/**
 * Puts the server's resources for one patient into units: the Patient in the patient's unit, an
 * Encounter in its own (keyed by its id), anything pointing at an Encounter (by `encounter`, or
 * like Provenance by `target`) in that Encounter's unit, anything pointed at by a resource of a visit's unit (a CarePlan's Goals) in that unit,
 * and the rest in the patient's unit.
 */
export function groupServerResources(
  resources: readonly ServerResource[],
): Map<string, ServerResource[]> {
  const unitOf = new Map<string, string>();
  const key = (resource: ServerResource) => `${resource.resourceType}/${resource.id}`;
  for (const resource of resources) {
    if (resource.resourceType === 'Patient') unitOf.set(key(resource), PATIENT_UNIT);
    if (resource.resourceType === 'Encounter') unitOf.set(key(resource), resource.id);
  }
  for (const resource of resources) {
    if (unitOf.has(key(resource))) continue;
    // Encounter.encounter (Observation, Flag, …) first, then any other Encounter it points at
    // (Provenance.target).
    const encounters = [
      referenceTarget(elementOf(resource, 'encounter')),
      ...referencesIn(resource).filter((target) => target.startsWith('Encounter/')),
    ];
    const unit = encounters
      .map((target) => (target === undefined ? undefined : unitOf.get(target)))
      .find((found) => found !== undefined);
    if (unit !== undefined) unitOf.set(key(resource), unit);
  }
  for (const resource of resources) {
    const unit = unitOf.get(key(resource));
    if (unit === undefined || unit === PATIENT_UNIT) continue;
    for (const target of referencesIn(resource)) {
      if (!unitOf.has(target)) unitOf.set(target, unit);
    }
  }
  const units = new Map<string, ServerResource[]>();
  for (const resource of resources) {
    const unit = unitOf.get(key(resource)) ?? PATIENT_UNIT;
    units.set(unit, [...(units.get(unit) ?? []), resource]);
  }
  return units;
}

/** What the state keeps of the server's resources. */
export function toSynced(resource: ServerResource): SyncedResource {
  return {
    type: resource.resourceType,
    id: resource.id,
    versionId: resource.meta.versionId,
    hash: resourceHash(resource),
  };
}

/** True when the server holds exactly the resources and versions recorded at the last sync. */
export function sameVersions(
  server: readonly ServerResource[],
  recorded: readonly SyncedResource[],
): boolean {
  if (server.length !== recorded.length) return false;
  const versions = new Map(recorded.map((r) => [`${r.type}/${r.id}`, r.versionId]));
  return server.every(
    (resource) =>
      versions.get(`${resource.resourceType}/${resource.id}`) === resource.meta.versionId,
  );
}

/** True when the server's content is what this device would write (only `meta` may differ). */
export function sameContent(
  server: readonly ServerResource[],
  wanted: readonly DesiredResource[],
): boolean {
  if (server.length !== wanted.length) return false;
  const hashes = new Map(wanted.map((r) => [`${r.type}/${r.id}`, r.hash]));
  return server.every(
    (resource) => hashes.get(`${resource.resourceType}/${resource.id}`) === resourceHash(resource),
  );
}

/** The newest meta.lastUpdated among a unit's server resources. */
export function newestUpdate(resources: readonly ServerResource[]): string | undefined {
  let newest: string | undefined;
  for (const resource of resources) {
    const at = resource.meta.lastUpdated;
    if (at !== undefined && (newest === undefined || at > newest)) newest = at;
  }
  return newest;
}
