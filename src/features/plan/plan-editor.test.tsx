import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  assess,
  buildPlan,
  planContext,
  planFromDraft,
  updateItem,
  type Findings,
  type PlanRecord,
} from '../../clinical/index.ts';
import type { RedFlagAction } from '../../data/visits/visit.schema';
import { PlanEditor } from './plan-editor';
import type { CheckedPlan } from './plan-form';

const VISIT_DATE = '2026-03-03';
const STRETCH = 'Kneeling Hip Flexor Stretch';
const BALANCE = 'Balance and stability training';
const INJECTION = 'Image-guided iliopsoas bursa or tendon-sheath corticosteroid injection';

const TENDINOPATHY: Findings = {
  'pain-groin': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'iliopsoas-stretch-pain': { right: 'positive' },
  'worse-hip-flexion': true,
  'pain-now': 6,
};

function draftOf(findings: Findings) {
  const assessment = assess(findings, { setting: 'sports' });
  const draft = buildPlan(assessment, findings, { today: VISIT_DATE });
  return { draft, context: planContext(assessment, findings, draft) };
}

function setUp({
  findings = TENDINOPATHY,
  startFrom = findings,
  edit = (p: PlanRecord) => p,
  readOnly = false,
  redFlagRecords = [],
}: {
  findings?: Findings;
  redFlagRecords?: readonly RedFlagAction[];
  /** The findings the stored plan was drafted from (differs when the findings changed since). */
  startFrom?: Findings;
  edit?: (plan: PlanRecord) => PlanRecord;
  readOnly?: boolean;
} = {}) {
  const { draft, context } = draftOf(findings);
  const initial = edit(planFromDraft(draftOf(startFrom).draft));
  const onChange = vi.fn<(checked: CheckedPlan) => void>();
  const view = render(
    <PlanEditor
      initial={initial}
      draft={draft}
      context={context}
      visitDate={VISIT_DATE}
      redFlagRecords={redFlagRecords}
      readOnly={readOnly}
      compareHref={(ids) => `/compare?options=${ids.join(',')}`}
      onChange={onChange}
    />,
  );
  /** The plan last reported as valid (what the page would save). */
  const lastSaved = (): PlanRecord => {
    const valid = onChange.mock.calls.map(([c]) => c).filter((c) => c.valid);
    const last = valid[valid.length - 1];
    if (last === undefined) throw new Error('no valid plan reported');
    return last.plan;
  };
  const lastChecked = (): CheckedPlan | undefined => onChange.mock.lastCall?.[0];
  return {
    user: userEvent.setup(),
    onChange,
    lastSaved,
    lastChecked,
    initial,
    unmount: view.unmount,
  };
}

function redFlagRecord(response: RedFlagAction['response']): RedFlagAction {
  const flag = draftOf({ ...TENDINOPATHY, anticoagulants: true, 'hip-held-flexed': true }).draft
    .redFlagActions[0];
  if (flag === undefined) throw new Error('expected a red flag');
  return {
    redFlagId: flag.id,
    response,
    ...(response === 'referred' ? { urgency: 'emergency' as const } : {}),
    note: response === 'overridden' ? 'Haematoma excluded on ultrasound today' : '',
    recordedAt: '2026-03-03T10:00:00.000Z',
    recordedBy: 'Sam Clinician',
  };
}

const tier = (n: number) => screen.getByRole('region', { name: new RegExp(`^Tier ${n}: `) });
const names = (n: number) =>
  within(tier(n))
    .queryAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);

