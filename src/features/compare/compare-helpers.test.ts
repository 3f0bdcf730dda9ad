import { describe, expect, it } from 'vitest';
import { compareOptions } from '../../clinical/index.ts';
import { chartSeries } from './chart-points';
import { optionList, optionsParam, validateCompareSearch } from './compare-search';
import { searchTreatments } from './treatment-search';

describe('validateCompareSearch', () => {
  it('keeps the three params as trimmed text and drops empty or odd values', () => {
    expect(
      validateCompareSearch({
        options: ' oral-nsaids,tier-2 ',
        patient: 'p1',
        visit: '',
        other: 'x',
      }),
    ).toEqual({
      options: 'oral-nsaids,tier-2',
      patient: 'p1',
    });
    expect(validateCompareSearch({ options: 12, patient: { a: 1 } })).toEqual({ options: '12' });
    expect(validateCompareSearch({ options: ['a', 'b'] })).toEqual({ options: 'a,b' });
  });

  it('splits and joins the options list', () => {
    expect(optionList('a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(optionList(undefined)).toEqual([]);
    expect(optionsParam([])).toBeUndefined();
    expect(optionsParam(['a', 'tier-1'])).toBe('a,tier-1');
  });
});

describe('searchTreatments', () => {
  it('finds a treatment by an alias and says which alias matched', () => {
    const [first] = searchTreatments('ibuprofen');
    expect(first?.treatment.id).toBe('oral-nsaids');
    expect(first?.alias).toBe('ibuprofen');
  });

  it('ignores case and accents, ranks names before aliases, and needs every word', () => {
    expect(searchTreatments('HOLMICH').map((m) => m.treatment.id)).toContain(
      'holmich-active-training',
    );
    const stretches = searchTreatments('stretch');
    const firstAlias = stretches.findIndex((m) => m.alias !== undefined);
    expect(stretches.slice(0, Math.max(0, firstAlias)).every((m) => m.alias === undefined)).toBe(
      true,
    );
    expect(searchTreatments('hip flexor stretch').map((m) => m.treatment.id)).toContain(
      'hip-flexor-stretching',
    );
    expect(searchTreatments('   ')).toEqual([]);
  });
});

describe('chartSeries', () => {
  it('gives one mark per treatment, and one per shared pair of values in a tier, naming them all', () => {
    const [nsaids, tier] = chartSeries(compareOptions(['oral-nsaids', 'tier-3'], undefined));
    expect(nsaids?.points).toHaveLength(1);
    expect(nsaids?.points[0]).toMatchObject({ level: 'moderate', invasiveness: 2, against: false });
    const members = tier?.points.reduce((sum, p) => sum + p.names.length, 0);
    expect(members).toBe(20);
    expect(
      tier?.points.find((p) => p.names.some((n) => n.startsWith('Paracetamol'))),
    ).toMatchObject({
      level: 'high',
      against: true,
    });
  });

  it('nudges options apart so marks at the same values do not hide each other', () => {
    const [a, b] = chartSeries(compareOptions(['oral-nsaids', 'muscle-relaxants'], undefined));
    expect(a?.points[0]?.x).not.toBe(b?.points[0]?.x);
    expect(Math.abs((a?.points[0]?.x ?? 0) - 3)).toBeLessThan(0.5);
  });
});
