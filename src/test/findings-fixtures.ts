import type { Findings } from '../clinical/index.ts';

/**
 * Hip pain only, on a pain map marked complete, in a 67-year-old with reduced internal rotation:
 * hip osteoarthritis leads, and the unticked groin region is read as absent ("not ticked on a
 * pain map marked complete"). Shared by the screen and print tests of that Why line.
 */
export const HIP_PAIN_ON_COMPLETE_MAP: Findings = {
  age: 67,
  'pain-hip': true,
  'pain-map-complete': true,
  'symptomatic-side': 'right',
  'hip-ir-rom': { right: 10, left: 35 },
  'morning-stiffness': 30,
};
