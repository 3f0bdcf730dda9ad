import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { patientRepository } from '../../../data/patients/patient.repository';
import { todayIsoDate } from '../../../lib/dates';
import { renderApp } from '../../../test/render-app';

function field(name: string | RegExp) {
  return screen.getByRole('textbox', { name });
}

function dateOfBirth() {
  return screen.getByLabelText('Date of birth');
}

function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setDate(date.getDate() - days);
  return todayIsoDate(date);
}

async function fillValidPatient(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  identifier = '',
) {
  await user.type(field('Given name'), 'Adaeze');
  await user.type(field('Family name'), 'Okafor');
  await user.type(dateOfBirth(), '1980-04-12');
  await user.click(screen.getByRole('radio', { name: 'Female' }));
  if (identifier) await user.type(field('Identifier (optional)'), identifier);
}

describe('new patient form', () => {
  it('explains every missing field, focuses the first, and saves nothing', async () => {
    const { user } = await renderApp('/patients/new');
    await user.click(screen.getByRole('button', { name: 'Save patient' }));

    const given = field('Given name');
    await waitFor(() => {
      expect(given).toHaveFocus();
    });
    expect(given).toHaveAttribute('aria-invalid', 'true');
    expect(given).toHaveAccessibleDescription('Error: Enter the given name');
    expect(field('Family name')).toHaveAccessibleDescription('Error: Enter the family name');
    expect(dateOfBirth()).toHaveAccessibleDescription(/Enter the date of birth/);
    const sex = screen.getByRole('radiogroup', { name: 'Sex' });
    expect(sex).toHaveAttribute('aria-invalid', 'true');
    expect(sex).toHaveAccessibleDescription('Error: Choose the sex recorded for this patient');
    expect((await patientRepository.list()).patients).toEqual([]);
  });

  it('moves focus to the sex choice when that is the only thing missing', async () => {
    const { user } = await renderApp('/patients/new');
    await user.type(field('Given name'), 'Adaeze');
    await user.type(field('Family name'), 'Okafor');
    await user.type(dateOfBirth(), '1980-04-12');
    await user.click(screen.getByRole('button', { name: 'Save patient' }));
    await waitFor(() => {
      expect(screen.getByRole('radio', { name: 'Female' })).toHaveFocus();
    });
    expect(screen.getByRole('radiogroup', { name: 'Sex' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('treats a name of only spaces as missing', async () => {
    const { user } = await renderApp('/patients/new');
    await fillValidPatient(user);
    await user.clear(field('Given name'));
    await user.type(field('Given name'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save patient' }));
    expect(await screen.findByText('Enter the given name')).toBeInTheDocument();
    expect(field('Given name')).toHaveFocus();
  });

  it('refuses a date of birth in the future', async () => {
    const { user } = await renderApp('/patients/new');
    await fillValidPatient(user);
    await user.clear(dateOfBirth());
    await user.type(dateOfBirth(), yearsAgo(-1));
    await user.click(screen.getByRole('button', { name: 'Save patient' }));
    await waitFor(() => {
      expect(dateOfBirth()).toHaveFocus();
    });
    expect(dateOfBirth()).toHaveAccessibleDescription(
      'Error: Date of birth cannot be in the future',
    );
    expect((await patientRepository.list()).patients).toEqual([]);
  });

  it('refuses an age over 120 but accepts exactly 120', async () => {
    const { user } = await renderApp('/patients/new');
    await fillValidPatient(user);
    await user.clear(dateOfBirth());
    await user.type(dateOfBirth(), yearsAgo(121));
    await user.click(screen.getByRole('button', { name: 'Save patient' }));
    expect(await screen.findByText(/older than 120/)).toBeInTheDocument();

    await user.clear(dateOfBirth());
    await user.type(dateOfBirth(), yearsAgo(120));
    await user.click(screen.getByRole('button', { name: 'Save patient' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Okafor, Adaeze' }),
    ).toBeInTheDocument();
  });

  it('says at the identifier field when another patient already has it, and saves nothing', async () => {
    await patientRepository.create({
      givenName: 'Bjorn',
      familyName: 'Lindqvist',
      dateOfBirth: '1975-01-30',
      sex: 'male',
      identifier: 'MRN-42',
      notes: '',
    });
    const { user } = await renderApp('/patients/new');
    await fillValidPatient(user, 'MRN-42');
    await user.click(screen.getByRole('button', { name: 'Save patient' }));

    const identifier = field('Identifier (optional)');
    await waitFor(() => {
      expect(identifier).toHaveFocus();
    });
    expect(identifier).toHaveAttribute('aria-invalid', 'true');
    expect(identifier).toHaveAccessibleDescription(
      /Another patient \(Lindqvist, Bjorn\) already has the identifier MRN-42/,
    );
    expect((await patientRepository.list()).patients).toHaveLength(1);
  });

  it('saves a valid patient and opens their record', async () => {
    const { user } = await renderApp('/patients/new');
    await fillValidPatient(user, '  MRN-7 ');
    await user.type(
      screen.getByRole('textbox', { name: 'Notes (optional)' }),
      'Left groin pain, 6 weeks',
    );
    await user.click(screen.getByRole('button', { name: 'Save patient' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Okafor, Adaeze' }),
    ).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('MRN-7')).toBeInTheDocument();
    expect(within(details).getByText('12 Apr 1980')).toBeInTheDocument();
    const [saved] = (await patientRepository.list()).patients;
    expect(saved).toMatchObject({
      givenName: 'Adaeze',
      identifier: 'MRN-7',
      notes: 'Left groin pain, 6 weeks',
    });
  });
});

describe('edit patient form', () => {
  it('starts from the saved record and keeps changes only when valid', async () => {
    const patient = await patientRepository.create({
      givenName: 'Mei',
      familyName: 'Chen',
      dateOfBirth: '1990-06-01',
      sex: 'female',
      notes: '',
    });
    const { user } = await renderApp(`/patients/${patient.id}/edit`);
    expect(await screen.findByRole('textbox', { name: 'Given name' })).toHaveValue('Mei');
    expect(screen.getByRole('radio', { name: 'Female' })).toBeChecked();

    await user.clear(field('Family name'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Enter the family name')).toBeInTheDocument();
    expect(await patientRepository.get(patient.id)).toEqual(patient);

    await user.type(field('Family name'), 'Chen-Raman');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chen-Raman, Mei' }),
    ).toBeInTheDocument();
  });
});
