import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { assess } from '../../clinical/index.ts';
import type { Findings, RankedCondition } from '../../clinical/index.ts';
import { AssessmentPanel } from './assessment-panel';
import { ConditionEntry } from './condition-entry';
import { HIP_PAIN_ON_COMPLETE_MAP } from '../../test/findings-fixtures';

const INFERRED = 'not ticked on a pain map marked complete';

const oaFindings = HIP_PAIN_ON_COMPLETE_MAP;

function appendicitis(findings: Findings): RankedCondition {
  const condition = assess(findings, { setting: 'general' }).differential.find(
    (c) => c.id === 'appendicitis',
  );
  if (condition === undefined) throw new Error('fixture: no appendicitis');
  return condition;
}

describe('the Why list and the pain map', () => {
  it('says a region counted as absent because it was not ticked on a complete map', async () => {
    const user = userEvent.setup();
    const assessment = assess(oaFindings, { setting: 'general' });
    render(<AssessmentPanel assessment={assessment} onGoToItem={vi.fn<(id: string) => void>()} />);
    const list = screen.getByRole('list', { name: 'Differential' });
    const entry = within(list)
      .getAllByRole('listitem')
      .find(
        (item) => item.parentElement === list && item.textContent.startsWith('Hip osteoarthritis'),
      );
    if (entry === undefined) throw new Error('fixture: no hip OA entry');
    await user.click(within(entry).getByText(/^Why:/));
    const why = within(entry).getByRole('group');
    expect(why).toHaveTextContent(`Groin: absent (${INFERRED}), LR 0.5, counted`);
    // A recorded finding is not inferred: it carries no such note.
    expect(why).toHaveTextContent(
      /Hip internal rotation below 15°, right: present, LR [\d.]+, counted/,
    );
  });

  it('updates the entry when only the reason for an absence changes', async () => {
    const user = userEvent.setup();
    const recorded = appendicitis({ 'pain-groin': true, 'pain-lower-abdomen': false });
    const inferred = appendicitis({ 'pain-groin': true, 'pain-map-complete': true });
    const { rerender } = render(
      <ul>
        <ConditionEntry condition={recorded} />
      </ul>,
    );
    await user.click(screen.getByText(/^Why:/));
    const label = 'Lower abdomen or right lower quadrant';
    expect(screen.getByRole('group')).toHaveTextContent(`${label}: absent, LR 0.2, counted`);
    rerender(
      <ul>
        <ConditionEntry condition={inferred} />
      </ul>,
    );
    expect(screen.getByRole('group')).toHaveTextContent(
      `${label}: absent (${INFERRED}), LR 0.2, counted`,
    );
  });
});
