import type { SourceId } from './sources.ts';
import type { ChoiceOption, ExamSection, NumberUnit } from './types.ts';

/**
 * Small constructors that keep the exam-item table readable. Each keeps the literal id type, so
 * `ExamItemId` is a union and a misspelt reference anywhere in the knowledge base fails to compile.
 */
export interface ItemExtra {
  readonly aliases?: readonly string[];
  readonly group?: string;
  readonly howTo?: string;
  readonly positive?: string;
  readonly sources?: readonly SourceId[];
  readonly detailOf?: string;
}

const base = (section: ExamSection, extra: ItemExtra) => ({
  section,
  aliases: extra.aliases ?? [],
  sources: extra.sources ?? (['team'] as const),
  ...(extra.group === undefined ? {} : { group: extra.group }),
  ...(extra.howTo === undefined ? {} : { howTo: extra.howTo }),
  ...(extra.positive === undefined ? {} : { positive: extra.positive }),
  ...(extra.detailOf === undefined ? {} : { detailOf: extra.detailOf }),
});

/** A present/absent fact (history, red-flag screen, observation, palpation). */
export function yesNo<const I extends string>(
  id: I,
  label: string,
  section: ExamSection,
  extra: ItemExtra & { readonly sided?: boolean } = {},
) {
  return { id, label, value: { kind: 'yes-no' } as const, sided: extra.sided ?? false, ...base(section, extra) };
}

/** A special test: positive / negative / not tested. */
export function test<const I extends string>(
  id: I,
  label: string,
  section: ExamSection,
  extra: ItemExtra & { readonly sided?: boolean } = {},
) {
  return { id, label, value: { kind: 'test' } as const, sided: extra.sided ?? true, ...base(section, extra) };
}

export interface NumberSpec {
  readonly unit: NumberUnit;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly normal?: readonly [number, number];
  readonly sided?: boolean;
}

export function num<const I extends string>(
  id: I,
  label: string,
  section: ExamSection,
  spec: NumberSpec,
  extra: ItemExtra = {},
) {
  return {
    id,
    label,
    value: {
      kind: 'number',
      unit: spec.unit,
      min: spec.min,
      max: spec.max,
      integer: spec.integer ?? true,
      ...(spec.normal === undefined ? {} : { normal: spec.normal }),
    } as const,
    sided: spec.sided ?? false,
    ...base(section, extra),
  };
}

export function choice<const I extends string>(
  id: I,
  label: string,
  section: ExamSection,
  options: readonly ChoiceOption[],
  extra: ItemExtra & { readonly sided?: boolean; readonly multi?: boolean } = {},
) {
  return {
    id,
    label,
    value: { kind: extra.multi === true ? 'multi-choice' : 'choice', options } as const,
    sided: extra.sided ?? false,
    ...base(section, extra),
  };
}

export function text<const I extends string>(id: I, label: string, section: ExamSection, maxLength = 500, extra: ItemExtra = {}) {
  return { id, label, value: { kind: 'text', maxLength } as const, sided: false, ...base(section, extra) };
}

export const opts = (...pairs: readonly (readonly [string, string])[]): readonly ChoiceOption[] =>
  pairs.map(([value, label]) => ({ value, label }));
