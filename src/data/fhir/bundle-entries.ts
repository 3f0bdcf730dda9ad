import type { z } from 'zod';
import { resourceHeaderInput, type bundleInput } from './fhir-input.schema';
import { ImportProblem } from './extension-reader';

/** Something wrong in an imported file, located as precisely as the file allows. */
export interface ImportIssue {
  /** The Bundle entry (0-based), when the problem is in one. */
  readonly entry?: number;
  readonly resourceType?: string;
  /** The element or stored field, e.g. "valueQuantity.value" or "findings.hip-ir-rom.left". */
  readonly field?: string;
  readonly message: string;
}

export interface Entry {
  readonly index: number;
  readonly resourceType: string;
  readonly id?: string | undefined;
  readonly resource: unknown;
}

/**
 * The Bundle's entries, found by fullUrl and by "Type/id", so a reference resolves whether it is a
 * urn:uuid (this app's exports), relative ("Patient/p1") or absolute (a server's search result).
 */
export class EntryIndex {
  readonly entries: readonly Entry[];
  private readonly byUrl = new Map<string, Entry>();
  private readonly byTypeAndId = new Map<string, Entry>();

  constructor(bundle: z.infer<typeof bundleInput>, issues: ImportIssue[]) {
    const entries: Entry[] = [];
    (bundle.entry ?? []).forEach((item, index) => {
      const header = resourceHeaderInput.safeParse(item.resource);
      if (!header.success) {
        issues.push({
          entry: index,
          field: 'resource',
          message: 'has no resource with a resourceType',
        });
        return;
      }
      const entry = { index, ...header.data, resource: item.resource };
      entries.push(entry);
      if (item.fullUrl !== undefined) {
        if (this.byUrl.has(item.fullUrl))
          issues.push({ entry: index, field: 'fullUrl', message: `repeats ${item.fullUrl}` });
        this.byUrl.set(item.fullUrl, entry);
      }
      if (entry.id !== undefined) this.byTypeAndId.set(`${entry.resourceType}/${entry.id}`, entry);
    });
    this.entries = entries;
  }

  /** The entry a reference points to, which must be of the expected type. */
  resolve(reference: string | undefined, type: string, field: string): Entry {
    if (reference === undefined)
      throw new ImportProblem(field, `is missing: it must refer to a ${type}`);
    const relative = /(?:^|\/)([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(
      reference,
    )?.[1];
    const entry =
      this.byUrl.get(reference) ??
      (relative === undefined ? undefined : this.byTypeAndId.get(relative));
    if (entry?.resourceType !== type)
      throw new ImportProblem(
        field,
        `refers to ${reference}, which is not a ${type} in this Bundle`,
      );
    return entry;
  }
}

/** Runs `read` for one entry, turning a problem (or a zod error) into issues for that entry. */
export function readEntry<S extends z.ZodType, T>(
  entry: Entry,
  schema: S,
  read: (resource: z.infer<S>) => T,
  issues: ImportIssue[],
): T | undefined {
  const parsed = schema.safeParse(entry.resource);
  const where = { entry: entry.index, resourceType: entry.resourceType };
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5))
      issues.push({ ...where, field: issue.path.join('.'), message: issue.message });
    return undefined;
  }
  try {
    return read(parsed.data);
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    issues.push({ ...where, field: error.field, message: error.message });
    return undefined;
  }
}

/** "entry[11] (Observation), valueQuantity.value: Invalid input: expected number" (0-based, as in the JSON). */
export function describeIssue(issue: ImportIssue): string {
  const place = [
    issue.entry === undefined ? undefined : `entry[${String(issue.entry)}]`,
    issue.resourceType === undefined ? undefined : `(${issue.resourceType})`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const field = issue.field === undefined || issue.field === '' ? '' : `${issue.field}: `;
  return place === '' ? `${field}${issue.message}` : `${place}, ${field}${issue.message}`;
}
