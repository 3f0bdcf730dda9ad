import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONDITION_LIST,
  DIAGNOSTIC_TEST_LIST,
  EXAM_ITEMS,
  TREATMENT_LIST,
} from '../../clinical/index.ts';
import { renderApp } from '../../test/render-app';

const searchBox = () => screen.getByRole('searchbox', { name: 'Search the library' });
const results = () => screen.getByRole('list', { name: 'Search results' });
const resultNames = () =>
  within(results())
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent);

// The screens are lazy chunks over the whole knowledge base; load them once up front so the
// first test does not spend renderApp's wait on the import.
beforeAll(async () => {
  await import('./library-page');
});

describe('Library search and browse', () => {
  it('opens on every kind with its count, and is in the main navigation', async () => {
    await renderApp('/library');
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // Every entry of the knowledge base is listed: the counts follow it.
    for (const [kind, list] of [
      ['Conditions', CONDITION_LIST],
      ['Exam items', EXAM_ITEMS],
      ['Diagnostic tests', DIAGNOSTIC_TEST_LIST],
      ['Treatments', TREATMENT_LIST],
    ] as const)
      expect(
        screen.getByRole('heading', { name: `${kind} (${String(list.length)})` }),
      ).toBeVisible();
    // Nothing announced until there is a query.
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  // Eleven keystrokes, each a navigation and a new result list: slow on a busy machine.
  it(
    'finds the Thomas test as you type, announces the count, and keeps the query in the URL',
    { timeout: 20_000 },
    async () => {
      const { user, router } = await renderApp('/library');
      await user.type(searchBox(), 'thomas test');
      await waitFor(() => {
        expect(screen.getByRole('status')).toHaveTextContent(/^\d+ entries match “thomas test”\.$/);
      });
      expect(resultNames().slice(0, 2)).toEqual(['Thomas test', 'Thomas test']);
      await waitFor(() => {
        expect(router.state.location.search).toEqual({ q: 'thomas test' });
      });
      expect(searchBox()).toHaveValue('thomas test');
    },
  );

  it('narrows to one kind with a link that keeps the query, showing the counts per kind', async () => {
    const { user, router } = await renderApp('/library?q=thomas');
    expect(searchBox()).toHaveValue('thomas');
    const kinds = screen.getByRole('navigation', { name: 'Kinds of entry' });
    await user.click(within(kinds).getByRole('link', { name: /^Diagnostic tests \(\d+\)$/ }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ q: 'thomas', kind: 'tests' });
    });
    expect(within(kinds).getByRole('link', { name: /^Diagnostic tests/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /diagnostic tests? match(es)? “thomas” \(\d+ in all kinds\)/,
    );
    expect(resultNames()).toContain('Thomas test');
    expect(within(results()).queryByText(/^Exam item/)).toBeNull();
  });

  it('finds a condition by its alias and says which alias matched', async () => {
    await renderApp('/library?q=psoas%20tendinitis');
    const first = within(results()).getAllByRole('listitem')[0];
    if (first === undefined) throw new Error('no results');
    expect(within(first).getByRole('link', { name: 'Iliopsoas tendinopathy' })).toHaveAttribute(
      'href',
      '/library/conditions/iliopsoas-tendinopathy',
    );
    expect(first).toHaveTextContent('Also called: Psoas tendinitis');
  });

  // Several hundred results rendered at once: slow in jsdom on a busy machine.
  it(
    'shows the first 50 of many results, and all of them on request',
    { timeout: 20_000 },
    async () => {
      const { user } = await renderApp('/library?q=e');
      const total = Number(/^(\d+) entries/.exec(screen.getByRole('status').textContent)?.[1]);
      expect(total).toBeGreaterThan(50);
      expect(within(results()).getAllByRole('listitem')).toHaveLength(50);
      const more = screen.getByRole('button', { name: `Show all ${total} results` });
      expect(more).toHaveAttribute('aria-expanded', 'false');
      await user.click(more);
      expect(within(results()).getAllByRole('listitem')).toHaveLength(total);
      expect(screen.getByRole('button', { name: 'Show the first 50' })).toHaveFocus();
    },
  );

  it('says when nothing matches', async () => {
    const { user } = await renderApp('/library');
    await user.type(searchBox(), 'zzqx');
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('No entries match “zzqx”.');
    });
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('browses one kind by its groups, and clears the search when the box is emptied', async () => {
    const { user, router } = await renderApp('/library?kind=treatments&q=heat');
    await user.clear(searchBox());
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ kind: 'treatments' });
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Treatments' })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Tier 1: Education and self-management' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Tier 5: Surgical referral' }),
    ).toBeVisible();
  });

  it('sends /library/<kind> to that kind’s list', async () => {
    const { router } = await renderApp('/library/red-flags');
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ kind: 'red-flags' });
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Red flags' })).toBeVisible();
  });
});
