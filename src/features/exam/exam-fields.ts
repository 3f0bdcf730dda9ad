import { useFormState, type UseFormReturn } from 'react-hook-form';
import type { ExamItemDef, Side } from '../../clinical/index.ts';
import type { FindingsFormValues } from '../../data/visits/findings-form';

/**
 * What the exam needs from the workspace's form. Wider than `UseFormReturn<FindingsFormValues>`
 * on purpose: a resolver that transforms values changes UseFormReturn's third type parameter, and
 * none of these members depends on it, so either form fits.
 */
export type ExamFormApi = Pick<
  UseFormReturn<FindingsFormValues, unknown, unknown>,
  'register' | 'control' | 'setValue'
>;

export const SIDES: readonly Side[] = ['left', 'right'];

/** Shown on screen beside a sided control; the accessible name carries the lower-case word. */
export const SIDE_WORDS: Readonly<Record<Side, string>> = { left: 'Left', right: 'Right' };

/** "thomas-test" or "thomas-test.right": the form path of one control. */
export function fieldPath(itemId: string, side: Side | undefined): string {
  return side === undefined ? itemId : `${itemId}.${side}`;
}

/** The control's accessible name: "Thomas test, right", "Hip internal rotation, right (°)". */
export function controlName(item: ExamItemDef, side: Side | undefined, unit?: string): string {
  const sided = side === undefined ? item.label : `${item.label}, ${side}`;
  return unit === undefined ? sided : `${sided} (${unit})`;
}

/**
 * Registers a radiogroup. RHF reads an untouched radiogroup's value from the DOM as null, which is
 * outside the findings contract (and the stored schema); '' is this contract's "not recorded".
 * Only applies when the form has no value for the path yet.
 */
export function registerChoice(form: ExamFormApi, path: string) {
  return form.register(path, { value: '' });
}

/** Registers a multi-choice's checkboxes; untouched they would read as false, not as a list. */
export function registerMultiChoice(form: ExamFormApi, path: string) {
  return form.register(path, { value: [] });
}

/** The message at a dotted path of RHF's error tree ("hip-ir-rom.left"), if any. */
function messageAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Reflect.get(node, key);
  }
  if (typeof node !== 'object' || node === null || !('message' in node)) return undefined;
  return typeof node.message === 'string' ? node.message : undefined;
}

/**
 * The validation message for one control. It subscribes to that path's errors only: reading
 * nothing else of the form state (getFieldState would also read dirty and touched fields) keeps
 * the other ~300 controls from re-rendering on every change.
 */
export function useFieldError(form: ExamFormApi, path: string): string | undefined {
  const { errors } = useFormState({ control: form.control, name: path, exact: true });
  return messageAt(errors, path);
}
