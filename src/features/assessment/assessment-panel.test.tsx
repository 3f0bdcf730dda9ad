import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { assess } from '../../clinical/index.ts';
import {
  BAND_LABELS,
  formatLr,
  formatProbability,
  formatSmallProbability,
  PROVENANCE_LABELS,
  reasonText,
  ruleOutText,
  TEST_CATEGORIES,
} from './assessment-format';
import { AssessmentPanel } from './assessment-panel';

/** A febrile patient holding the right hip flexed: red flags fire, and enough is recorded to rank. */
const febrileHip = assess(
  {
    fever: true,
    'hip-held-flexed': true,
    'pain-groin': true,
    'symptomatic-side': 'right',
    'thomas-test': { right: 'positive' },
    'resisted-hip-flexion': { right: 'positive' },
    // Correlated with resisted flexion (one dependency group): shown, but not counted twice.
    'iliopsoas-stretch-pain': { right: 'positive' },
    faber: { right: 'negative' },
    fadir: { right: 'negative' },
    'hip-ir-rom': { right: 20, left: 40 },
    age: 60,
  },
  { setting: 'general' },
);

/** Fever alone: a red flag, but far too little to rank causes. */
const feverOnly = assess({ fever: true }, { setting: 'general' });

function renderPanel(assessment = febrileHip, onGoToItem = vi.fn<(id: string) => void>()) {
  const user = userEvent.setup();
  render(<AssessmentPanel assessment={assessment} onGoToItem={onGoToItem} />);
  return { user, onGoToItem };
}

