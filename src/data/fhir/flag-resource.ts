import type {
  CodeableConcept,
  Encounter,
  Extension,
  Flag,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { RED_FLAGS } from '../../clinical/index.ts';
import type { RedFlagAction } from '../visits/visit.schema';
import { APP_SYSTEM, EXT, HL7 } from './fhir-codes';
import type { FlagInput } from './fhir-input.schema';
import {
  codeExtension,
  displayText,
  instantExtension,
  isFhirCode,
  isFhirDate,
  present,
  stringExtension,
} from './fhir-primitives';
import { findExtension, partValue } from './extension-reader';

/** A red flag shown for the visit: fired on the findings (draft) or recorded at signing. */
export interface ShownRedFlag {
  readonly id: string;
  readonly name: string;
}

export interface FlagContext {
  readonly subject: Reference<Patient>;
  readonly encounter: Reference<Encounter>;
  readonly date: string;
}

const KNOWN_NAMES: ReadonlyMap<string, string> = new Map(
  RED_FLAGS.map((flag) => [flag.id, flag.name]),
);

function redFlagCode(id: string, name: string | undefined): CodeableConcept {
  const display = displayText(name ?? KNOWN_NAMES.get(id) ?? id) ?? 'Red flag';
  return {
    coding: isFhirCode(id) ? [{ system: APP_SYSTEM.redFlag, code: id, display }] : [],
    text: display,
  };
}

/** What the clinician did about a red flag, kept whole on its Flag. */
function actionExtension(action: RedFlagAction): Extension {
  return {
    url: EXT.redFlagAction,
    extension: present(
      stringExtension('redFlagId', action.redFlagId),
      codeExtension('response', action.response),
      action.urgency === undefined ? undefined : codeExtension('urgency', action.urgency),
      action.note === '' ? undefined : stringExtension('note', action.note),
      instantExtension('recordedAt', action.recordedAt),
      action.recordedBy === '' ? undefined : stringExtension('recordedBy', action.recordedBy),
    ),
  };
}

function flag(id: string, name: string | undefined, active: boolean, context: FlagContext): Flag {
  return {
    resourceType: 'Flag',
    status: active ? 'active' : 'inactive',
    category: [{ coding: [{ system: HL7.flagCategory, code: 'clinical', display: 'Clinical' }] }],
    code: redFlagCode(id, name),
    subject: context.subject,
    encounter: context.encounter,
    ...(isFhirDate(context.date) ? { period: { start: context.date } } : {}),
  };
}

/**
 * One Flag per recorded red-flag action, in order, carrying the action (active while its red flag
 * is shown, inactive when the findings no longer raise it); then one active Flag for each red flag
 * shown with no action recorded yet.
 */
export function toFlags(
  shown: readonly ShownRedFlag[],
  actions: readonly RedFlagAction[],
  context: FlagContext,
): Flag[] {
  const names = new Map(shown.map((f) => [f.id, f.name]));
  const answered = new Set(actions.map((a) => a.redFlagId));
  return [
    ...actions.map((action) => ({
      ...flag(action.redFlagId, names.get(action.redFlagId), names.has(action.redFlagId), context),
      extension: [actionExtension(action)],
    })),
    ...shown.filter((f) => !answered.has(f.id)).map((f) => flag(f.id, f.name, true, context)),
  ];
}

/** The red-flag action a Flag carries, or undefined for a Flag that only shows a red flag. */
export function readFlagAction(resource: FlagInput): Record<string, unknown> | undefined {
  const extension = findExtension(resource.extension, EXT.redFlagAction);
  if (extension === undefined) return undefined;
  const field = 'redFlagAction';
  const urgency = partValue(extension, 'urgency', field);
  return {
    redFlagId: partValue(extension, 'redFlagId', field),
    response: partValue(extension, 'response', field),
    ...(urgency === undefined ? {} : { urgency }),
    note: partValue(extension, 'note', field) ?? '',
    recordedAt: partValue(extension, 'recordedAt', field),
    recordedBy: partValue(extension, 'recordedBy', field) ?? '',
  };
}
