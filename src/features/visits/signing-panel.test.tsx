import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isPatientId, isVisitId } from '../../data/ids';
import { checkSigning } from '../../data/visits/visit-signing';
import type { Visit } from '../../data/visits/visit.schema';
import { SigningPanel } from './signing-panel';

function draft(findings: Visit['findings'], redFlagActions: Visit['redFlagActions'] = []): Visit {
  const id = 'v-test';
  const patientId = 'p-test';
  if (!isVisitId(id) || !isPatientId(patientId)) throw new Error('bad test ids');
  return {
    schemaVersion: 3,
    id,
    patientId,
    date: '2026-03-03',
    clinician: 'Sam',
    careSetting: 'general',
    status: 'draft',
    findings,
    redFlagActions,
    addenda: [],
    revision: 1,
    createdAt: '2026-03-03T10:00:00.000Z',
    updatedAt: '2026-03-03T10:00:00.000Z',
  };
}

function renderPanel(visit: Visit) {
  const onRecordAction = vi.fn(() => Promise.resolve());
  const onSign = vi.fn(() => Promise.resolve());
  render(
    <SigningPanel
      visit={visit}
      check={checkSigning(visit)}
      busy={false}
      onRecordAction={onRecordAction}
      onSign={onSign}
    />,
  );
  return { onRecordAction, onSign };
}

describe('SigningPanel', () => {
  it('lets a visit without red flags or invalid entries be signed', async () => {
    const { onSign } = renderPanel(draft({ 'pain-now': '4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign visit' }));
    expect(onSign).toHaveBeenCalledOnce();
  });

  it('keeps signing disabled, and says why, while an entry is invalid', () => {
    renderPanel(draft({ 'pain-now': '11' }));
    const sign = screen.getByRole('button', { name: 'Sign visit' });
    expect(sign).toBeDisabled();
    expect(sign).toHaveAccessibleDescription(/Correct the invalid entry in the exam/);
  });

  it('asks what was done about each red flag, and requires a reason to override', async () => {
    const { onRecordAction } = renderPanel(draft({ 'saddle-anaesthesia': true }));
    expect(screen.getByRole('button', { name: 'Sign visit' })).toBeDisabled();
    const form = screen.getByRole('form', {
      name: 'What was done: Possible cauda equina syndrome',
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Overridden, with a written reason' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record action' }));
    expect(await screen.findByText('Write why the red flag is overridden')).toBeInTheDocument();
    expect(onRecordAction).not.toHaveBeenCalled();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Reason for overriding (required)' }),
      'Chronic, investigated last month',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record action' }));
    expect(onRecordAction).toHaveBeenCalledWith({
      redFlagId: 'cauda-equina',
      response: 'overridden',
      note: 'Chronic, investigated last month',
    });
    expect(form).toBeInTheDocument();
  });

  it('enables signing once every red flag has a recorded action', () => {
    renderPanel(
      draft({ 'saddle-anaesthesia': true }, [
        {
          redFlagId: 'cauda-equina',
          response: 'referred',
          urgency: 'emergency',
          note: '',
          recordedAt: '2026-03-03T10:05:00.000Z',
          recordedBy: 'Sam',
        },
      ]),
    );
    expect(screen.getByRole('button', { name: 'Sign visit' })).toBeEnabled();
    expect(screen.getByText(/Recorded: Referred \(emergency\)/)).toBeInTheDocument();
  });
});
