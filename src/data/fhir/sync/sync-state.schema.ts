import { z } from 'zod';
import { patientIdSchema } from '../../patients/patient.schema';
import type { RecordType } from '../../records';
import { RECORD_VERSIONS } from '../../record-versions';
import { FHIR_ID } from './fhir-wire';

/**
 * What this device knows about one patient's records on the FHIR server, as of the last sync:
 * one row per patient in the `fhirSync` store (schema version 1).
 *
 * A patient's records sync in units: the patient's own details, and each visit. For every unit
 * the row keeps the server's resources as last seen (type, id, meta.versionId and a hash of their
 * content) and a hash of the local record as it was then. Comparing both with what is there now
 * tells, per unit, who changed since: nobody, this device, the server, or both (a conflict).
 */

const hash = z.string().regex(/^[0-9a-f]{16}$/);
const timestamp = z.iso.datetime();

export const syncedResourceSchema = z.strictObject({
  type: z.string().regex(/^[A-Z][A-Za-z]{1,63}$/),
  id: z.string().regex(FHIR_ID),
  versionId: z.string().min(1).max(200),
  /** Hash of the resource without `meta`, as written or read. */
  hash,
});
export type SyncedResource = z.infer<typeof syncedResourceSchema>;

export const CONFLICT_REASONS = [
  /** Both this device and the server changed the record since the last sync. */
  'both-changed',
  /** Never synced from here, and the server already holds a different record with its ids. */
  'both-new',
  /** The record was deleted on the server, and this device still has it. */
  'deleted-on-server',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const unitConflictSchema = z.strictObject({
  reason: z.enum(CONFLICT_REASONS),
  detectedAt: timestamp,
  /** When the local record was last changed. */
  localUpdatedAt: timestamp.optional(),
  /** The newest meta.lastUpdated among the server's resources for this unit. */
  serverUpdatedAt: z.string().max(100).optional(),
});
export type UnitConflict = z.infer<typeof unitConflictSchema>;

export const UNIT_KINDS = ['patient', 'visit'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The key of the patient's own unit; a visit's unit is keyed by the visit id. */
export const PATIENT_UNIT = 'patient';

export const syncUnitSchema = z.strictObject({
  key: z.string().min(1).max(64),
  kind: z.enum(UNIT_KINDS),
  /** Hash of the local record at the last sync (see content-hash.ts). */
  localHash: hash,
  /** The server's resources for this unit after the last sync. */
  resources: z.array(syncedResourceSchema).max(10_000),
  syncedAt: timestamp,
  /** Set while the clinician has to choose between this device's version and the server's. */
  conflict: unitConflictSchema.optional(),
});
export type SyncUnit = z.infer<typeof syncUnitSchema>;

export const ATTEMPT_OUTCOMES = ['synced', 'conflict', 'offline', 'error'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export const syncAttemptSchema = z.strictObject({
  at: timestamp,
  outcome: z.enum(ATTEMPT_OUTCOMES),
  /** What went wrong, in words a clinician can act on. */
  message: z.string().max(2000).optional(),
});
export type SyncAttempt = z.infer<typeof syncAttemptSchema>;

export const ATTENTION_KINDS = ['conflict', 'failed'] as const;
export type Attention = (typeof ATTENTION_KINDS)[number];

export const syncStateSchema = z.strictObject({
  schemaVersion: z.literal(RECORD_VERSIONS.fhirSync),
  /** The patient's id (the row's key). */
  id: patientIdSchema,
  /** The server this state is about; a different configured server starts afresh. */
  serverUrl: z.string().min(1).max(2048),
  units: z.array(syncUnitSchema).max(10_000),
  lastAttempt: syncAttemptSchema.optional(),
  /** When a sync last completed without an error (conflicts may remain). */
  lastSyncedAt: timestamp.optional(),
  /**
   * Present only while the clinician should look: a conflict waits for a choice, or the last
   * sync failed. Indexed, so the patient list finds these rows alone.
   */
  attention: z.enum(ATTENTION_KINDS).optional(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export const syncStateRecord: RecordType<SyncState> = {
  label: 'FHIR sync state',
  store: 'fhirSync',
  version: RECORD_VERSIONS.fhirSync,
  // First shipped shape. Add `1: (v1) => v2` here with a test when it changes.
  migrations: {},
  schema: syncStateSchema,
};
