import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render-app';
import { AppErrorBoundary } from './app-error-boundary';

describe('app shell', () => {
  it('opens on the patients screen with landmarks, a skip link and one h1', async () => {
    const { router } = await renderApp('/');
    expect(router.state.location.pathname).toBe('/patients');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Patients' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      await screen.findByRole('heading', { name: 'No patients on this device yet' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Patients – Iliopsoas Workbench');
  });

  it('shows a not-found screen for an unknown address', async () => {
    await renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('treats a malformed patient id in the address as not found', async () => {
    await renderApp('/patients/not%20an%20id');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('says a patient is not on this device rather than failing', async () => {
    await renderApp('/patients/unknown-patient');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Patient not found' }),
    ).toBeInTheDocument();
  });

  it('warns in an alert, without crashing, when the browser refuses storage', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await renderApp('/patients');
    const warning = await screen.findByText(/Patient records cannot be saved on this device/);
    const banner = warning.closest('[role="alert"]');
    expect(banner).not.toBeNull();
    expect(banner).toHaveTextContent(/private or incognito/);
    expect(screen.getByRole('heading', { level: 1, name: 'Patients' })).toBeInTheDocument(); // The route's loader read and failed; the screen still shows the failure itself.
    expect(await screen.findByText('Patient records could not be loaded.')).toBeInTheDocument();
  });

  it('draws the patients screen with its records on the first render: its route reads them first', async () => {
    await renderApp('/patients');
    // renderApp returns as soon as the screen's h1 is on screen; the list came with it.
    expect(screen.queryByText('Loading patients…')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'No patients on this device yet' }),
    ).toBeInTheDocument();
  });
});

describe('error boundary', () => {
  function Broken(): never {
    throw new Error('Render failed for a test');
  }

  it('shows what happened and a way out instead of a white page', () => {
    // React logs caught render errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Render failed for a test')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to patients' })).toHaveAttribute(
      'href',
      '/patients',
    );
  });
});
