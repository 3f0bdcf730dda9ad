import type { ConditionId } from './conditions.ts';
import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { ClusterDef } from './types.ts';

/**
 * Validated clinical prediction rules. Each competes in the dependency group of its components,
 * so when it can be evaluated it replaces their single LRs instead of multiplying with them.
 */
export const CLUSTERS = [
  {
    id: 'sutlive-hip-oa',
    name: 'Sutlive hip-OA prediction rule',
    condition: 'hip-oa',
    components: ['worse-squatting', 'active-flexion-lateral-pain', 'scour', 'active-extension-pain', 'hip-ir-25-or-less'],
    levels: [
      {
        label: '4 or more of 5 positive',
        when: { atLeast: 4, of: [{ fact: 'worse-squatting' }, { fact: 'active-flexion-lateral-pain' }, { fact: 'scour' }, { fact: 'active-extension-pain' }, { fact: 'hip-ir-25-or-less' }] },
        lr: 24.3,
      },
      {
        label: '3 of 5 positive',
        when: { atLeast: 3, of: [{ fact: 'worse-squatting' }, { fact: 'active-flexion-lateral-pain' }, { fact: 'scour' }, { fact: 'active-extension-pain' }, { fact: 'hip-ir-25-or-less' }] },
        lr: 5.2,
      },
    ],
    lrNegative: 0.33,
    group: 'hip-oa-clinical',
    provenance: {
      kind: 'published',
      sources: ['sutlive2008'],
      note: '≥4 of 5: Sn 0.48, Sp 0.98, LR+ 24.3. ≥3 of 5: Sn 0.71, Sp 0.86, LR+ 5.2, LR− 0.33 (applied when all five are recorded and fewer than 3 are positive).',
    },
  },
  {
    id: 'acr-hip-oa',
    name: 'ACR clinical criteria for hip OA',
    condition: 'hip-oa',
    components: ['hip-ir-below-15', 'hip-flexion-115-or-less', 'pain-on-ir', 'morning-stiffness-60-or-less', 'age-over-50'],
    levels: [
      {
        label: 'Criteria met',
        when: {
          all: [
            { any: [{ fact: 'pain-hip' }, { fact: 'pain-groin' }] },
            {
              any: [
                { all: [{ fact: 'hip-ir-below-15' }, { fact: 'hip-flexion-115-or-less' }] },
                { all: [{ not: { fact: 'hip-ir-below-15' } }, { fact: 'pain-on-ir' }, { fact: 'morning-stiffness-60-or-less' }, { fact: 'age-over-50' }] },
              ],
            },
          ],
        },
        lr: 3.44,
      },
    ],
    group: 'hip-oa-clinical',
    provenance: {
      kind: 'computed',
      sources: ['altman1991'],
      note: 'Sn 86%, Sp 75%: LR+ = 0.86/0.25 = 3.44 (LR− would be 0.19). Used to rule in only: its second branch needs internal rotation of 15° or more, so a "not met" verdict could follow from recording reduced rotation, which itself points to OA. The flexion ≤ 115° branch stands in for ESR, which is not recorded in clinic.',
    },
  },
  {
    id: 'laslett-sij',
    name: 'Laslett SIJ provocation cluster',
    condition: 'sij-pain',
    components: ['sij-distraction', 'thigh-thrust', 'sij-compression', 'sacral-thrust', 'gaenslen'],
    levels: [
      {
        label: '3 or more of 5, or 2 of the best 4',
        when: {
          any: [
            { atLeast: 3, of: [{ fact: 'sij-distraction' }, { fact: 'thigh-thrust' }, { fact: 'sij-compression' }, { fact: 'sacral-thrust' }, { fact: 'gaenslen' }] },
            { atLeast: 2, of: [{ fact: 'sij-distraction' }, { fact: 'thigh-thrust' }, { fact: 'sij-compression' }, { fact: 'sacral-thrust' }] },
          ],
        },
        lr: 4.3,
      },
    ],
    lrNegative: 0.08,
    group: 'sij-provocation',
    provenance: {
      kind: 'published',
      sources: ['laslett2005'],
      note: 'Sn 0.94, Sp 0.78, LR+ 4.3, LR− 0.08 against a diagnostic SIJ block.',
    },
  },
] as const satisfies readonly ClusterDef<SourceId, FactId, ConditionId>[];

export type ClusterId = (typeof CLUSTERS)[number]['id'];
