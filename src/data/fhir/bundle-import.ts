import { patientSchema, type Patient } from '../patients/patient.schema';
import { visitSchema, type Visit } from '../visits/visit.schema';
import { EntryIndex, readEntry, type Entry, type ImportIssue } from './bundle-entries';
import { readCarePlan } from './care-plan-resource';
import { readEncounter } from './encounter-resource';
import { ImportProblem } from './extension-reader';
import {
  bundleInput,
  carePlanInput,
  encounterInput,
  flagInput,
  goalInput,
  observationInput,
  patientInput,
  provenanceInput,
} from './fhir-input.schema';
import { addFinding, readFindingObservation } from './finding-import';
import { readFlagAction } from './flag-resource';
import { readGoal } from './goal-resource';
import { readPatient } from './patient-resource';
import { readSignature } from './provenance-resource';

/** 50 MB: a larger file is refused before it is read (and a longer text before it is parsed). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Messages shown at most; the count says how many there were. */
export const MAX_SHOWN_ISSUES = 30;

export interface ImportedRecords {
  readonly patients: Patient[];
  readonly visits: Visit[];
}

export type BundleReading =
  | {
      readonly ok: true;
      readonly records: ImportedRecords;
      /** Resources read past: derived ones (Condition, ServiceRequest) and unknown types. */
      readonly ignored: ReadonlyMap<string, number>;
    }
  | { readonly ok: false; readonly issues: readonly ImportIssue[]; readonly total: number };

interface VisitDraft {
  readonly entry: Entry;
  readonly fields: Record<string, unknown>;
  readonly findings: Map<string, unknown>;
  readonly redFlagActions: unknown[];
  signature?: unknown;
  plan?: unknown;
}

const failure = (issues: readonly ImportIssue[]): BundleReading => ({
  ok: false,
  issues: issues.slice(0, MAX_SHOWN_ISSUES),
  total: issues.length,
});

function parseText(text: string): { ok: true; json: unknown } | { ok: false; issue: ImportIssue } {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, issue: { message: 'The file is too large (more than 50 MB).' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, issue: { message: `The file is not valid JSON${detail}.` } };
  }
}

/**
 * Reads a FHIR R4 Bundle exported by this app back into patients and visits, each checked by the
 * app's own zod schemas. Nothing is written here: either every record is valid and returned, or
 * the issues are (entry, resource type, field, what is wrong), and the caller changes nothing.
 */
export function readFhirBundle(text: string): BundleReading {
  const parsedText = parseText(text);
  if (!parsedText.ok) return failure([parsedText.issue]);
  const bundle = bundleInput.safeParse(parsedText.json);
  if (!bundle.success)
    return failure(
      bundle.error.issues.map((issue) => {
        const [first, index] = issue.path;
        return first === 'entry' && typeof index === 'number'
          ? { entry: index, field: issue.path.slice(2).join('.'), message: issue.message }
          : { field: issue.path.join('.'), message: issue.message };
      }),
    );
  const issues: ImportIssue[] = [];
  const index = new EntryIndex(bundle.data, issues);
  const reader = new RecordReader(index, issues);
  const records = reader.read();
  return issues.length > 0 ? failure(issues) : { ok: true, records, ignored: reader.ignored };
}

class RecordReader {
  readonly ignored = new Map<string, number>();
  private readonly patients: { entry: Entry; fields: Record<string, unknown> }[] = [];
  private readonly visits = new Map<Entry, VisitDraft>();
  private readonly usedGoals = new Set<Entry>();

  constructor(
    private readonly index: EntryIndex,
    private readonly issues: ImportIssue[],
  ) {}

  read(): ImportedRecords {
    const byType = (type: string) => this.index.entries.filter((e) => e.resourceType === type);
    for (const entry of byType('Patient')) this.readPatient(entry);
    for (const entry of byType('Encounter')) this.readEncounter(entry);
    for (const entry of byType('Observation')) this.readObservation(entry);
    for (const entry of byType('Flag')) this.readFlag(entry);
    for (const entry of byType('Provenance')) this.readProvenance(entry);
    for (const entry of byType('CarePlan')) this.readCarePlan(entry);
    const read = new Set(['Patient', 'Encounter', 'Observation', 'Flag', 'Provenance', 'CarePlan']);
    for (const entry of this.index.entries)
      if (!read.has(entry.resourceType) && !this.usedGoals.has(entry))
        this.ignored.set(entry.resourceType, (this.ignored.get(entry.resourceType) ?? 0) + 1);
    return { patients: this.validPatients(), visits: this.validVisits() };
  }

