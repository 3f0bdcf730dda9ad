import type {
  CarePlan,
  CarePlanActivity,
  Encounter,
  Extension,
  Goal,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { TREATMENT_LIST } from '../../clinical/index.ts';
import type { Plan, PlanItem } from '../visits/plan.schema';
import { APP_SYSTEM, EXT } from './fhir-codes';
import type { CarePlanInput } from './fhir-input.schema';
import {
  codeExtension,
  dateExtension,
  displayText,
  isFhirCode,
  nativeString,
  present,
  stringExtension,
} from './fhir-primitives';
import {
  ImportProblem,
  findExtension,
  nativeOr,
  partValue,
  partValues,
  requiredValue,
  storedOverrides,
} from './extension-reader';

const TREATMENT_NAMES: ReadonlyMap<string, string> = new Map(
  TREATMENT_LIST.map((t) => [t.id, t.name]),
);

export interface CarePlanContext {
  readonly subject: Reference<Patient>;
  readonly encounter: Reference<Encounter>;
  readonly signed: boolean;
  /** References to the plan's Goal resources, in the plan's order. */
  readonly goals: readonly Reference<Goal>[];
}

function itemExtension(item: PlanItem): Extension {
  return {
    url: EXT.planItem,
    extension: present(
      stringExtension('treatmentId', item.treatmentId),
      item.dosage === '' ? undefined : stringExtension('dosage', item.dosage),
      item.notes === '' ? undefined : stringExtension('notes', item.notes),
      codeExtension('origin', item.origin),
      item.override === undefined
        ? undefined
        : stringExtension('overrideReason', item.override.reason),
    ),
  };
}

/** Dosage and notes as a person reads them; the exact values travel in the plan-item extension. */
function description(item: PlanItem): string | undefined {
  const lines = [
    item.dosage,
    item.notes === '' ? '' : `Notes: ${item.notes}`,
    item.override === undefined ? '' : `Added despite a contraindication: ${item.override.reason}`,
  ];
  return displayText(lines.filter((line) => line !== '').join('\n'));
}

function activity(item: PlanItem): CarePlanActivity {
  const name =
    displayText(TREATMENT_NAMES.get(item.treatmentId) ?? item.treatmentId) ?? 'Treatment';
  const text = description(item);
  return {
    detail: {
      extension: [itemExtension(item)],
      code: {
        coding: isFhirCode(item.treatmentId)
          ? [{ system: APP_SYSTEM.treatment, code: item.treatmentId, display: name }]
          : [],
        text: name,
      },
      status: 'not-started',
      ...(text === undefined ? {} : { description: text }),
    },
  };
}

function basisExtension(plan: Plan): Extension | undefined {
  const parts = [
    ...plan.basis.items.map((id) => stringExtension('item', id)),
    ...plan.basis.goals.map((id) => stringExtension('goal', id)),
  ];
  return parts.length === 0 ? undefined : { url: EXT.planBasis, extension: parts };
}

/** The visit's treatment plan: one activity per treatment, in the plan's order, and its Goals. */
export function toCarePlan(plan: Plan, context: CarePlanContext): CarePlan {
  const notes = plan.notes === '' ? undefined : nativeString('notes', plan.notes);
  return {
    resourceType: 'CarePlan',
    extension: present(
      stringExtension(EXT.kbVersion, plan.kbVersion),
      basisExtension(plan),
      dateExtension(EXT.planReviewDate, plan.reviewDate),
      notes?.stored,
    ),
    status: context.signed ? 'active' : 'draft',
    intent: 'plan',
    title: 'Stepped treatment plan',
    subject: context.subject,
    encounter: context.encounter,
    ...(context.goals.length > 0 ? { goal: [...context.goals] } : {}),
    ...(plan.items.length > 0 ? { activity: plan.items.map(activity) } : {}),
    ...(notes?.value === undefined ? {} : { note: [{ text: notes.value }] }),
  };
}

function readItem(activityInput: NonNullable<CarePlanInput['activity']>[number], index: number) {
  const field = `activity[${String(index)}]`;
  const extension = findExtension(activityInput.detail?.extension, EXT.planItem);
  if (extension === undefined)
    throw new ImportProblem(field, `has no plan-item extension (${EXT.planItem})`);
  const reason = partValue(extension, 'overrideReason', field);
  return {
    treatmentId: partValue(extension, 'treatmentId', field),
    dosage: partValue(extension, 'dosage', field) ?? '',
    notes: partValue(extension, 'notes', field) ?? '',
    origin: partValue(extension, 'origin', field),
    ...(reason === undefined ? {} : { override: { reason } }),
  };
}

/** The plan from its CarePlan; `goals` are the Goals it refers to, read by the caller. */
export function readCarePlan(
  resource: CarePlanInput,
  goals: readonly unknown[],
): Record<string, unknown> {
  const overrides = storedOverrides(resource.extension);
  const basis = findExtension(resource.extension, EXT.planBasis);
  return {
    kbVersion: requiredValue(resource.extension, EXT.kbVersion, 'plan.kbVersion'),
    basis: {
      items: basis === undefined ? [] : partValues(basis, 'item', 'basis'),
      goals: basis === undefined ? [] : partValues(basis, 'goal', 'basis'),
    },
    items: (resource.activity ?? []).map(readItem),
    goals,
    reviewDate: requiredValue(resource.extension, EXT.planReviewDate, 'plan.reviewDate'),
    notes: nativeOr(overrides, 'notes', resource.note?.[0]?.text ?? ''),
  };
}