/** The differential's own entries (the explanations inside hold lists of their own). */
function entries(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Differential' });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

function entryFor(name: string): HTMLElement {
  const entry = entries().find((item) => item.textContent.startsWith(name));
  if (entry === undefined) throw new Error(`no entry for ${name}`);
  return entry;
}

describe('AssessmentPanel', () => {
  it('shows red flags as an alert above the differential, with urgency, action and why', () => {
    renderPanel();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Emergency today: Possible psoas abscess or deep infection');
    expect(alert).toHaveTextContent(/Action: Refer the same day for medical assessment/);
    expect(alert).toHaveTextContent('Because: Fever, Hip held in flexion');
    expect(within(alert).getAllByText(/Sources:/)).toHaveLength(febrileHip.redFlags.length);
    const list = screen.getByRole('list', { name: 'Differential' });
    expect(alert.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('ranks the top ten, each entry beginning with the condition, then band and percentage', async () => {
    const { user } = renderPanel();
    expect(entries()).toHaveLength(10);
    entries().forEach((entry, index) => {
      const condition = febrileHip.differential[index];
      if (condition === undefined) throw new Error('fewer conditions than entries');
      expect(entry.textContent.startsWith(condition.name)).toBe(true);
      expect(entry).toHaveTextContent(
        `${BAND_LABELS[condition.band]} ${formatProbability(condition.probability)} (prior${condition.priorBand === undefined ? '' : ` for ${condition.priorBand}`} ${formatProbability(condition.prior)} → ${formatProbability(condition.probability)})`,
      );
    });

    const total = febrileHip.differential.length;
    await user.click(screen.getByRole('button', { name: `Show all ${total}` }));
    expect(entries()).toHaveLength(total);
    expect(screen.getByRole('button', { name: 'Show top 10' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('marks serious and red-flagged conditions in words', () => {
    renderPanel();
    const abscess = entryFor('Psoas abscess');
    expect(within(abscess).getByText('Red-flagged')).toBeVisible();
    expect(within(abscess).getByText('Serious condition')).toBeVisible();
    expect(within(entryFor('Hip osteoarthritis')).queryByText('Red-flagged')).toBeNull();
  });

  it('explains each probability: finding, side, LR, counted or superseded, provenance, sources', async () => {
    const { user } = renderPanel();
    const oa = febrileHip.differential.find((c) => c.name === 'Hip osteoarthritis');
    if (oa === undefined || oa.contributions.length === 0) throw new Error('fixture: no OA why');
    const entry = entryFor(oa.name);
    await user.click(within(entry).getByText(/^Why:/));
    const why = within(entry).getByRole('group');
    for (const c of oa.contributions) {
      const side = c.side === undefined ? '' : `, ${c.side}`;
      expect(why).toHaveTextContent(
        `${c.label}${side}: ${c.present ? 'present' : 'absent'}, ${formatLr(c.lr)}, counted`,
      );
      expect(why).toHaveTextContent(PROVENANCE_LABELS[c.provenance.kind]);
    }
    const link = within(why).getAllByRole('link', { name: /Metcalfe D et al/ })[0];
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('says which correlated finding was superseded, and by what', () => {
    renderPanel();
    const condition = febrileHip.differential
      .slice(0, 10)
      .find((c) => c.contributions.some((x) => !x.applied));
    const superseded = condition?.contributions.find((x) => !x.applied);
    if (condition === undefined || superseded?.supersededBy === undefined)
      throw new Error('fixture: no superseded finding in the top ten');
    const side = superseded.side === undefined ? '' : `, ${superseded.side}`;
    expect(entryFor(condition.name)).toHaveTextContent(
      `${superseded.label}${side}: ${superseded.present ? 'present' : 'absent'}, ${formatLr(superseded.lr)}, not counted: superseded by ${superseded.supersededBy}`,
    );
  });

  it('does not rank when too few findings are recorded, but still shows red flags and tests', () => {
    renderPanel(feverOnly);
    expect(screen.getByRole('status')).toHaveTextContent(/Too few findings to rank causes/);
    expect(screen.queryByRole('list', { name: 'Differential' })).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Fever or signs of infection');
    expect(screen.getByRole('heading', { name: 'Recommended tests' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Contributing factors' })).toBeVisible();
  });

  it('groups recommended tests by category, with reasons and red-flag markers, and lists those done', () => {
    renderPanel();
    const tests = screen.getByRole('region', { name: 'Recommended tests' });
    const headings = within(tests)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    const present = new Set(febrileHip.tests.recommended.map((test) => test.category));
    expect(headings).toEqual([
      ...TEST_CATEGORIES.filter((c) => present.has(c.id)).map((c) => c.label),
      'Already done',
    ]);
    expect(headings).toContain('Laboratory');

    const first = febrileHip.tests.recommended[0];
    const firstReason = first?.reasons[0];
    if (first === undefined || firstReason === undefined) throw new Error('fixture has no tests');
    const inClinic = within(tests).getByRole('region', { name: 'In clinic' });
    const item = within(inClinic).getByText(first.name).closest('li');
    expect(item).toHaveTextContent(reasonText(firstReason));
    expect(item).toHaveTextContent('Red-flagged: Psoas abscess');
    expect(item).toHaveTextContent(`Ordered or performed by: ${first.orderedBy}`);

    const done = within(tests).getByRole('region', { name: 'Already done' });
    expect(done).toHaveTextContent('Thomas test: Right: positive');
    expect(done).toHaveTextContent('FABER test: Right: negative');
  });

  it('sends the clinician to the next best in-clinic test in the exam, saying why', async () => {
    const { user, onGoToItem } = renderPanel();
    const next = febrileHip.tests.nextInClinic;
    if (next?.examItem === undefined) throw new Error('fixture has no next in-clinic test');
    expect(screen.getByRole('region', { name: 'Next best in-clinic test' })).toHaveTextContent(
      `Why: ${next.why}`,
    );
    await user.click(screen.getByRole('button', { name: `Go to ${next.name} in the exam` }));
    expect(onGoToItem).toHaveBeenCalledWith(next.examItem);
  });

  it('says why each recommended test ranks where it does', () => {
    renderPanel();
    const tests = screen.getByRole('region', { name: 'Recommended tests' });
    for (const test of febrileHip.tests.recommended.slice(0, 3)) {
      const item = within(tests).getByText(test.name).closest('li');
      expect(item).toHaveTextContent(`Why: ${test.why}`);
    }
  });

  it('lists contributing factors and presentation with the findings behind them', () => {
    renderPanel();
    expect(screen.getByRole('region', { name: 'Contributing factors' })).toHaveTextContent(
      'Poor hip-flexor flexibility because: Thomas test (right)',
    );
    expect(screen.getByRole('region', { name: 'Presentation type' })).toHaveTextContent(
      'Unilateral spasm because: Symptoms on one side',
    );
  });
});

describe('Not yet excluded', () => {
  const INTRO =
    'Serious causes still at 0.5% or more, or raised by a red flag, whatever their rank.';

  function section(): HTMLElement {
    return screen.getByRole('region', { name: 'Not yet excluded' });
  }

  function itemsOf(): HTMLElement[] {
    const list = within(section()).getByRole('list', { name: 'Not yet excluded' });
    return within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
  }

  it('sits after the red flags and before the differential, under its own heading', () => {
    renderPanel();
    const heading = screen.getByRole('heading', { level: 2, name: 'Not yet excluded' });
    const alert = screen.getByRole('alert');
    const differential = screen.getByRole('heading', { level: 2, name: 'Differential' });
    expect(alert.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      heading.compareDocumentPosition(differential) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(section()).toHaveTextContent(INTRO);
  });

  it('lists every serious condition still possible with probability, red flag, action and rule-out', () => {
    renderPanel();
    const entries = febrileHip.notYetExcluded;
    expect(entries.length).toBeGreaterThan(0);
    expect(itemsOf()).toHaveLength(entries.length);
    itemsOf().forEach((item, index) => {
      const entry = entries[index];
      if (entry === undefined) throw new Error('more items than entries');
      expect(item.textContent.startsWith(entry.name)).toBe(true);
      expect(item).toHaveTextContent(
        `${entry.name} ${formatSmallProbability(entry.probability)}${entry.redFlagged ? ', red-flagged' : ''}`,
      );
      expect(item).toHaveTextContent(`Meanwhile: ${entry.action}`);
      expect(item).toHaveTextContent(`Rule out with: ${ruleOutText(entry.ruleOut)}`);
    });
    const abscess = itemsOf().find((item) => item.textContent.startsWith('Psoas abscess'));
    expect(abscess).toHaveTextContent(/Psoas abscess \S+, red-flagged/);
  });

  it('shows a serious condition ranked far below the top ten', () => {
    renderPanel();
    const low = febrileHip.notYetExcluded.find(
      (entry) => febrileHip.differential.findIndex((c) => c.id === entry.id) >= 10,
    );
    if (low === undefined) throw new Error('fixture: no serious condition outside the top ten');
    expect(
      within(section()).getByRole('link', { name: `${low.name} (opens in new tab)` }),
    ).toBeVisible();
    expect(entries().some((item) => item.textContent.startsWith(low.name))).toBe(false);
  });

  it('words a rule-out test with its figure, provenance, invasiveness and cost', () => {
    expect(
      ruleOutText({
        kind: 'test',
        test: 'ct-abdomen-pelvis-contrast',
        label: 'Contrast CT',
        result: 'negative',
        lrNegative: 0.05,
        provenance: 'expert-estimate',
        ifNegative: 0.009,
        excludes: false,
        category: 'imaging',
        invasiveness: 3,
        cost: 'high',
      }),
    ).toBe(
      'Contrast CT negative (LR− 0.05, Expert estimate): imaging, invasiveness 3 of 5, cost high; not enough on its own to exclude it.',
    );
    expect(
      ruleOutText({
        kind: 'finding',
        fact: 'hop-test',
        label: 'Hop test',
        result: 'negative',
        lrNegative: 0.3,
        provenance: 'expert-estimate',
        ifNegative: 0.003,
        excludes: true,
      }),
    ).toBe('Hop test negative (LR− 0.3, Expert estimate).');
    expect(ruleOutText({ kind: 'none', label: 'No single finding rules it out' })).toBe(
      'No single finding rules it out.',
    );
  });

  it('says so in one line when nothing serious is still possible', () => {
    renderPanel({ ...febrileHip, notYetExcluded: [] });
    expect(section()).toHaveTextContent(INTRO);
    expect(within(section()).queryByRole('list')).toBeNull();
    expect(
      within(section()).getByText(
        'None: no serious cause is at 0.5% or more or raised by a red flag.',
      ),
    ).toBeVisible();
  });

  it('is shown even before there are enough findings to rank', () => {
    renderPanel(feverOnly);
    expect(screen.getByRole('status')).toHaveTextContent(/Too few findings to rank causes/);
    expect(itemsOf().length).toBe(feverOnly.notYetExcluded.length);
  });
});
