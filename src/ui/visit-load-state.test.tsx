import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VisitLoadState } from './visit-load-state';

const back = <a href="/patients/p1">Back to the patient</a>;

describe('VisitLoadState', () => {
  it('says it is loading, under the screen’s heading', () => {
    render(
      <VisitLoadState
        state={{ status: 'loading' }}
        screen="Visit"
        loading="Loading visit…"
        backToPatient={back}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Visit' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Loading visit…');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says an unreadable record cannot be read, why, and that it was left unchanged', () => {
    render(
      <VisitLoadState
        state={{
          status: 'unreadable',
          error: new Error('visits/v1: findings: expected an object'),
        }}
        screen="Treatment plan"
        loading="Loading the plan…"
        backToPatient={back}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Treatment plan' })).toBeVisible();
    expect(screen.getByText('This visit cannot be read.')).toBeVisible();
    expect(screen.getByText('visits/v1: findings: expected an object')).toBeVisible();
    expect(screen.getByText('The stored record has been left unchanged.')).toBeVisible();
  });

  it('says a missing visit is not on this device, with the way back', () => {
    render(
      <VisitLoadState
        state={{ status: 'not-found' }}
        screen="Visit"
        loading="Loading visit…"
        backToPatient={back}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Visit not found' })).toBeVisible();
    expect(screen.getByText('This visit does not exist on this device.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the patient' })).toHaveAttribute(
      'href',
      '/patients/p1',
    );
  });
});
