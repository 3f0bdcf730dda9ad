import { APP_SYSTEM, EXT, LATERALITY, examOptionSystem } from './fhir-codes';
import type { CodeableConceptInput, ObservationInput } from './fhir-input.schema';
import { ImportProblem, findExtension, jsonValue, optionalValue } from './extension-reader';
import type { Side } from './finding-values';

/** One Observation read back: which exam item, which side, and the stored draft value. */
export interface FindingPart {
  readonly key: string;
  readonly side: Side | undefined;
  readonly value: unknown;
}

function codeIn(concept: CodeableConceptInput | undefined, system: string): string | undefined {
  return concept?.coding?.find((coding) => coding.system === system)?.code;
}

function readKey(observation: ObservationInput): string {
  const key =
    optionalValue(observation.extension, EXT.findingKey, 'extension (finding key)') ??
    codeIn(observation.code, APP_SYSTEM.examItem);
  if (typeof key !== 'string')
    throw new ImportProblem('code', `has no exam item code (system ${APP_SYSTEM.examItem})`);
  // A stored draft is a plain object: this key would set its prototype instead of a finding.
  if (key === '__proto__') throw new ImportProblem('code', 'uses the reserved code "__proto__"');
  return key;
}

function readSide(observation: ObservationInput): Side | undefined {
  if (observation.bodySite === undefined) return undefined;
  const code = codeIn(observation.bodySite, LATERALITY.left.system);
  if (code === LATERALITY.left.code) return 'left';
  if (code === LATERALITY.right.code) return 'right';
  throw new ImportProblem('bodySite', 'is neither left (SNOMED CT 7771000) nor right (24028007)');
}

function optionCode(concept: CodeableConceptInput | undefined, key: string, field: string): string {
  const code = codeIn(concept, APP_SYSTEM.testResult) ?? codeIn(concept, examOptionSystem(key));
  if (code === undefined) throw new ImportProblem(field, 'has no test result or option code');
  return code;
}

/** The stored draft value from the typed FHIR value (the inverse of typeValue). */
function typedValue(observation: ObservationInput, key: string): unknown {
  const quantity = observation.valueQuantity?.value;
  if (quantity !== undefined)
    return (
      optionalValue(observation.extension, EXT.typedText, 'extension (typed text)') ??
      String(quantity)
    );
  if (observation.valueBoolean !== undefined) return observation.valueBoolean;
  if (observation.valueCodeableConcept !== undefined)
    return optionCode(observation.valueCodeableConcept, key, 'valueCodeableConcept');
  if (observation.component !== undefined)
    return observation.component.map((component, index) =>
      optionCode(component.valueCodeableConcept, key, `component[${String(index)}]`),
    );
  if (observation.valueString !== undefined) return observation.valueString;
  throw new ImportProblem('value[x]', 'is missing, and there is no stored entry');
}

/** Reads one finding Observation; throws ImportProblem naming the field that is wrong. */
export function readFindingObservation(observation: ObservationInput): FindingPart {
  const key = readKey(observation);
  const side = readSide(observation);
  const stored = findExtension(observation.extension, EXT.storedEntry);
  const value =
    stored === undefined
      ? typedValue(observation, key)
      : jsonValue(stored, 'extension (stored entry)');
  return { key, side, value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds one part to a stored draft being rebuilt, refusing a value recorded twice. */
export function addFinding(
  findings: Map<string, unknown>,
  { key, side, value }: FindingPart,
): void {
  const current = findings.get(key);
  if (side === undefined) {
    if (current !== undefined)
      throw new ImportProblem('code', `records "${key}" twice in one visit`);
    findings.set(key, value);
    return;
  }
  const sided: unknown = current ?? {};
  if (!isRecord(sided) || side in sided)
    throw new ImportProblem('bodySite', `records the ${side} side of "${key}" twice in one visit`);
  findings.set(key, { ...sided, [side]: value });
}
