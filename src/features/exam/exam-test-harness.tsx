import { useForm, type UseFormReturn } from 'react-hook-form';
import type { FindingsFormValues } from '../../data/visits/findings-form';
import { ExamForm } from './exam-form';
import { findingsResolver } from './findings-resolver';

/**
 * The exam as the workspace hosts it: the findings schema as resolver, validation on change.
 * `onForm` hands the form to the test so it can read what the controls recorded.
 */
export function ExamHarness({
  defaultValues = {},
  readOnly = false,
  onForm,
}: {
  readonly defaultValues?: FindingsFormValues;
  readonly readOnly?: boolean;
  readonly onForm?: (form: UseFormReturn<FindingsFormValues>) => void;
}) {
  const form = useForm<FindingsFormValues>({
    resolver: findingsResolver,
    mode: 'onChange',
    defaultValues,
  });
  onForm?.(form);
  return <ExamForm form={form} readOnly={readOnly} />;
}
