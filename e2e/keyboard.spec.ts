import { expect, test } from './fixtures';

test('a patient is created, found and opened with the keyboard alone', async ({ page }) => {
  const keyboard = page.keyboard;
  await page.goto('/patients');
  await expect(page.getByRole('heading', { name: 'No patients on this device yet' })).toBeVisible();

  await test.step('skip the navigation', async () => {
    await keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  await test.step('open the new patient form', async () => {
    await keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Add a patient' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeFocused();
  });

  await test.step('fill every field from the keyboard', async () => {
    await keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Given name' })).toBeFocused();
    await keyboard.type('Keiko');
    await keyboard.press('Tab');
    await keyboard.type('Morimoto');
    await keyboard.press('Tab');
    await expect(page.getByLabel('Date of birth')).toBeFocused();
    // The date box takes its parts in the browser's own order (mm/dd/yyyy in en-US,
    // dd/mm/yyyy in en-GB), so type them in the order this browser's language uses.
    const order = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(1972, 10, 5))
        .map((part) => part.type)
        .filter((type) => type === 'day' || type === 'month' || type === 'year'),
    );
    const parts = { day: '05', month: '11', year: '1972' } as const;
    await keyboard.type(order.map((type) => parts[type]).join(''));
    await expect(page.getByLabel('Date of birth')).toHaveValue('1972-11-05');
    // Tab walks through the date's own parts before leaving it; how many depends on where typing
    // left the caret, so tab until focus leaves the date box (at most once per part).
    for (let presses = 0; presses < 3; presses += 1) {
      await keyboard.press('Tab');
      if (
        !(await page
          .getByLabel('Date of birth')
          .evaluate((input) => input === document.activeElement))
      )
        break;
    }
    await expect(page.getByRole('radio', { name: 'Female' })).toBeFocused();
    await keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
    await keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Identifier (optional)' })).toBeFocused();
    await keyboard.type('KB-1');
    await keyboard.press('Tab');
    await keyboard.type('Referred by GP.');
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save patient' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Morimoto, Keiko' })).toBeFocused();
  });

  await test.step('go back to the list and open the patient', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Patients' })
      .focus();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeFocused();
    const search = page.getByRole('searchbox', { name: 'Search patients' });
    await search.focus();
    await keyboard.type('morim');
    await expect(page.getByText('1 patient', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Name' }).focus();
    await keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Morimoto, Keiko' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Morimoto, Keiko' })).toBeFocused();
  });

  await test.step('Escape closes the delete confirmation and keeps the patient', async () => {
    await page.getByRole('button', { name: 'Delete patient' }).focus();
    await keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Delete patient' })).toBeFocused();
  });
});
