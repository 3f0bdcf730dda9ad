import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { FindingsFormValues } from '../../data/visits/findings-form';
import { ExamHarness } from './exam-test-harness';

// The whole exam (~300 controls) renders; jsdom needs time for that.
describe('the "pain map complete" control', { timeout: 30_000 }, () => {
  it('sits right after "Where is the pain?", named, and records the map as complete', async () => {
    let form: UseFormReturn<FindingsFormValues> | undefined;
    const user = userEvent.setup();
    render(
      <ExamHarness
        onForm={(f) => {
          form = f;
        }}
      />,
    );
    const pain = within(screen.getByRole('region', { name: 'Pain' }));
    const where = pain.getByRole('group', { name: 'Where is the pain?' });
    const complete = pain.getByRole('group', { name: 'Is the pain map complete?' });
    expect(where.nextElementSibling).toBe(complete);
    const box = within(complete).getByRole('checkbox', {
      name: 'Pain map complete: regions not ticked are pain-free',
    });
    expect(box).toBeVisible();
    expect(box).toHaveAccessibleDescription(
      /Until then a region left unticked counts as not asked/,
    );
    expect(within(where).queryByRole('checkbox', { name: /Pain map complete/ })).toBeNull();

    await user.click(within(where).getByRole('checkbox', { name: 'Groin' }));
    await user.click(box);
    expect(form?.getValues()).toMatchObject({ 'pain-groin': true, 'pain-map-complete': true });
  });
});
