import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterContextProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITION_LIST, TREATMENT_LIST } from '../../clinical/index.ts';
import { renderApp } from '../../test/render-app';
import { catalogueOf } from './catalogue/catalogue';
import { PROVENANCE_LABELS } from './catalogue/format';
import { findRecord } from './catalogue/records';
import { LibraryEntry } from './entry-page';
import { isLibraryKind, LIBRARY_KINDS } from './library-kinds';

// The route components are lazy chunks; load them before renderApp starts waiting for a heading.
beforeAll(async () => {
  await import('./entry-page');
  await import('./library-page');
});

const LIBRARY_PATH = /^\/library\/([^/]+)\/([^/?#]+)$/;

/** Where a Library link points, or why it points nowhere. */
function brokenLink(href: string | null): string | undefined {
  const match = LIBRARY_PATH.exec(href ?? '');
  if (match === null) return undefined;
  const [, kind = '', id = ''] = match;
  if (!isLibraryKind(kind)) return `unknown kind in ${href ?? ''}`;
  return findRecord(kind, decodeURIComponent(id)) === undefined
    ? `no entry at ${href ?? ''}`
    : undefined;
}

describe('every Library entry', () => {
  // Links need a router for their addresses; the entries themselves need no route to render.
  const router = createRouter({
    routeTree: createRootRoute(),
    history: createMemoryHistory({ initialEntries: ['/library'] }),
  });

  // One kind at a time, all its entries in one render: about 640 entries and 8,000 links in all,
  // which jsdom takes seconds over on a busy two-core machine (hence the long timeout).
  it.each(LIBRARY_KINDS)(
    'renders every %s entry by its id, and every Library link in it leads to an entry',
    (kind) => {
      const entries = catalogueOf(kind);
      const { container } = render(
        <RouterContextProvider router={router}>
          {entries.map((entry) => (
            <LibraryEntry key={entry.id} kind={kind} id={entry.id} />
          ))}
        </RouterContextProvider>,
      );
      const headings = [...container.querySelectorAll('h1')].map((h) => h.textContent);
      expect(headings).toEqual(entries.map((entry) => entry.name));
      expect(container.textContent).not.toMatch(/in this version of the knowledge base/);
      const links = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      expect(links.length).toBeGreaterThan(entries.length);
      expect(links.map(brokenLink).filter((problem) => problem !== undefined)).toEqual([]);
    },
    30_000,
  );
});

describe('a condition entry', () => {
  it('shows its description, codes and priors, each figure with its kind', async () => {
    await renderApp('/library/conditions/iliopsoas-tendinopathy');
    expect(screen.getByRole('heading', { level: 1, name: 'Iliopsoas tendinopathy' })).toBeVisible();
    expect(screen.getByText(/^Load-related pain of the iliopsoas tendon/)).toBeVisible();
    expect(screen.getByText('M76.1-')).toBeVisible();
    const priors = screen.getByRole('region', { name: 'Pretest probability (prior)' });
    const items = within(priors)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('.library-figure'));
    expect(items[0]).toHaveTextContent(
      /^General outpatient: 8%Expert estimate \(no published figure\)/,
    );
    expect(items[1]).toHaveTextContent(/^Sports medicine: 36%Published figure/);
    expect(
      within(priors).getByRole('link', { name: /^Hölmich P\. Long-standing groin pain/ }),
    ).toHaveAttribute('href', '/library/sources/holmich2007');
  });

  it('says how it shares the complaint, with whom it occurs and why', async () => {
    await renderApp('/library/conditions/labral-tear');
    const sharing = screen.getByRole('region', { name: 'How it shares the complaint' });
    expect(within(sharing).getByText(/^General outpatient:/)).toHaveTextContent(
      'General outpatient: 20%',
    );
    expect(
      within(sharing).getByRole('link', { name: 'Femoroacetabular impingement syndrome' }),
    ).toHaveAttribute('href', '/library/conditions/fai-syndrome');
    expect(within(sharing).getByText(/Warwick agreement/)).toBeVisible();
  });

  it('says that a serious condition is scored on its own evidence', async () => {
    await renderApp('/library/conditions/psoas-abscess');
    expect(screen.getByRole('region', { name: 'How it is ranked' })).toHaveTextContent(
      /does not compete with the benign causes/,
    );
  });

  it('shows the priors by age band and what to do while a serious condition is not excluded', async () => {
    await renderApp('/library/conditions/slipped-capital-femoral-epiphysis');
    const priors = screen.getByRole('region', { name: 'Pretest probability (prior)' });
    expect(within(priors).getByRole('heading', { name: 'By age' })).toBeVisible();
    expect(within(priors).getByText(/^age 9–16: General outpatient/)).toHaveTextContent(
      'age 9–16: General outpatient 2%, Sports medicine 1%',
    );
    expect(within(priors).getByText(/^age 17 or over \(growth plate closed\)/)).toBeVisible();
    expect(
      screen.getByText(/^Same-day orthopaedic referral: radiographs of both hips/),
    ).toBeVisible();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: /^Peck DM, Voss LM, Voss TT/ })).toBeVisible();
  });

  it('lists every finding that moves it with its LRs and where each figure comes from', async () => {
    await renderApp('/library/conditions/hip-oa');
    const condition = CONDITION_LIST.find((c) => c.id === 'hip-oa');
    if (condition === undefined) throw new Error('no hip-oa in the knowledge base');
    const table = screen.getByRole('table', { name: 'Likelihood ratios for Hip osteoarthritis' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(condition.findings.length);
    const kinds = new Set<string>();
    condition.findings.forEach((finding, index) => {
      const cells = within(rows[index] ?? document.body).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(
        finding.lrPositive === undefined ? 'no figure' : String(finding.lrPositive),
      );
      expect(cells[1]).toHaveTextContent(
        finding.lrNegative === undefined ? 'no figure' : String(finding.lrNegative),
      );
      // The kind shown is the figure's own: an estimate is never labelled as published.
      expect(cells[2]?.querySelector('.provenance__kind')).toHaveTextContent(
        PROVENANCE_LABELS[finding.provenance.kind],
      );
      kinds.add(finding.provenance.kind);
    });
    expect(kinds.size).toBeGreaterThan(1);
  });

  it('links to its diagnostic tests and its treatments by tier', async () => {
    const { user } = await renderApp('/library/conditions/iliopsoas-tendinopathy');
    const tests = screen.getByRole('region', { name: 'Diagnostic tests' });
    expect(
      within(tests).getByRole('link', { name: 'Iliopsoas bursa diagnostic injection' }),
    ).toBeVisible();
    const treatments = screen.getByRole('region', { name: 'Treatments' });
    const indicated = TREATMENT_LIST.filter((t) =>
      (t.indications as readonly string[]).includes('iliopsoas-tendinopathy'),
    );
    for (const t of indicated)
      expect(within(treatments).getByRole('link', { name: t.name })).toBeVisible();
    expect(
      within(treatments).getByRole('heading', { name: 'Tier 2: Physiotherapy-led care' }),
    ).toBeVisible();

    await user.click(
      within(tests).getByRole('link', { name: 'Iliopsoas bursa diagnostic injection' }),
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Iliopsoas bursa diagnostic injection',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Iliopsoas tendinopathy' })).toBeVisible();
  });
});

