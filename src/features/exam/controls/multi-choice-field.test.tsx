import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { ExamItemDef } from '../../../clinical/index.ts';
import type { FindingsFormValues } from '../../../data/visits/findings-form';
import { MultiChoiceField } from './multi-choice-field';

// Today's knowledge base has no multi-choice item; this one shows the form is ready for one.
const options = [
  { value: 'morning', label: 'Morning' },
  { value: 'evening', label: 'Evening' },
];
const worstTime: ExamItemDef = {
  id: 'worst-time',
  label: 'Worst time of day',
  aliases: [],
  section: 'pain',
  value: { kind: 'multi-choice', options },
  sided: false,
  sources: [],
};

function Harness({
  onForm,
}: {
  readonly onForm: (form: UseFormReturn<FindingsFormValues>) => void;
}) {
  const form = useForm<FindingsFormValues>();
  onForm(form);
  return <MultiChoiceField form={form} item={worstTime} options={options} />;
}

describe('MultiChoiceField', () => {
  it('records the ticked options as a list under a legend named by the item', async () => {
    const user = userEvent.setup();
    let form: UseFormReturn<FindingsFormValues> | undefined;
    render(
      <Harness
        onForm={(f) => {
          form = f;
        }}
      />,
    );
    const group = screen.getByRole('group', { name: 'Worst time of day' });
    expect(form?.getValues('worst-time')).toEqual([]);
    await user.click(within(group).getByRole('checkbox', { name: 'Evening' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Morning' }));
    expect(form?.getValues('worst-time')).toEqual(['morning', 'evening']);
  });
});
