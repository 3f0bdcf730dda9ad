import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EXAM_CAUTIONS, EXAM_ITEMS, SOURCES } from '../../clinical/index.ts';
import { examItemElementId } from './exam-layout';
import { ExamHarness } from './exam-test-harness';

/** An exam item's container, where its caution shows. */
function item(id: string) {
  const element = document.getElementById(examItemElementId(id));
  if (element === null) throw new Error(`no exam item ${id}`);
  return within(element);
}

const cautionIn = (id: string) => item(id).queryByRole('note');

describe('exam cautions (data)', () => {
  it('are keyed by exam item ids and cite known sources', () => {
    const ids = new Set<string>(EXAM_ITEMS.map((i) => i.id));
    for (const [id, cautions] of Object.entries(EXAM_CAUTIONS)) {
      expect(ids.has(id), id).toBe(true);
      for (const c of cautions)
        for (const s of c.sources) expect(Object.hasOwn(SOURCES, s), `${id}: ${s}`).toBe(true);
    }
    expect(Object.keys(EXAM_CAUTIONS).sort()).toEqual(['fadir', 'scour']);
  });
});

// The whole exam (~300 controls) renders in each test; jsdom needs time for that.
describe('ExamForm cautions', { timeout: 30_000 }, () => {
  it('shows no caution beside FADIR or scour without a hip replacement', () => {
    render(<ExamHarness />);
    expect(cautionIn('fadir')).toBeNull();
    expect(cautionIn('scour')).toBeNull();
  });

  it('shows the caution in words beside FADIR and scour once a hip replacement is recorded, and drops it when unticked', async () => {
    const user = userEvent.setup();
    render(<ExamHarness />);
    const history = within(screen.getByRole('region', { name: 'History and onset' }));
    const prosthesis = history.getByRole('checkbox', {
      name: 'Hip replacement on the painful side',
    });

    await user.click(prosthesis);
    await waitFor(() => {
      expect(cautionIn('fadir')).not.toBeNull();
    });
    expect(cautionIn('fadir')).toHaveTextContent(
      /^Caution: Hip replacement on this side: FADIR takes the hip into flexion, adduction and internal rotation/,
    );
    expect(cautionIn('fadir')).toHaveTextContent(/surgeon’s instructions/);
    expect(cautionIn('scour')).toHaveTextContent(/^Caution: Hip replacement on this side/);
    // Only the items whose rule reads it.
    expect(cautionIn('log-roll')).toBeNull();
    expect(cautionIn('faber')).toBeNull();
    // The test can still be recorded.
    expect(
      within(screen.getByRole('radiogroup', { name: 'FADIR test, right' })).getByRole('radio', {
        name: 'Positive',
      }),
    ).toBeEnabled();

    // Unticked records "no": the rule no longer holds.
    await user.click(prosthesis);
    await waitFor(() => {
      expect(cautionIn('fadir')).toBeNull();
    });
    expect(cautionIn('scour')).toBeNull();
  });

  it('shows it for a stored visit that recorded a hip replacement, not for one that recorded none', () => {
    const { unmount } = render(<ExamHarness defaultValues={{ 'hip-prosthesis': true }} />);
    expect(cautionIn('fadir')).toHaveTextContent(/Caution:/);
    unmount();
    render(<ExamHarness defaultValues={{ 'hip-prosthesis': false }} />);
    expect(cautionIn('fadir')).toBeNull();
  });
});