describe('a treatment entry', () => {
  it('shows evidence, dosage, cost, cautions with reasons, and a link to compare it', async () => {
    await renderApp('/library/treatments/oral-nsaids');
    const treatment = TREATMENT_LIST.find((t) => t.id === 'oral-nsaids');
    if (treatment === undefined) throw new Error('no oral-nsaids in the knowledge base');
    expect(screen.getByRole('heading', { level: 1, name: treatment.name })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Compare with other treatments' })).toHaveAttribute(
      'href',
      '/compare?options=oral-nsaids',
    );
    expect(screen.getByText('Tier 3: Medicines (discuss with the prescriber)')).toBeVisible();
    const cautions = screen.getByRole('region', { name: 'Contraindications and cautions' });
    for (const c of treatment.contraindications) expect(cautions).toHaveTextContent(c.reason);
    expect(
      within(cautions).getByRole('link', { name: 'Taking an SSRI or SNRI antidepressant' }),
    ).toHaveAttribute('href', '/library/exam-items/ssri-snri');
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(evidence).toHaveTextContent(treatment.evidence.summary);
  });
});

describe('an unknown entry', () => {
  it('says it is not found and offers the way back', async () => {
    await renderApp('/library/conditions/no-such-thing');
    expect(screen.getByRole('heading', { level: 1, name: 'Condition not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Conditions' })).toHaveAttribute(
      'href',
      '/library?kind=conditions',
    );
  });

  it('treats an unknown kind as a page that does not exist', async () => {
    await renderApp('/library/spells/fireball');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
