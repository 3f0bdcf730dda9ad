import { describe, expect, it } from 'vitest';
import { findingsFormSchema, parseNumber, storedFindingsSchema, toFindings } from './findings-form';

describe('findings form', () => {
  it('reads valid entries into the engine shape and leaves out what was not recorded', () => {
    const { findings, invalidFields } = toFindings({
      fever: true,
      'thomas-test': { right: 'positive', left: '' },
      'thomas-hip-angle': { right: '12' },
      'pain-now': '6',
      'symptomatic-side': 'right',
      'leg-length-difference': '1,5',
      'history-notes': '',
    });
    expect(invalidFields).toEqual([]);
    expect(findings).toEqual({
      fever: true,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 12 },
      'pain-now': 6,
      'symptomatic-side': 'right',
      'leg-length-difference': 1.5,
    });
  });

  it('never feeds an invalid entry to the assessment, and lists it', () => {
    const { findings, invalidFields } = toFindings({
      'hip-ir-rom': { left: '400', right: '30' },
      'pain-now': '11',
      'leg-length-difference': '-2',
      'pain-worst': 'abc',
      'hip-flexion-strength': { left: '3.5' },
    });
    expect(findings).toEqual({ 'hip-ir-rom': { right: 30 } });
    expect([...invalidFields].sort()).toEqual([
      'hip-flexion-strength.left',
      'hip-ir-rom.left',
      'leg-length-difference',
      'pain-now',
      'pain-worst',
    ]);
  });

  it('uses a detail only on the side where its test is positive', () => {
    const { findings } = toFindings({
      'thomas-test': { left: 'negative', right: 'positive' },
      'thomas-hip-angle': { left: '15', right: '10' },
      'faber-pain-location': { right: 'groin' },
    });
    expect(findings['thomas-hip-angle']).toEqual({ right: 10 });
    expect(findings['faber-pain-location']).toBeUndefined();
  });

  it('gives a message at the field that says what to enter', () => {
    const result = findingsFormSchema.safeParse({
      'hip-ir-rom': { right: '400' },
      'pain-now': '11',
      'pain-worst': 'abc',
      'hip-flexion-strength': { left: '3.5' },
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(messages['hip-ir-rom.right']).toBe(
      'Hip internal rotation: enter a value from 0° to 90°',
    );
    expect(messages['pain-now']).toBe('Pain now: enter a value from 0 to 10');
    expect(messages['pain-worst']).toBe('Pain at worst: enter a number, using digits only');
    expect(messages['hip-flexion-strength.left']).toBe(
      'Hip flexion strength: enter a whole number from 0 to 5',
    );
  });

  it('stores a draft with whatever was typed, but only in the shapes controls produce', () => {
    expect(
      storedFindingsSchema.safeParse({
        'hip-ir-rom': { left: '400' },
        fever: true,
        'pain-now': 'abc',
      }).success,
    ).toBe(true);
    expect(storedFindingsSchema.safeParse({ fever: { nested: { deep: true } } }).success).toBe(
      false,
    );
    expect(storedFindingsSchema.safeParse({ fever: 12 }).success).toBe(false);
  });

  it('parses decimal points and commas, and nothing else', () => {
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('-5')).toBe(-5);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('1e3')).toBeUndefined();
    expect(parseNumber('12°')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });
});

describe('stored draft', () => {
  it('drops empty controls and keeps everything typed, an explicit no included', async () => {
    const { toStoredDraft } = await import('./findings-form');
    const draft = toStoredDraft({
      fever: false,
      'pain-now': '',
      'hip-ir-rom': { left: '400', right: '' },
      'thomas-test': { left: '', right: '' },
      'history-notes': 'Runs 40 km a week',
      'faber-pain-location': undefined,
    });
    expect(draft).toEqual({
      fever: false,
      'hip-ir-rom': { left: '400' },
      'history-notes': 'Runs 40 km a week',
    });
    expect(storedFindingsSchema.safeParse(draft).success).toBe(true);
  });
});
