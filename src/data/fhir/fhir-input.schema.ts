import { z } from 'zod';

/**
 * The part of FHIR R4 that import reads, as zod schemas. Objects are not strict: elements this app
 * does not read (narrative, meta from a server, codings of other systems) are dropped, never
 * copied, so nothing from the file reaches a stored record except through these fields. Strings
 * and arrays are capped, and extensions nest at most three levels (the deepest this app writes),
 * so a hostile file cannot make parsing recurse without bound.
 */

const text = z.string().max(100_000);
const many = <T extends z.ZodType>(item: T, max = 10_000) => z.array(item).max(max);

export const codingInput = z.object({
  system: text.optional(),
  code: text.optional(),
  display: text.optional(),
});

export const codeableConceptInput = z.object({
  coding: many(codingInput, 100).optional(),
  text: text.optional(),
});

const referenceInput = z.object({ reference: text.optional(), display: text.optional() });

const extensionValues = {
  url: z.string().min(1).max(1000),
  valueString: text.optional(),
  valueCode: text.optional(),
  valueInstant: text.optional(),
  valueDate: text.optional(),
  valueDateTime: text.optional(),
  valueInteger: z.number().optional(),
  valueDecimal: z.number().optional(),
  valueBoolean: z.boolean().optional(),
  valueCoding: codingInput.optional(),
};

const extensionLevel3 = z.object(extensionValues);
const extensionLevel2 = z.object({
  ...extensionValues,
  extension: many(extensionLevel3).optional(),
});
export const extensionInput = z.object({
  ...extensionValues,
  extension: many(extensionLevel2).optional(),
});
/** Any level of extension as read: the deepest level has no children. */
export type ExtensionInput =
  | z.infer<typeof extensionLevel3>
  | z.infer<typeof extensionLevel2>
  | z.infer<typeof extensionInput>;

const extensions = many(extensionInput).optional();

export const patientInput = z.object({
  resourceType: z.literal('Patient'),
  id: text.optional(),
  extension: extensions,
  identifier: many(z.object({ system: text.optional(), value: text.optional() }), 100).optional(),
  name: many(
    z.object({ family: text.optional(), given: many(text, 100).optional() }),
    100,
  ).optional(),
  gender: text.optional(),
  birthDate: text.optional(),
});

export const encounterInput = z.object({
  resourceType: z.literal('Encounter'),
  id: text.optional(),
  extension: extensions,
  status: text,
  subject: referenceInput.optional(),
  period: z.object({ start: text.optional() }).optional(),
  participant: many(z.object({ individual: referenceInput.optional() }), 100).optional(),
});

export const observationInput = z.object({
  resourceType: z.literal('Observation'),
  extension: extensions,
  code: codeableConceptInput,
  encounter: referenceInput.optional(),
  bodySite: codeableConceptInput.optional(),
  valueQuantity: z.object({ value: z.number().optional() }).optional(),
  valueBoolean: z.boolean().optional(),
  valueString: text.optional(),
  valueCodeableConcept: codeableConceptInput.optional(),
  component: many(
    z.object({ code: codeableConceptInput, valueCodeableConcept: codeableConceptInput.optional() }),
    1000,
  ).optional(),
});

export const flagInput = z.object({
  resourceType: z.literal('Flag'),
  extension: extensions,
  encounter: referenceInput.optional(),
});

export const provenanceInput = z.object({
  resourceType: z.literal('Provenance'),
  extension: extensions,
  target: many(referenceInput, 100),
  recorded: text,
  agent: many(z.object({ who: referenceInput }), 100),
});

export const carePlanInput = z.object({
  resourceType: z.literal('CarePlan'),
  extension: extensions,
  encounter: referenceInput.optional(),
  activity: many(
    z.object({
      detail: z
        .object({
          extension: extensions,
          code: codeableConceptInput.optional(),
          description: text.optional(),
        })
        .optional(),
    }),
    1000,
  ).optional(),
  goal: many(referenceInput, 1000).optional(),
  note: many(z.object({ text: text.optional() }), 100).optional(),
});

export const goalInput = z.object({
  resourceType: z.literal('Goal'),
  extension: extensions,
  description: codeableConceptInput,
});

export type PatientInput = z.infer<typeof patientInput>;
export type EncounterInput = z.infer<typeof encounterInput>;
export type ObservationInput = z.infer<typeof observationInput>;
export type FlagInput = z.infer<typeof flagInput>;
export type ProvenanceInput = z.infer<typeof provenanceInput>;
export type CarePlanInput = z.infer<typeof carePlanInput>;
export type GoalInput = z.infer<typeof goalInput>;
export type CodeableConceptInput = z.infer<typeof codeableConceptInput>;

/**
 * The envelope. Each resource stays `unknown` here and is parsed once, by its own schema, straight
 * from what JSON.parse made (copying it first could turn a "__proto__" key into a prototype).
 */
export const bundleInput = z.object({
  resourceType: z.literal('Bundle', { error: 'This is not a FHIR Bundle (resourceType)' }),
  type: text,
  entry: many(z.object({ fullUrl: text.optional(), resource: z.unknown() }), 500_000).optional(),
});

export const resourceHeaderInput = z.object({
  resourceType: z.string({ error: 'The entry has no resource' }).max(100),
  id: text.optional(),
});
