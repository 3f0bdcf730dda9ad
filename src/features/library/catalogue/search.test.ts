import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { buildSearchIndex, normalise, searchLibrary } from './search';

const index = buildSearchIndex(CATALOGUE);
const names = (query: string, kind?: Parameters<typeof searchLibrary>[2]) =>
  searchLibrary(index, query, kind).results.map((r) => `${r.entry.kind}:${r.entry.name}`);

describe('normalise', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('  Hölmich’s  FABER-test ')).toBe('holmich s faber test');
    expect(normalise('LR−')).toBe('lr');
  });
});

describe('searchLibrary', () => {
  it('puts entries named exactly as the query first: the Thomas test exam item and diagnostic test', () => {
    const [first, second, ...rest] = names('Thomas test');
    expect([first, second].sort()).toEqual(['exam-items:Thomas test', 'tests:Thomas test']);
    expect(rest.slice(0, 2)).toEqual(
      expect.arrayContaining([
        'exam-items:Thomas test hip angle',
        'exam-items:Thomas test knee angle',
      ]),
    );
  });

  it('is indifferent to case and accents in the query', () => {
    expect(names('THOMAS TEST')).toEqual(names('thomas test'));
    expect(names('holmich')).toEqual(names('Hölmich'));
    expect(names('holmich').some((name) => name.startsWith('sources:Hölmich P'))).toBe(true);
  });

  it('finds an entry by an alias and says which alias matched', () => {
    const outcome = searchLibrary(index, 'psoas tendinitis');
    const first = outcome.results[0];
    expect(first?.entry.id).toBe('iliopsoas-tendinopathy');
    expect(first?.alias).toBe('Psoas tendinitis');
  });

  it('ranks a name match above a match in a description', () => {
    const results = searchLibrary(index, 'bursitis').results;
    const firstDescriptionOnly = results.findIndex(
      (r) => !normalise(r.entry.name).includes('bursitis') && r.alias === undefined,
    );
    const lastNamed = results
      .map((r) => normalise(r.entry.name).includes('bursitis'))
      .lastIndexOf(true);
    expect(firstDescriptionOnly).toBeGreaterThan(lastNamed);
  });

  it('needs every word of the query, in any order and anywhere in the entry', () => {
    const results = searchLibrary(index, 'groin doha').results;
    expect(results.length).toBeGreaterThan(0);
    for (const { entry } of results) {
      const text = normalise(`${entry.name} ${entry.aliases.join(' ')} ${entry.description}`);
      expect(text).toContain('groin');
      expect(text).toContain('doha');
    }
    expect(names('thomas zzzz')).toEqual([]);
  });

  it('narrows to one kind but still counts every kind', () => {
    const all = searchLibrary(index, 'thomas');
    const tests = searchLibrary(index, 'thomas', 'tests');
    expect(tests.results.every((r) => r.entry.kind === 'tests')).toBe(true);
    expect(tests.results).toHaveLength(all.counts.get('tests') ?? 0);
    expect(tests.total).toBe(all.total);
    expect(all.total).toBe(all.results.length);
    expect([...all.counts.values()].reduce((a, b) => a + b, 0)).toBe(all.total);
  });

  it('matches nothing for an empty or blank query', () => {
    expect(searchLibrary(index, '   ').results).toEqual([]);
    expect(searchLibrary(index, '').total).toBe(0);
  });
});
