import { z } from 'zod';

/**
 * What the sync reads from a FHIR server's answers, as zod schemas. A server is outside the app's
 * control: every answer is checked before anything of it is used, and what is not checked here
 * (the clinical content of a resource) goes through the FHIR mapping's own import schemas.
 */

/** FHIR R4 id: letters, digits, '-' and '.', at most 64. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

const text = z.string().max(2048);

/** A resource as the server holds it: type, id and version are what the sync relies on. */
export const serverResourceSchema = z.looseObject({
  resourceType: z.string().regex(/^[A-Z][A-Za-z]{1,63}$/),
  id: z.string().regex(FHIR_ID, 'has no valid id'),
  meta: z.looseObject({
    versionId: z.string().min(1, 'has no versionId').max(200),
    lastUpdated: text.optional(),
  }),
});
export type ServerResource = z.infer<typeof serverResourceSchema>;

export const operationOutcomeSchema = z.looseObject({
  resourceType: z.literal('OperationOutcome'),
  issue: z
    .array(
      z.looseObject({
        severity: text.optional(),
        code: text.optional(),
        diagnostics: z.string().max(10_000).optional(),
        details: z.looseObject({ text: z.string().max(10_000).optional() }).optional(),
        expression: z.array(text).max(50).optional(),
      }),
    )
    .max(1000),
});

export const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: text,
  total: z.number().optional(),
  link: z
    .array(z.looseObject({ relation: text, url: text }))
    .max(50)
    .optional(),
  entry: z
    .array(
      z.looseObject({
        fullUrl: text.optional(),
        resource: z.unknown().optional(),
        search: z.looseObject({ mode: text.optional() }).optional(),
        response: z
          .looseObject({
            status: text,
            location: text.optional(),
            etag: text.optional(),
            lastModified: text.optional(),
            outcome: z.unknown().optional(),
          })
          .optional(),
      }),
    )
    .max(100_000)
    .optional(),
});
export type WireBundle = z.infer<typeof bundleSchema>;

export const capabilityStatementSchema = z.looseObject({
  resourceType: z.literal('CapabilityStatement'),
  fhirVersion: text,
  format: z.array(text).max(50).optional(),
  rest: z
    .array(
      z.looseObject({
        mode: text,
        interaction: z
          .array(z.looseObject({ code: text }))
          .max(50)
          .optional(),
        resource: z
          .array(
            z.looseObject({
              type: text,
              interaction: z
                .array(z.looseObject({ code: text }))
                .max(50)
                .optional(),
              versioning: text.optional(),
              updateCreate: z.boolean().optional(),
            }),
          )
          .max(500)
          .optional(),
      }),
    )
    .max(10)
    .optional(),
});
export type WireCapabilityStatement = z.infer<typeof capabilityStatementSchema>;

/** `W/"3"` or `"3"` → `3`. */
export function versionFromEtag(etag: string | undefined): string | undefined {
  if (etag === undefined) return undefined;
  return /^(?:W\/)?"([^"]+)"$/.exec(etag.trim())?.[1];
}

/** `…/Patient/123/_history/4` → `4`. */
export function versionFromLocation(location: string | undefined): string | undefined {
  return location === undefined ? undefined : /\/_history\/([^/?#]+)/.exec(location)?.[1];
}

/** The weak ETag the If-Match header and Bundle.entry.request.ifMatch carry. */
export function etagOf(versionId: string): string {
  return `W/"${versionId}"`;
}

/** "Precondition Failed; Patient.gender: …" from an OperationOutcome, if the body is one. */
export function describeOutcome(body: unknown): string | undefined {
  const parsed = operationOutcomeSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const messages = parsed.data.issue
    .map((issue) => {
      const message = issue.details?.text ?? issue.diagnostics ?? issue.code;
      if (message === undefined) return undefined;
      const where = issue.expression?.join(', ');
      return where ? `${message} (${where})` : message;
    })
    .filter((message): message is string => message !== undefined);
  return messages.length > 0 ? messages.slice(0, 5).join('; ').slice(0, 600) : undefined;
}
