import type { Locator, Page } from '@playwright/test';
import { isoYearsAgo } from './patient-form';
import { openStoredVisit } from './print-visits';
import { expect, test } from './fixtures';

/** A new patient's visit, open at the exam (both stored: the forms are not what is tested here). */
async function startVisit(page: Page, family: string): Promise<void> {
  await openStoredVisit(
    page,
    { given: 'Alex', family, dateOfBirth: isoYearsAgo(31), sex: 'female' },
    'sports',
  );
}

const radio = (page: Page, group: string, name: string) =>
  page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });

/** Iliopsoas tendinopathy on the right, pain 6/10. */
async function recordIliopsoasPicture(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await radio(page, 'Symptomatic side', 'Right').check();
  await page
    .getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' })
    .check();
  await radio(page, 'Resisted hip flexion, right', 'Positive').check();
  await radio(page, 'Pain on iliopsoas stretch, right', 'Positive').check();
  await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
  await page.getByRole('textbox', { name: 'Pain now (0–10)' }).fill('6');
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved on this device/ });

async function openPlan(page: Page): Promise<void> {
  await expect(saved(page)).toBeVisible();
  await page.getByRole('link', { name: 'Treatment plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
  await expect(saved(page)).toBeVisible();
}

const tier = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Tier ${n}: `) });
const itemNames = (list: Locator) => list.getByRole('heading', { level: 4 }).allTextContents();
const dosage = (page: Page, name: string) =>
  page.getByRole('textbox', { name: `Dosage (${name})` });

const STRETCH = 'Kneeling Hip Flexor Stretch';
const INJECTION = 'Image-guided iliopsoas bursa or tendon-sheath corticosteroid injection';
const BALANCE = 'Balance and stability training';

test('a plan drafted from the exam is edited, and every edit survives a reload', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  await startVisit(page, 'Planner');
  await recordIliopsoasPicture(page);
  await openPlan(page);

  await test.step('drafted: tiers 1 to 5 in order, the home programme, the knowledge-base version', async () => {
    await expect(page.getByRole('heading', { level: 3, name: /^Tier \d/ })).toHaveText([
      /^Tier 1: Education and self-management/,
      /^Tier 2: Physiotherapy-led care/,
      /^Tier 3: Medicines \(discuss with the prescriber\)/,
      /^Tier 4: Injections and interventional procedures/,
      /^Tier 5: Surgical referral/,
    ]);
    await expect(
      page.getByText(/^Drafted by knowledge base \d{4}\.\d+\.\d+ for Iliopsoas tendinopathy/),
    ).toBeVisible();
    await expect(page.getByText('As drafted: no changes yet.')).toBeVisible();
    const home = page.getByRole('region', { name: 'Home exercise programme' });
    await expect(home).toContainText(`${STRETCH}: Hold 30 s, 3 times each side`);
    const stretch = tier(page, 2).getByRole('listitem').filter({ hasText: STRETCH });
    await expect(stretch).toContainText('Patient (self-managed), taught by the physiotherapist');
    await expect(stretch).toContainText('Very low certainty; an option');
    await stretch.getByText('Summary and 4 sources').click();
    await expect(stretch).toContainText('Gribble');
  });
  await test.step('drafted: measurable goals, when to step up, review date, prevention, when to see a doctor', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const goal = page.getByRole('group', { name: /^Goal 1/ });
    await expect(goal).toContainText(/Measured with: Pain now.*; at this visit 6/);
    await expect(goal.getByRole('textbox', { name: 'Goal (goal 1)' })).toHaveValue(
      /^Pain now at most 4\/10 by \d{4}-\d{2}-\d{2}/,
    );
    await expect(
      page.getByRole('textbox', { name: 'Target, at most (0–10) (goal 1)' }),
    ).toHaveValue('4');
    const by = await page.getByLabel('By (goal 1)').inputValue();
    expect(by > today, `goal 1 is due after the visit: ${by}`).toBe(true);
    const stepUp = page.getByRole('region', { name: 'When to step up' });
    await expect(stepUp.getByRole('listitem')).toHaveText([
      /^From tier 1 to tier 2, physiotherapy-led care: If pain and function have not improved/,
      /^From tier 2 to tier 3, /,
      /^From tier 3 to tier 4, /,
      /^From tier 4 to tier 5, surgical referral: /,
    ]);
    const review = await page.getByLabel('Review date').inputValue();
    expect(review > today, `review after the visit: ${review}`).toBe(true);
    await expect(page.getByRole('region', { name: 'Review' })).toContainText(
      /The draft suggests a review \d+ days after the visit/,
    );
    await expect(page.getByRole('region', { name: 'Prevention' })).toContainText(
      'Keep a good posture.',
    );
    await expect(page.getByRole('region', { name: 'When to see a doctor' })).toContainText(
      'Numbness between the legs or a bladder or bowel change.',
    );
  });
  await expectAccessible('treatment plan as drafted');

  await test.step('add a treatment found by an alias', async () => {
    await page
      .getByRole('searchbox', { name: 'Find a treatment by name or alias' })
      .fill('balance training');
    await expect(page.getByRole('status').filter({ hasText: /treatments? found/ })).toBeVisible();
    await page.getByRole('button', { name: `Add ${BALANCE}` }).click();
    await expect(page.getByRole('heading', { level: 4, name: BALANCE })).toBeFocused();
    const names = await itemNames(tier(page, 2));
    expect(names[names.length - 1]).toBe(BALANCE);
    await expect(page.getByRole('list', { name: 'Treatments found' })).toContainText('In the plan');
  });

  await test.step('move the stretch up within its tier; focus stays on its button', async () => {
    const before = await itemNames(tier(page, 2));
    const at = before.indexOf(STRETCH);
    const up = page.getByRole('button', { name: `Move up ${STRETCH}` });
    await up.click();
    await expect(up).toBeFocused();
    const after = await itemNames(tier(page, 2));
    expect(after.indexOf(STRETCH)).toBe(at - 1);
    await expect(
      page.getByRole('status').filter({ hasText: `${STRETCH} moved up` }),
    ).toBeAttached();
  });

  await test.step('change a dosage; the home programme follows', async () => {
    await dosage(page, STRETCH).fill('Hold 30 s, each side, twice a day');
    await expect(page.getByRole('region', { name: 'Home exercise programme' })).toContainText(
      `${STRETCH}: Hold 30 s, each side, twice a day`,
    );
  });

  await test.step('an emptied goal is flagged at the field and not saved, then fixed', async () => {
    const goal = page.getByRole('textbox', { name: 'Goal (goal 1)' });
    await goal.fill('');
    await expect(page.getByText('Write the goal')).toBeVisible();
    await expect(goal).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByRole('status').filter({ hasText: 'Not saved: fix the highlighted field' }),
    ).toBeVisible();
    await goal.fill('Pain now at most 3/10 at the review');
    await page.getByRole('textbox', { name: 'Target, at most (0–10) (goal 1)' }).fill('3');
    await expect(saved(page)).toBeVisible();
  });

  await test.step('remove a treatment, undo it', async () => {
    await page.getByRole('button', { name: 'Remove Cryotherapy' }).click();
    const undo = page.getByRole('button', { name: /^Undo: put Cryotherapy/ });
    await expect(undo).toBeFocused();
    await expect(page.getByRole('heading', { level: 4, name: /^Cryotherapy/ })).toHaveCount(0);
    await undo.click();
    await expect(page.getByRole('heading', { level: 4, name: /^Cryotherapy/ })).toHaveCount(1);
  });

  await expect(saved(page)).toBeVisible();
  await expect(
    page.getByText(/^Edited by you: 1 treatment added, 1 dosage or note changed, 1 goal yours/),
  ).toBeVisible();
  await test.step('reload: everything is kept', async () => {
    const order = await itemNames(tier(page, 2));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
    expect(await itemNames(tier(page, 2))).toEqual(order);
    await expect(dosage(page, STRETCH)).toHaveValue('Hold 30 s, each side, twice a day');
    await expect(page.getByRole('textbox', { name: 'Goal (goal 1)' })).toHaveValue(
      'Pain now at most 3/10 at the review',
    );
    await expect(
      page.getByRole('textbox', { name: 'Target, at most (0–10) (goal 1)' }),
    ).toHaveValue('3');
  });

  await test.step('compare two items; print links', async () => {
    await page.getByRole('checkbox', { name: `Compare ${STRETCH}` }).check();
    await page.getByRole('checkbox', { name: `Compare ${BALANCE}` }).check();
    await expect(page.getByRole('link', { name: 'Compare selected (2)' })).toHaveAttribute(
      'href',
      /^\/compare\?options=kneeling-hip-flexor-stretch,balance-training&patient=[^&]+&visit=[^&]+$/,
    );
    await expect(page.getByRole('link', { name: 'Print clinical record' })).toHaveAttribute(
      'href',
      /\/visits\/[^/]+\/print\/record$/,
    );
    await expect(page.getByRole('link', { name: 'Print patient handout' })).toHaveAttribute(
      'href',
      /\/visits\/[^/]+\/print\/handout$/,
    );
  });
});

test("a changed finding offers the new draft's difference; applying it keeps the clinician's edits", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  await startVisit(page, 'Redraft');
  await recordIliopsoasPicture(page);
  await openPlan(page);
  await test.step('edit: add a treatment, change a dosage and a goal', async () => {
    await page
      .getByRole('searchbox', { name: 'Find a treatment by name or alias' })
      .fill('balance');
    await page.getByRole('button', { name: `Add ${BALANCE}` }).click();
    await dosage(page, STRETCH).fill('Hold 30 s, each side, twice a day');
    await page
      .getByRole('textbox', { name: 'Goal (goal 1)' })
      .fill('Pain now at most 3/10 at the review');
    await expect(saved(page)).toBeVisible();
  });
  await test.step('record a Thomas test in the exam and come back', async () => {
    await page.getByRole('link', { name: 'Back to the visit' }).click();
    await page.getByRole('form', { name: 'Examination' }).waitFor();
    await radio(page, 'Thomas test, right', 'Positive').check();
    await page.getByRole('textbox', { name: 'Thomas test hip angle, right (°)' }).fill('12');
    await page.getByRole('link', { name: 'Open the treatment plan' }).click();
  });
  const notice = page.getByRole('region', {
    name: /The findings changed since this plan was drafted/,
  });
  await expect(notice).toContainText('New goal: Thomas test hip angle on the right at most 0°');
  await expectAccessible('treatment plan with a redraft difference');
  await notice.getByRole('button', { name: /^Apply: New goal: Thomas test/ }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Goal (goal 2)' })).toHaveValue(
    /^Thomas test hip angle on the right at most 0°/,
  );
  await expect(dosage(page, STRETCH)).toHaveValue('Hold 30 s, each side, twice a day');
  await expect(page.getByRole('heading', { level: 4, name: BALANCE })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Goal (goal 1)' })).toHaveValue(
    'Pain now at most 3/10 at the review',
  );
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Goal (goal 2)' })).toHaveValue(
    /^Thomas test hip angle/,
  );
  await expect(dosage(page, STRETCH)).toHaveValue('Hold 30 s, each side, twice a day');
  await expect(page.getByRole('region', { name: /The findings changed/ })).toHaveCount(0);
});

test('a contraindicated treatment is shown apart and needs a written reason to be added', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startVisit(page, 'Anticoagulated');
  await recordIliopsoasPicture(page);
  await page.getByRole('checkbox', { name: 'Anticoagulant use' }).check();
  await page.getByRole('checkbox', { name: 'Hip held in flexion' }).check();
  await openPlan(page);

  const flags = page.getByRole('region', { name: /^Red flag/ });
  await expect(flags).toContainText('Possible iliopsoas haematoma (bleeding risk or injury)');
  await expect(flags).toContainText('Emergency today');
  await expect(flags).toContainText('Not recorded yet');
  // Red-flag actions come before any treatment.
  const flagsBox = await flags.boundingBox();
  const treatmentsBox = await page
    .getByRole('heading', { name: 'Treatments, step by step' })
    .boundingBox();
  expect(flagsBox?.y ?? Infinity).toBeLessThan(treatmentsBox?.y ?? 0);

  const apart = page.getByRole('region', { name: 'Contraindicated for this patient' });
  const injection = apart.getByRole('listitem').filter({ hasText: INJECTION });
  await expect(injection).toContainText(
    'Red flag — Possible iliopsoas haematoma (bleeding risk or injury)',
  );
  await expect(tier(page, 4)).toContainText('Nothing in this tier.');

  await test.step('adding it asks for a reason; an empty one is refused at the field', async () => {
    await injection.getByRole('button', { name: /^Add with override/ }).click();
    const dialog = page.getByRole('dialog', { name: /with override$/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Add with override' }).click();
    await expect(
      dialog.getByText('Write why this contraindicated treatment is added'),
    ).toBeVisible();
    await dialog
      .getByRole('textbox', { name: 'Reason for adding it anyway' })
      .fill('Haematoma excluded on CT; INR in range; discussed with the GP');
    await dialog.getByRole('button', { name: 'Add with override' }).click();
    await expect(dialog).toBeHidden();
  });

  const added = tier(page, 4).getByRole('listitem').filter({ hasText: INJECTION });
  await expect(added).toContainText('Added by you');
  await expect(added.getByRole('textbox', { name: /^Override reason/ })).toHaveValue(
    /Haematoma excluded on CT/,
  );
  await expect(apart).toContainText('In the plan with an override: Haematoma excluded on CT');
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(tier(page, 4).getByRole('heading', { level: 4, name: INJECTION })).toBeVisible();
});

test('treatments are added and reordered with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await startVisit(page, 'Keys');
  await recordIliopsoasPicture(page);
  await openPlan(page);
  const search = page.getByRole('searchbox', { name: 'Find a treatment by name or alias' });
  await search.focus();
  await page.keyboard.type('balance and stability');
  // The results follow the typing a render behind (a deferred value): wait for the list to settle
  // on the one match, or Tab can land on a button of an earlier, longer list.
  await expect(
    page.getByRole('list', { name: 'Treatments found' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Add ${BALANCE}` })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Add ${BALANCE}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 4, name: BALANCE })).toBeFocused();
  // From the new item: its compare box, then Move up (Move down is disabled at the tier's end).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const up = page.getByRole('button', { name: `Move up ${BALANCE}` });
  await expect(up).toBeFocused();
  const before = await itemNames(tier(page, 2));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  const after = await itemNames(tier(page, 2));
  expect(after.indexOf(BALANCE)).toBe(before.indexOf(BALANCE) - 2);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Move down ${BALANCE}` })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await itemNames(tier(page, 2))).indexOf(BALANCE)).toBe(before.indexOf(BALANCE) - 1);
});

test('a signed visit shows its plan read-only', async ({ page }) => {
  test.setTimeout(90_000);
  await startVisit(page, 'Signed');
  await recordIliopsoasPicture(page);
  await openPlan(page);
  await page.getByRole('link', { name: 'Back to the visit' }).click();
  await page.getByRole('button', { name: 'Sign visit' }).click();
  await expect(page.getByText('Signed visits are read-only.')).toBeVisible();
  await page.getByRole('link', { name: 'Treatment plan', exact: true }).click();
  await expect(page.getByText(/^Signed visits are read-only. To add to the plan/)).toBeVisible();
  await expect(dosage(page, STRETCH)).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: /^(Move up|Remove) / })).toHaveCount(0);
  await expect(
    page.getByRole('searchbox', { name: 'Find a treatment by name or alias' }),
  ).toHaveCount(0);
});
