import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import html from '../../index.html?raw';

/**
 * index.html carries a copy of the app's frame (header, navigation, footer) that the browser
 * paints before any script runs. It must say exactly what the app then shows, or the first
 * screen would change under the clinician's eyes.
 */
const shell = new DOMParser().parseFromString(html, 'text/html');

const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim();
const links = (root: ParentNode) =>
  [...root.querySelectorAll('a')].map((link) => [text(link), link.getAttribute('href')]);

describe("index.html's app shell", () => {
  it('shows the same header, navigation and footer as the app', async () => {
    await renderApp('/patients');
    const banner = screen.getByRole('banner');
    const footer = screen.getByRole('contentinfo');
    const nav = within(banner).getByRole('navigation', { name: 'Main' });

    expect(text(shell.querySelector('#root > footer'))).toBe(text(footer));
    const staticNav = shell.querySelector('#root nav[aria-label="Main"]');
    expect(staticNav).not.toBeNull();
    expect(links(staticNav ?? shell)).toEqual(links(nav));
    expect(links(shell.querySelector('#root > header') ?? shell)).toEqual(links(banner));
  });

  it('says it is loading in the main landmark, and runs no script of its own', () => {
    const main = shell.querySelector('#root > main#main');
    expect(main?.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    // The only script is the app's module; the shell itself is inert HTML.
    expect([...shell.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual([
      'module',
    ]);
    expect(shell.querySelector('#root [style], #root [onclick], #root script')).toBeNull();
  });
});
