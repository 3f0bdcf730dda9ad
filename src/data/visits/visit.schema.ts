import { z } from 'zod';
import { isVisitId, type VisitId } from '../ids';
import { patientIdSchema } from '../patients/patient.schema';
import type { RecordType } from '../records';

export const CARE_SETTINGS = ['general', 'sports'] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];

export const VISIT_STATUSES = ['draft', 'signed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const visitIdSchema = z.custom<VisitId>(isVisitId, { error: 'Not a valid visit id' });

/**
 * A visit as stored on the device (schema version 1). The visit workspace (a later issue) will
 * give `findings` its real shape, generated from the knowledge base's exam items; until then it
 * is an open record so nothing written now needs a lossy migration.
 */
export const visitSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: visitIdSchema,
  patientId: patientIdSchema,
  date: z.iso.date(),
  clinician: z.string().trim().max(200),
  careSetting: z.enum(CARE_SETTINGS),
  /** draft → signed; a signed visit is read-only and changes only through an addendum. */
  status: z.enum(VISIT_STATUSES),
  findings: z.record(z.string(), z.unknown()),
  /** Bumped on every save so two tabs editing one visit cannot overwrite each other silently. */
  revision: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Visit = z.infer<typeof visitSchema>;

export const visitRecord: RecordType<Visit> = {
  label: 'visit',
  store: 'visits',
  version: 1,
  // First shipped shape. Add `1: (v1) => v2` here with a test when it changes.
  migrations: {},
  schema: visitSchema,
};