// Every keystroke re-renders the editor in jsdom; a busy two-core machine needs the room.
describe('PlanEditor', { timeout: 30_000 }, () => {
  it('shows red-flag actions, tiers 1 to 5 with each item’s facts, and the home programme with its dosage', () => {
    setUp({ findings: { ...TENDINOPATHY, anticoagulants: true, 'hip-held-flexed': true } });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Red flag: act first')).toBeLessThan(
      headings.indexOf('Treatments, step by step'),
    );
    expect(
      screen.getAllByRole('heading', { level: 3, name: /^Tier \d/ }).map((h) => h.textContent),
    ).toEqual([
      expect.stringMatching(/^Tier 1: Education and self-management/),
      expect.stringMatching(/^Tier 2: Physiotherapy-led care/),
      expect.stringMatching(/^Tier 3: Medicines/),
      expect.stringMatching(/^Tier 4: Injections/),
      expect.stringMatching(/^Tier 5: Surgical referral/),
    ]);
    const flag = screen.getByRole('region', { name: 'Red flag: act first' });
    expect(flag).toHaveTextContent(
      'Emergency today: Possible iliopsoas haematoma (bleeding risk or injury)',
    );
    expect(flag).toHaveTextContent('Not recorded yet');
  });

  it('marks tiers 3 to 5 as waiting for a doctor while an emergency red flag stands', () => {
    const EMERGENCY = { ...TENDINOPATHY, anticoagulants: true, 'hip-held-flexed': true };
    const waiting = () => screen.queryByText('Tiers 3 to 5 wait for a doctor', { exact: false });
    const { unmount } = setUp({ findings: EMERGENCY });
    const note = waiting()?.closest('.notice');
    expect(note).toHaveTextContent('until a doctor has assessed it');
    // The rule is the team's, and says so.
    expect(note).toHaveTextContent(/Source.*a safety rule of the team/);
    // Said just before tier 3, and not before tier 1 or 2.
    const tier3 = tier(3);
    expect(note?.compareDocumentPosition(tier3)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(note?.compareDocumentPosition(tier(2))).toBe(Node.DOCUMENT_POSITION_PRECEDING);
    unmount();

    // Referring does not end the wait: the doctor's assessment is what the tiers wait for.
    const referred = setUp({
      findings: EMERGENCY,
      redFlagRecords: [redFlagRecord('referred')],
    });
    expect(waiting()).not.toBeNull();
    referred.unmount();

    setUp({ findings: EMERGENCY, redFlagRecords: [redFlagRecord('overridden')] });
    expect(waiting()).toBeNull();
  });

  it('does not hold tiers back without a red flag', () => {
    setUp();
    expect(screen.queryByText('Tiers 3 to 5 wait for a doctor', { exact: false })).toBeNull();
  });

  it('lists each item with who delivers it, evidence with sources, time to benefit and what it fits', () => {
    setUp();
    const stretch = within(tier(2))
      .getAllByRole('listitem')
      .find((li) => li.textContent.includes(STRETCH));
    if (stretch === undefined) throw new Error('no stretch');
    expect(stretch).toHaveTextContent('Patient (self-managed), taught by the physiotherapist');
    expect(stretch).toHaveTextContent('Very low certainty; an option');
    expect(stretch).toHaveTextContent('Range gains by 4 weeks');
    expect(stretch).toHaveTextContent(/Fits.*Iliopsoas tendinopathy/);
    expect(within(stretch).getAllByText(/Gribble/).length).toBeGreaterThan(0);
    const home = screen.getByRole('region', { name: 'Home exercise programme' });
    expect(home).toHaveTextContent(`${STRETCH}: Hold 30 s, 3 times each side`);
  });

  it('adds a treatment found by search at the end of its tier and focuses it', async () => {
    const { user, lastSaved } = setUp();
    await user.click(screen.getByRole('searchbox', { name: 'Find a treatment by name or alias' }));
    await user.paste('balance training');
    expect(screen.getByText(/treatments? found/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Add ${BALANCE}` }));
    expect(names(2).at(-1)).toBe(BALANCE);
    expect(screen.getByRole('heading', { level: 4, name: BALANCE })).toHaveFocus();
    expect(lastSaved().items.find((i) => i.treatmentId === 'balance-training')).toMatchObject({
      origin: 'added',
    });
    expect(
      within(screen.getByRole('list', { name: 'Treatments found' })).getByText('In the plan'),
    ).toBeInTheDocument();
  });

  it('adds a contraindicated treatment only with a written reason', async () => {
    const { user, lastSaved } = setUp({
      findings: { ...TENDINOPATHY, anticoagulants: true, 'hip-held-flexed': true },
    });
    const apart = screen.getByRole('region', { name: 'Contraindicated for this patient' });
    expect(apart).toHaveTextContent(INJECTION);
    expect(apart).toHaveTextContent(
      'Red flag — Possible iliopsoas haematoma (bleeding risk or injury)',
    );
    await user.click(
      within(apart).getByRole('button', { name: `Add with override… ${INJECTION}` }),
    );
    const dialog = screen.getByRole('dialog', { name: `Add ${INJECTION} with override` });
    await user.click(within(dialog).getByRole('button', { name: 'Add with override' }));
    expect(
      within(dialog).getByText('Write why this contraindicated treatment is added'),
    ).toBeVisible();
    expect(names(4)).toEqual([]);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason for adding it anyway' }),
      'CT clear; INR in range',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add with override' }));
    expect(names(4)).toEqual([INJECTION]);
    expect(
      lastSaved().items.find((i) => i.treatmentId === 'iliopsoas-bursa-injection')?.override,
    ).toEqual({
      reason: 'CT clear; INR in range',
    });
    expect(apart).toHaveTextContent('In the plan with an override: CT clear; INR in range');
  });

  it('moves an item within its tier, keeps focus on the button and announces the move', async () => {
    const { user, lastSaved } = setUp();
    const before = names(2);
    const at = before.indexOf(STRETCH);
    const up = screen.getByRole('button', { name: `Move up ${STRETCH}` });
    await user.click(up);
    expect(names(2).indexOf(STRETCH)).toBe(at - 1);
    expect(up).toHaveFocus();
    expect(
      screen.getByText(new RegExp(`${STRETCH} moved up: now ${at} of ${before.length} in tier 2`)),
    ).toBeInTheDocument();
    expect(
      lastSaved()
        .items.map((i) => i.treatmentId)
        .indexOf('kneeling-hip-flexor-stretch'),
    ).toBeLessThan(
      lastSaved()
        .items.map((i) => i.treatmentId)
        .indexOf('hip-flexor-stretching'),
    );
    // The first in a tier cannot move up; its Move down takes the focus instead.
    const first = before[0] ?? '';
    expect(screen.getByRole('button', { name: `Move up ${first}` })).toBeDisabled();
  });

  it('removes an item with an undo that puts it back where it was', async () => {
    const { user, lastSaved } = setUp();
    const before = names(2);
    await user.click(screen.getByRole('button', { name: `Remove ${STRETCH}` }));
    expect(names(2)).not.toContain(STRETCH);
    const undo = screen.getByRole('button', { name: `Undo: put ${STRETCH} back` });
    expect(undo).toHaveFocus();
    expect(lastSaved().items.map((i) => i.treatmentId)).not.toContain(
      'kneeling-hip-flexor-stretch',
    );
    await user.click(undo);
    expect(names(2)).toEqual(before);
    expect(screen.getByRole('button', { name: `Remove ${STRETCH}` })).toHaveFocus();
  });

  it('keeps an edited dosage and shows it in the home programme', async () => {
    const { user, lastSaved } = setUp();
    const field = screen.getByRole('textbox', { name: `Dosage (${STRETCH})` });
    await user.clear(field);
    await user.paste('Hold 30 s, each side');
    expect(screen.getByRole('region', { name: 'Home exercise programme' })).toHaveTextContent(
      `${STRETCH}: Hold 30 s, each side`,
    );
    expect(
      lastSaved().items.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch')?.dosage,
    ).toBe('Hold 30 s, each side');
  });

  it('flags invalid goal entries at the field and reports the plan as not valid', async () => {
    const { user, lastChecked } = setUp();
    const text = screen.getByRole('textbox', { name: 'Goal (goal 1)' });
    await user.clear(text);
    expect(screen.getByText('Write the goal')).toBeVisible();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(lastChecked()?.valid).toBe(false);
    await user.paste('Pain at most 3/10');
    const target = screen.getByRole('textbox', { name: 'Target, at most (0–10) (goal 1)' });
    await user.clear(target);
    await user.type(target, 'abc');
    expect(screen.getByText('Enter the target as a number')).toBeVisible();
    expect(target).toHaveValue('abc');
    expect(lastChecked()?.valid).toBe(false);
    await user.clear(target);
    await user.type(target, '11');
    expect(screen.getByText('Enter a target from 0 to 10 (0–10)')).toBeVisible();
    await user.clear(target);
    await user.type(target, '3');
    expect(lastChecked()).toMatchObject({ valid: true });
    const date = screen.getByLabelText(/^By\s*\(goal 1\)/);
    fireEvent.change(date, { target: { value: '2026-03-01' } });
    expect(
      screen.getByText(/The goal's date cannot be before the visit \(3 Mar 2026\)/),
    ).toBeVisible();
  });

  it('adds and removes a goal of the clinician’s own', async () => {
    const { user, lastSaved } = setUp();
    const form = screen.getByRole('form', { name: 'Add a goal' });
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));
    expect(await within(form).findByText('Write the goal')).toBeVisible();
    await user.type(
      within(form).getByRole('textbox', { name: 'New goal' }),
      'Run 5 km without groin pain',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Measured with (optional)' }),
      'pain-worst',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Target, at most (0–10)' }), '2');
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));
    const goals = lastSaved().goals;
    expect(goals[goals.length - 1]).toMatchObject({
      text: 'Run 5 km without groin pain',
      measure: 'pain-worst',
      target: 2,
      comparator: 'at-most',
      origin: 'added',
    });
    expect(screen.getByRole('textbox', { name: `Goal (goal ${goals.length})` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Remove goal ${goals.length}` }));
    expect(lastSaved().goals).toHaveLength(goals.length - 1);
    await user.click(screen.getByRole('button', { name: `Undo: put goal ${goals.length} back` }));
    expect(lastSaved().goals).toHaveLength(goals.length);
  });

  it('offers a changed draft’s differences; applying keeps the clinician’s edits, dismissing is remembered', async () => {
    const changed: Findings = {
      ...TENDINOPATHY,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 12 },
    };
    const { user, lastSaved } = setUp({
      findings: changed,
      startFrom: TENDINOPATHY,
      edit: (p) => updateItem(p, 'kneeling-hip-flexor-stretch', { dosage: 'Hold 45 s' }),
    });
    const notice = screen.getByRole('region', {
      name: /The findings changed since this plan was drafted/,
    });
    expect(notice).toHaveTextContent('New goal: Thomas test hip angle on the right at most 0°');
    await user.click(within(notice).getByRole('button', { name: /^Apply: New goal/ }));
    expect(screen.queryByRole('region', { name: /The findings changed/ })).not.toBeInTheDocument();
    const saved = lastSaved();
    expect(saved.goals.map((g) => g.id)).toContain('thomas-right');
    expect(saved.basis.goals).toContain('thomas-right');
    expect(saved.items.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch')?.dosage).toBe(
      'Hold 45 s',
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'Treatments, step by step' }),
    ).toHaveFocus();
  });

  it('dismissing a difference leaves the plan and does not offer it again', async () => {
    const changed: Findings = {
      ...TENDINOPATHY,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 12 },
    };
    const { user, lastSaved, initial } = setUp({ findings: changed, startFrom: TENDINOPATHY });
    await user.click(screen.getByRole('button', { name: /^Dismiss: New goal/ }));
    expect(screen.queryByRole('region', { name: /The findings changed/ })).not.toBeInTheDocument();
    expect(lastSaved().goals).toEqual(initial.goals);
    expect(lastSaved().basis.goals).toContain('thomas-right');
  });

  it('keeps an item this knowledge base no longer has, says so, and lets it be removed', async () => {
    const { user, lastSaved } = setUp({
      edit: (p) => ({
        ...p,
        items: [
          ...p.items,
          { treatmentId: 'retired-treatment', dosage: 'Old dose', notes: '', origin: 'added' },
        ],
      }),
    });
    const group = screen.getByRole('region', { name: 'Not in this knowledge base' });
    expect(group).toHaveTextContent('Unknown treatment “retired-treatment”');
    expect(within(group).getByRole('textbox', { name: /^Dosage/ })).toHaveValue('Old dose');
    await user.click(within(group).getByRole('button', { name: /^Remove Unknown treatment/ }));
    expect(lastSaved().items.map((i) => i.treatmentId)).not.toContain('retired-treatment');
  });

  it('is read-only for a signed visit', () => {
    setUp({ readOnly: true });
    expect(
      screen.queryByRole('button', { name: /^(Move up|Move down|Remove) / }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Dosage (${STRETCH})` })).toHaveAttribute(
      'readonly',
    );
    expect(screen.queryByRole('form', { name: 'Add a goal' })).not.toBeInTheDocument();
  });
});
