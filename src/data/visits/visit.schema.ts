import { z } from 'zod';
import { isVisitId, type VisitId } from '../ids';
import { patientIdSchema } from '../patients/patient.schema';
import type { Migration, RecordType } from '../records';
import { RECORD_VERSIONS } from '../record-versions';
import { CARE_SETTINGS } from './care-setting';
import { storedFindingsSchema } from './findings-form';
import { planSchema } from './plan.schema';

export const VISIT_STATUSES = ['draft', 'signed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const RED_FLAG_RESPONSES = ['referred', 'discussed-with-doctor', 'overridden'] as const;
export type RedFlagResponse = (typeof RED_FLAG_RESPONSES)[number];
export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;

export const visitIdSchema = z.custom<VisitId>(isVisitId, { error: 'Not a valid visit id' });

/** What the clinician did about a red flag; required for every red flag before signing. */
export const redFlagActionSchema = z
  .strictObject({
    redFlagId: z.string().min(1).max(100),
    response: z.enum(RED_FLAG_RESPONSES),
    /** For a referral: how urgently. */
    urgency: z.enum(URGENCIES).optional(),
    /** Free text; required when the red flag is overridden. */
    note: z.string().trim().max(2000),
    recordedAt: z.iso.datetime(),
    recordedBy: z.string().trim().max(200),
  })
  .superRefine((action, ctx) => {
    if (action.response === 'overridden' && action.note.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Write why the red flag is overridden',
      });
    }
    if (action.response === 'referred' && action.urgency === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency'],
        message: 'Choose how urgently the patient was referred',
      });
    }
  });
export type RedFlagAction = z.infer<typeof redFlagActionSchema>;

/** What signing fixes: who, when, with which knowledge base, and what the assessment said. */
export const signatureSchema = z.strictObject({
  signedAt: z.iso.datetime(),
  signedBy: z.string().trim().min(1).max(200),
  kbVersion: z.string().min(1).max(50),
  leading: z
    .array(
      z.strictObject({ id: z.string(), name: z.string(), probability: z.number().min(0).max(1) }),
    )
    .max(10),
  redFlags: z
    .array(z.strictObject({ id: z.string(), name: z.string(), urgency: z.enum(URGENCIES) }))
    .max(50),
});
export type Signature = z.infer<typeof signatureSchema>;

/** A note added after signing; the signed record itself never changes. */
export const addendumSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().trim().min(1, 'Write the addendum').max(5000),
  author: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime(),
});
export type Addendum = z.infer<typeof addendumSchema>;

/**
 * A visit as stored on the device (schema version 3: v3 adds the treatment plan).
 * ⚠ Bump the version only with a migration and its test; never reuse a shipped number.
 */
export const visitObjectSchema = z.strictObject({
  schemaVersion: z.literal(RECORD_VERSIONS.visits),
  id: visitIdSchema,
  patientId: patientIdSchema,
  date: z.iso.date(),
  clinician: z.string().trim().max(200),
  careSetting: z.enum(CARE_SETTINGS),
  /** draft → signed; a signed visit is read-only and changes only through an addendum. */
  status: z.enum(VISIT_STATUSES),
  /** The exam exactly as typed, invalid entries included (see findings-form.ts). */
  findings: storedFindingsSchema,
  redFlagActions: z.array(redFlagActionSchema).max(100),
  signature: signatureSchema.optional(),
  addenda: z.array(addendumSchema).max(500),
  /** The treatment plan, once the clinician has drafted one. */
  plan: planSchema.optional(),
  /** Bumped on every save so two tabs editing one visit cannot overwrite each other silently. */
  revision: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The stored visit, with the rule that ties status to signature. Forms pick from visitObjectSchema. */
export const visitSchema = visitObjectSchema.superRefine((visit, ctx) => {
  if ((visit.status === 'signed') !== (visit.signature !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['signature'],
      message: 'A signed visit has a signature and a draft has none',
    });
  }
});

export type Visit = z.infer<typeof visitSchema>;

function asTyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([side, v]) => [side, typeof v === 'number' ? String(v) : v]),
    );
  }
  return value;
}

/**
 * v1 → v2: findings become the typed draft (numbers as the text a field shows), and visits gain
 * red-flag actions and addenda. A v1 visit marked signed had no signature to carry over, so the
 * migration fails for it (the row is then left untouched and reported) rather than invent one.
 */
export const migrateVisitV1: Migration = (v1) => {
  if (v1.status === 'signed')
    throw new Error('a signed visit from schema 1 has no signature to carry over');
  const findings = typeof v1.findings === 'object' && v1.findings !== null ? v1.findings : {};
  return {
    ...v1,
    findings: Object.fromEntries(
      Object.entries(findings).map(([id, value]) => [id, asTyped(value)]),
    ),
    redFlagActions: [],
    addenda: [],
  };
};

/** v2 → v3: visits gain an optional plan; a v2 visit has none, so nothing changes but the version. */
export const migrateVisitV2: Migration = (v2) => ({ ...v2 });

export const visitRecord: RecordType<Visit> = {
  label: 'visit',
  store: 'visits',
  version: RECORD_VERSIONS.visits,
  migrations: { 1: migrateVisitV1, 2: migrateVisitV2 },
  schema: visitSchema,
};
