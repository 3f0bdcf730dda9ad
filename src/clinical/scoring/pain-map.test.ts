import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess, createAssessor } from './assess.ts';
import { REAL_KB } from './engine-kb.ts';
import { PAIN_MAP_INFERENCE, PARTIAL_MAP_INFERENCE } from './facts.ts';
import { createTouchIndex } from './touch-index.ts';

/** Appendicitis' contribution from lower-abdominal pain, if any. */
function lowerAbdomen(findings: Findings) {
  const appendicitis = assess(findings, { setting: 'general' }).differential.find(
    (c) => c.id === 'appendicitis',
  );
  return appendicitis?.contributions.find((c) => c.source === 'pain-lower-abdomen');
}

describe('the pain map', () => {
  it('does not read an unticked region as pain-free when only some regions are ticked', () => {
    // A retrocaecal appendix can present as groin pain: ticking "Groin" says nothing about the abdomen.
    expect(lowerAbdomen({ 'pain-groin': true })).toBeUndefined();
    expect(lowerAbdomen({ 'pain-groin': true, 'pain-map-complete': false })).toBeUndefined();
    const appendicitis = assess({ 'pain-groin': true }, { setting: 'general' }).differential.find(
      (c) => c.id === 'appendicitis',
    );
    expect(appendicitis?.probability).toBe(appendicitis?.prior);
  });

  it('reads an unticked region as pain-free on a map marked complete, and says so', () => {
    expect(lowerAbdomen({ 'pain-groin': true, 'pain-map-complete': true })).toMatchObject({
      present: false,
      lr: 0.2,
      applied: true,
      inferred: PAIN_MAP_INFERENCE,
    });
  });

  it('reads every region as pain-free on a map marked complete with nothing ticked', () => {
    expect(lowerAbdomen({ 'pain-map-complete': true })).toMatchObject({
      present: false,
      inferred: PAIN_MAP_INFERENCE,
    });
  });

  it('counts a region recorded as no pain as absent without the map being complete', () => {
    const recorded = lowerAbdomen({ 'pain-groin': true, 'pain-lower-abdomen': false });
    expect(recorded).toMatchObject({ present: false, lr: 0.2, applied: true });
    expect(recorded).not.toHaveProperty('inferred');
    // On a complete map, a region the clinician recorded is recorded, not inferred.
    expect(
      lowerAbdomen({ 'pain-lower-abdomen': false, 'pain-map-complete': true }),
    ).not.toHaveProperty('inferred');
    expect(lowerAbdomen({ 'pain-lower-abdomen': true, 'pain-map-complete': true })).toMatchObject({
      present: true,
      lr: 8,
    });
  });

  it('touches every region once the map is in use or marked complete, and not before', () => {
    const touched = createTouchIndex(REAL_KB);
    expect(touched({ 'pain-groin': false }).facts.has('pain-lower-abdomen')).toBe(false);
    expect(touched({ 'pain-map-complete': false }).facts.has('pain-lower-abdomen')).toBe(false);
    expect(touched({ 'pain-groin': true }).facts.has('pain-lower-abdomen')).toBe(true);
    expect(
      touched({ 'pain-groin': true, 'pain-map-complete': true }).facts.has('pain-lower-abdomen'),
    ).toBe(true);
    expect(touched({ 'pain-map-complete': true }).facts.has('pain-lower-abdomen')).toBe(true);
  });

  it('reads an unticked region as pain-free for a benign cause on a map in use, never for a serious one', () => {
    const groinOnly = assess({ 'pain-groin': true }, { setting: 'general' });
    const lbp = groinOnly.differential.find((c) => c.id === 'nonspecific-lbp');
    expect(lbp?.contributions.find((c) => c.source === 'pain-lower-back')).toMatchObject({
      present: false,
      inferred: PARTIAL_MAP_INFERENCE,
    });
    // The serious look-alike: the same unticked abdomen says nothing about appendicitis.
    expect(lowerAbdomen({ 'pain-groin': true })).toBeUndefined();
    // Nothing ticked: nothing is inferred for anyone.
    const nothing = assess({ 'pain-groin': false }, { setting: 'general' });
    expect(
      nothing.differential.find((c) => c.id === 'nonspecific-lbp')?.contributions ?? [],
    ).toEqual([]);
  });

  it('gives the same assessment scoring only touched conditions as scoring all of them', () => {
    const scoreAll = createAssessor(REAL_KB, { scoreAll: true });
    const cases: readonly Findings[] = [
      { 'pain-groin': true },
      { 'pain-groin': true, 'pain-map-complete': true },
      { 'pain-map-complete': true },
      { 'pain-map-complete': false, 'pain-hip': true },
      { 'pain-lower-abdomen': false, 'pain-buttock': true, 'pain-map-complete': true },
    ];
    for (const findings of cases)
      expect(assess(findings, { setting: 'general' })).toEqual(
        scoreAll(findings, { setting: 'general' }),
      );
  });
});
