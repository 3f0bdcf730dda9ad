import { describe, expect, it } from 'vitest';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import { EXAM_LAYOUT } from './exam-layout';

const placed = EXAM_LAYOUT.flatMap((section) =>
  section.blocks.flatMap((block) => (block.kind === 'item' ? [block.entry] : block.entries)),
);

describe('exam layout', () => {
  it('follows DESIGN.md section order', () => {
    expect(EXAM_LAYOUT.map((section) => section.title)).toEqual([
      'History and onset',
      'Red-flag screen',
      'Pain',
      'Observation, gait and posture',
      'Range of motion',
      'Strength',
      'Special tests',
      'Neurological',
      'Palpation',
      'Abdominal signs',
      'Function',
    ]);
  });

  it('places every exam item exactly once, details beside their test', () => {
    const ids = [
      ...placed.map((entry) => entry.item.id),
      ...placed.flatMap((entry) => entry.details.map((detail) => detail.id)),
    ];
    expect([...ids].sort()).toEqual(EXAM_ITEMS.map((item) => item.id).sort());
    const thomas = placed.find((entry) => entry.item.id === 'thomas-test');
    expect(thomas?.details.map((detail) => detail.id)).toEqual([
      'thomas-hip-angle',
      'thomas-knee-angle',
    ]);
  });

  it('keeps each group together under its sub-heading', () => {
    const pain = EXAM_LAYOUT.find((section) => section.id === 'pain');
    const groups = pain?.blocks.flatMap((block) => (block.kind === 'group' ? [block] : []));
    expect(groups?.map((group) => group.title)).toEqual([
      'Where is the pain?',
      'Is the pain map complete?',
      'What makes it worse?',
      'What eases it?',
    ]);
    expect(groups?.[0]?.entries.map((entry) => entry.item.label)).toContain('Groin');
  });

  it('puts the "pain map complete" control right after the pain map', () => {
    const blocks = EXAM_LAYOUT.find((section) => section.id === 'pain')?.blocks ?? [];
    const map = blocks.findIndex((block) => block.kind === 'group' && block.id === 'pain-location');
    const complete = blocks[map + 1];
    expect(map).toBeGreaterThanOrEqual(0);
    expect(complete?.kind === 'group' ? complete.entries.map((e) => e.item.id) : []).toEqual([
      'pain-map-complete',
    ]);
  });
});
