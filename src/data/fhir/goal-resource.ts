import type { Coding, Goal, GoalTarget, Patient, Reference } from '@medplum/fhirtypes';
import { EXAM_ITEMS, type ExamItemDef } from '../../clinical/index.ts';
import type { PlanGoal } from '../visits/plan.schema';
import { APP_SYSTEM, EXT, PAIN_NOW_LOINC, UCUM, UCUM_UNITS } from './fhir-codes';
import type { GoalInput } from './fhir-input.schema';
import {
  codeExtension,
  dateExtension,
  decimalExtension,
  displayText,
  isFhirCode,
  isFhirDate,
  present,
  stringExtension,
} from './fhir-primitives';
import { ImportProblem, findExtension, partValue } from './extension-reader';

const ITEMS: ReadonlyMap<string, ExamItemDef> = new Map(EXAM_ITEMS.map((item) => [item.id, item]));
const COMPARATOR = { 'at-most': '<=', 'at-least': '>=' } as const;

function goalExtension(goal: PlanGoal) {
  const optional = <T>(value: T | undefined, make: (v: T) => ReturnType<typeof stringExtension>) =>
    value === undefined ? undefined : make(value);
  return {
    url: EXT.goal,
    extension: present(
      stringExtension('id', goal.id),
      stringExtension('text', goal.text),
      optional(goal.measure, (v) => stringExtension('measure', v)),
      optional(goal.side, (v) => codeExtension('side', v)),
      optional(goal.baseline, (v) => decimalExtension('baseline', v)),
      optional(goal.target, (v) => decimalExtension('target', v)),
      optional(goal.comparator, (v) => codeExtension('comparator', v)),
      dateExtension('byDate', goal.byDate),
      codeExtension('origin', goal.origin),
    ),
  };
}

/** What is measured, by when, and the target as a quantity with its comparator (≤, ≥). */
function target(goal: PlanGoal): GoalTarget {
  const item = goal.measure === undefined ? undefined : ITEMS.get(goal.measure);
  const label = item?.label ?? (goal.measure === undefined ? undefined : displayText(goal.measure));
  const codes: Coding[] = [
    ...(goal.measure === 'pain-now' ? [PAIN_NOW_LOINC] : []),
    ...(goal.measure !== undefined && isFhirCode(goal.measure)
      ? [
          {
            system: APP_SYSTEM.examItem,
            code: goal.measure,
            ...(label === undefined ? {} : { display: label }),
          },
        ]
      : []),
  ];
  const unit = item?.value.kind === 'number' ? UCUM_UNITS[item.value.unit] : undefined;
  const measured = codes.length > 0 || label !== undefined;
  return {
    ...(measured
      ? { measure: { coding: codes, ...(label === undefined ? {} : { text: label }) } }
      : {}),
    ...(measured && goal.target !== undefined
      ? {
          detailQuantity: {
            value: goal.target,
            ...(goal.comparator === undefined ? {} : { comparator: COMPARATOR[goal.comparator] }),
            ...(unit === undefined ? {} : { unit: unit.unit, system: UCUM, code: unit.code }),
          },
        }
      : {}),
    ...(isFhirDate(goal.byDate) ? { dueDate: goal.byDate } : {}),
  };
}

/** A goal of the plan; the CarePlan refers to it. */
export function toGoal(goal: PlanGoal, subject: Reference<Patient>, signed: boolean): Goal {
  const goalTarget = target(goal);
  return {
    resourceType: 'Goal',
    extension: [goalExtension(goal)],
    lifecycleStatus: signed ? 'active' : 'proposed',
    description: { text: displayText(goal.text) ?? 'Goal (text not readable)' },
    subject,
    ...(Object.keys(goalTarget).length > 0 ? { target: [goalTarget] } : {}),
  };
}

/** The stored goal from a Goal resource (the exact values are in its goal extension). */
export function readGoal(resource: GoalInput): Record<string, unknown> {
  const extension = findExtension(resource.extension, EXT.goal);
  if (extension === undefined)
    throw new ImportProblem('extension', `has no goal extension (${EXT.goal})`);
  const names = ['measure', 'side', 'baseline', 'target', 'comparator'] as const;
  const optional = Object.fromEntries(
    names.flatMap((name) => {
      const value = partValue(extension, name, 'goal');
      return value === undefined ? [] : [[name, value]];
    }),
  );
  return {
    id: partValue(extension, 'id', 'goal'),
    text: partValue(extension, 'text', 'goal'),
    ...optional,
    byDate: partValue(extension, 'byDate', 'goal'),
    origin: partValue(extension, 'origin', 'goal'),
  };
}
