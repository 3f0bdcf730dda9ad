import { EXT } from './fhir-codes';
import type { ExtensionInput } from './fhir-input.schema';

/** A problem in one resource of an imported Bundle: the field, and what is wrong with it. */
export class ImportProblem extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'ImportProblem';
    this.field = field;
  }
}

type List<E> = readonly E[] | undefined;

export function findExtension<E extends ExtensionInput>(list: List<E>, url: string): E | undefined {
  return list?.find((extension) => extension.url === url);
}

export function findExtensions<E extends ExtensionInput>(list: List<E>, url: string): readonly E[] {
  return list?.filter((extension) => extension.url === url) ?? [];
}

function children(extension: ExtensionInput): List<ExtensionInput> {
  return 'extension' in extension ? extension.extension : undefined;
}

function parseJson(text: string | undefined, field: string): unknown {
  if (text === undefined) throw new ImportProblem(field, 'has no JSON text');
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportProblem(field, 'holds JSON text that cannot be read');
  }
}

/** The value written as JSON text in an extension's valueString (stored draft entries). */
export function jsonValue(extension: ExtensionInput, field: string): unknown {
  return parseJson(extension.valueString, field);
}

/** An extension's value: its typed value, or the JSON text written when FHIR could not hold it. */
export function extensionValue(extension: ExtensionInput, field: string): unknown {
  const json = findExtension(children(extension), 'json');
  if (json !== undefined) return parseJson(json.valueString, field);
  const value =
    extension.valueString ??
    extension.valueCode ??
    extension.valueInstant ??
    extension.valueDate ??
    extension.valueDateTime ??
    extension.valueInteger ??
    extension.valueDecimal ??
    extension.valueBoolean ??
    extension.valueCoding?.code;
  if (value === undefined) throw new ImportProblem(field, 'has no value');
  return value;
}

/** The value of the extension at `url`, or undefined when the resource has none. */
export function optionalValue(list: List<ExtensionInput>, url: string, field: string): unknown {
  const extension = findExtension(list, url);
  return extension === undefined ? undefined : extensionValue(extension, field);
}

/** The value of a required extension; its absence is a problem named after the stored field. */
export function requiredValue(list: List<ExtensionInput>, url: string, field: string): unknown {
  const extension = findExtension(list, url);
  if (extension === undefined)
    throw new ImportProblem(
      field,
      `is missing (extension ${url}); only Bundles exported by this app can be read back`,
    );
  return extensionValue(extension, field);
}

/** A complex extension's part by name (undefined when absent), read like any extension value. */
export function partValue(extension: ExtensionInput, name: string, field: string): unknown {
  const part = findExtension(children(extension), name);
  return part === undefined ? undefined : extensionValue(part, `${field}.${name}`);
}

/** Every value of a repeated part, in order. */
export function partValues(extension: ExtensionInput, name: string, field: string): unknown[] {
  return findExtensions(children(extension), name).map((part, index) =>
    extensionValue(part, `${field}.${name}[${String(index)}]`),
  );
}

/** Stored values that replaced a native element's (see asStored), by stored field name. */
export function storedOverrides(list: List<ExtensionInput>): ReadonlyMap<string, unknown> {
  const overrides = new Map<string, unknown>();
  for (const extension of findExtensions(list, EXT.asStored)) {
    const field = findExtension(children(extension), 'field')?.valueString;
    if (field === undefined) throw new ImportProblem('extension', 'as-stored without a field');
    overrides.set(field, parseJson(findExtension(children(extension), 'json')?.valueString, field));
  }
  return overrides;
}

/** The native value, unless the exact stored value travelled in an as-stored extension. */
export function nativeOr(
  overrides: ReadonlyMap<string, unknown>,
  field: string,
  value: unknown,
): unknown {
  return overrides.has(field) ? overrides.get(field) : value;
}