  private problem(entry: Entry, error: unknown): void {
    if (!(error instanceof ImportProblem)) throw error;
    this.issues.push({
      entry: entry.index,
      resourceType: entry.resourceType,
      field: error.field,
      message: error.message,
    });
  }

  private readPatient(entry: Entry): void {
    const fields = readEntry(entry, patientInput, readPatient, this.issues);
    if (fields !== undefined) this.patients.push({ entry, fields });
  }

  private readEncounter(entry: Entry): void {
    const fields = readEntry(
      entry,
      encounterInput,
      (resource) => ({
        ...readEncounter(resource),
        patientId: this.index.resolve(resource.subject?.reference, 'Patient', 'subject').id,
      }),
      this.issues,
    );
    if (fields !== undefined)
      this.visits.set(entry, { entry, fields, findings: new Map(), redFlagActions: [] });
  }

  /** The visit a resource belongs to, by its reference to an Encounter. */
  private visitOf(reference: string | undefined, field: string): VisitDraft {
    const visit = this.visits.get(this.index.resolve(reference, 'Encounter', field));
    if (visit === undefined)
      throw new ImportProblem(field, 'refers to an Encounter that could not be read');
    return visit;
  }

  private readObservation(entry: Entry): void {
    readEntry(
      entry,
      observationInput,
      (resource) => {
        const visit = this.visitOf(resource.encounter?.reference, 'encounter');
        addFinding(visit.findings, readFindingObservation(resource));
      },
      this.issues,
    );
  }

  private readFlag(entry: Entry): void {
    readEntry(
      entry,
      flagInput,
      (resource) => {
        const action = readFlagAction(resource);
        if (action !== undefined)
          this.visitOf(resource.encounter?.reference, 'encounter').redFlagActions.push(action);
      },
      this.issues,
    );
  }

  private readProvenance(entry: Entry): void {
    readEntry(
      entry,
      provenanceInput,
      (resource) => {
        const visit = this.visitOf(resource.target[0]?.reference, 'target[0]');
        if (visit.signature !== undefined)
          throw new ImportProblem(
            'target[0]',
            'signs a visit that is already signed in this Bundle',
          );
        visit.signature = readSignature(resource);
      },
      this.issues,
    );
  }

  private readCarePlan(entry: Entry): void {
    readEntry(
      entry,
      carePlanInput,
      (resource) => {
        const visit = this.visitOf(resource.encounter?.reference, 'encounter');
        if (visit.plan !== undefined)
          throw new ImportProblem('encounter', 'gives a visit a second plan');
        const goals = (resource.goal ?? []).map((reference, index) => {
          const goalEntry = this.index.resolve(
            reference.reference,
            'Goal',
            `goal[${String(index)}]`,
          );
          this.usedGoals.add(goalEntry);
          return readEntry(goalEntry, goalInput, readGoal, this.issues);
        });
        visit.plan = readCarePlan(resource, goals);
      },
      this.issues,
    );
  }

  private validPatients(): Patient[] {
    const seen = new Set<unknown>();
    const identifiers = new Set<unknown>();
    return this.patients.flatMap(({ entry, fields }) => {
      if (seen.has(fields.id))
        this.problem(entry, new ImportProblem('id', 'repeats another patient in this Bundle'));
      if (fields.identifier !== undefined && identifiers.has(fields.identifier))
        this.problem(
          entry,
          new ImportProblem('identifier', 'is also another patient’s identifier in this Bundle'),
        );
      seen.add(fields.id);
      identifiers.add(fields.identifier);
      return this.validate(entry, patientSchema.safeParse(fields));
    });
  }

  private validVisits(): Visit[] {
    const seen = new Set<unknown>();
    return [...this.visits.values()].flatMap((draft) => {
      if (seen.has(draft.fields.id))
        this.problem(draft.entry, new ImportProblem('id', 'repeats another visit in this Bundle'));
      seen.add(draft.fields.id);
      const candidate = {
        ...draft.fields,
        findings: Object.fromEntries(draft.findings),
        redFlagActions: draft.redFlagActions,
        ...(draft.signature === undefined ? {} : { signature: draft.signature }),
        ...(draft.plan === undefined ? {} : { plan: draft.plan }),
      };
      return this.validate(draft.entry, visitSchema.safeParse(candidate));
    });
  }

  private validate<T>(
    entry: Entry,
    result:
      | { success: true; data: T }
      | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } },
  ): T[] {
    if (result.success) return [result.data];
    for (const issue of result.error.issues.slice(0, 5))
      this.issues.push({
        entry: entry.index,
        resourceType: entry.resourceType,
        field: issue.path.map(String).join('.'),
        message: issue.message,
      });
    return [];
  }
}
