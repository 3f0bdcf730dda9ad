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
    components: [
      'worse-squatting',
      'active-flexion-lateral-pain',
      'scour',
      'active-extension-pain',
      'hip-ir-25-or-less',
    ],
    levels: [
      {
        label: '4 or more of 5 positive',
        when: {
          atLeast: 4,
          of: [
            { fact: 'worse-squatting' },
            { fact: 'active-flexion-lateral-pain' },
            { fact: 'scour' },
            { fact: 'active-extension-pain' },
            { fact: 'hip-ir-25-or-less' },
          ],
        },
        lr: 24.3,
      },
      {
        label: '3 of 5 positive',
        when: {
          atLeast: 3,
          of: [
            { fact: 'worse-squatting' },
            { fact: 'active-flexion-lateral-pain' },
            { fact: 'scour' },
            { fact: 'active-extension-pain' },
            { fact: 'hip-ir-25-or-less' },
          ],
        },
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
    components: [
      'hip-ir-below-15',
      'hip-flexion-115-or-less',
      'pain-on-ir',
      'morning-stiffness-60-or-less',
      'age-over-50',
    ],
    levels: [
      {
        label: 'Criteria met',
        when: {
          all: [
            { any: [{ fact: 'pain-hip' }, { fact: 'pain-groin' }] },
            {
              any: [
                { all: [{ fact: 'hip-ir-below-15' }, { fact: 'hip-flexion-115-or-less' }] },
                {
                  all: [
                    { not: { fact: 'hip-ir-below-15' } },
                    { fact: 'pain-on-ir' },
                    { fact: 'morning-stiffness-60-or-less' },
                    { fact: 'age-over-50' },
                  ],
                },
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
    name: 'Laslett SIJ provocation rule',
    condition: 'sij-pain',
    components: ['sij-distraction', 'thigh-thrust', 'sij-compression', 'sacral-thrust', 'gaenslen', 'pain-centralises'],
    levels: [
      {
        label: '3 or more of 6 positive (Gaenslen on each side)',
        when: {
          atLeast: 3,
          of: [
            { fact: 'sij-distraction' },
            { fact: 'thigh-thrust' },
            { fact: 'sij-compression' },
            { fact: 'sacral-thrust' },
            { fact: 'gaenslen', side: 'left' },
            { fact: 'gaenslen', side: 'right' },
          ],
        },
        lr: 4.3,
      },
    ],
    // "Not met" only when 3 positives can no longer be reached: at least 4 of the 6 recorded
    // negative (the at-least-3 predicate is then false, not unknown).
    lrNegative: 0.08,
    // Laslett's rule is for pain that does not centralise: pain that centralises points to a disc.
    notApplicableWhen: { fact: 'pain-centralises' },
    group: 'sij-provocation',
    provenance: {
      kind: 'published',
      sources: ['laslett2005', 'laslett2003', 'vanderwurff2006'],
      note: 'Laslett 2005: 3 or more of 6 tests positive (distraction, thigh thrust, compression, sacral thrust, and Gaenslen on each side) gave Sn 0.94, Sp 0.78, LR+ 4.3, LR− 0.08 against an intra-articular anaesthetic block, in 48 patients with chronic low back or buttock pain referred for spinal injections. "Not met" is applied only when at least 4 of the 6 are recorded negative, so that 3 positives are impossible. The rule is meant for pain that does not centralise with repeated movements: pain that centralises points to a disc, so the rule is not applied when centralisation is recorded (in Laslett 2003 leaving those patients out raised the LR+ to 6.97, double blocks; the lower 2005 figure is kept). An independent cohort using a similar five-test set (with FABER instead of sacral thrust) found Sn 0.85, Sp 0.79, LR+ 4.02, LR− 0.19 for 3 or more positive (60 hospital patients, double blocks; van der Wurff 2006). Laslett also found any 2 of the first four tests useful, but its figures were not retrieved, so it is not applied.',
    },
  },
  {
    id: 'suri-fst-patellar',
    name: 'Femoral stretch test with an abnormal knee jerk',
    condition: 'upper-lumbar-radiculopathy',
    components: ['femoral-nerve-tension', 'patellar-reflex-reduced'],
    levels: [
      {
        label: 'femoral stretch test positive and patellar reflex reduced or absent',
        when: { all: [{ fact: 'femoral-nerve-tension' }, { fact: 'patellar-reflex-reduced' }] },
        lr: 7,
      },
    ],
    group: 'l2-l4-root',
    provenance: {
      kind: 'published',
      sources: ['suri2011'],
      note: 'Suri 2011: the femoral stretch test combined with patellar reflex testing gave LR 7.0 (95% CI 2.3–21) for L2–L4 root impingement on MRI, in 54 patients with radicular leg pain of under 12 weeks seen in a hospital spine clinic. Each test alone had no false positives. How the two were combined (both abnormal, or either) was not retrieved; the figure is applied only when both are abnormal, the cautious reading. Used to rule in only: no LR for a negative combination was retrieved.',
    },
  },
  {
    // Weakness and a lost knee jerk are two signs of one nerve lesion, so they are not multiplied
    // as if independent; together they are the pattern, and rare in other outpatients.
    id: 'femoral-nerve-pattern',
    name: 'Femoral nerve pattern',
    condition: 'femoral-neuropathy',
    components: ['knee-extension-weak', 'patellar-reflex-reduced'],
    levels: [
      {
        label: 'weak knee extension with a reduced or absent knee jerk',
        when: { all: [{ fact: 'knee-extension-weak' }, { fact: 'patellar-reflex-reduced' }] },
        lr: 30,
      },
    ],
    group: 'femoral-nerve',
    provenance: {
      kind: 'expert-estimate',
      sources: ['team'],
      note: "Team estimate, above the usual cap of 5 for an estimate because the pair is the defining pattern: both signs in about 70% of femoral neuropathy (the team's assumption) and in about 2% of hip, groin and back outpatients, most of them with an upper-lumbar root lesion, which the differential ranks beside it. It replaces the two single signs, which share this dependency group.",
    },
  },
  // The emergency-department figures for the psoas sign and for nausea or vomiting compare
  // patients who all have abdominal pain. With abdominal pain recorded absent (a retrocaecal
  // appendix can present as hip or groin pain), the comparison is hip and groin outpatients, in
  // whom these signs are rare, so those figures would understate appendicitis. Each rule shares a
  // dependency group with its single finding, so the sign counts once.
  {
    id: 'appendicitis-psoas-without-abdominal-pain',
    name: 'Psoas sign without abdominal pain',
    condition: 'appendicitis',
    components: ['pain-lower-abdomen', 'psoas-sign'],
    levels: [
      {
        label: 'right psoas sign, no lower-abdominal pain',
        when: {
          all: [{ not: { fact: 'pain-lower-abdomen' } }, { fact: 'psoas-sign', side: 'right' }],
        },
        lr: 3.5,
      },
    ],
    group: 'peritoneal-signs',
    provenance: {
      kind: 'expert-estimate',
      sources: ['ahn2016', 'team'],
      note: "Team estimate: Ahn 2016's sensitivity (psoas sign in 36% of appendicitis) over the team's assumption that about 10% of hip and groin patients without abdominal pain have a positive psoas sign. Used instead of the emergency-department figure only when lower-abdominal pain is recorded absent.",
    },
  },
  {
    id: 'appendicitis-nausea-without-abdominal-pain',
    name: 'Nausea or vomiting without abdominal pain',
    condition: 'appendicitis',
    components: ['pain-lower-abdomen', 'anorexia-vomiting'],
    levels: [
      {
        label: 'loss of appetite, nausea or vomiting, no lower-abdominal pain',
        when: { all: [{ not: { fact: 'pain-lower-abdomen' } }, { fact: 'anorexia-vomiting' }] },
        lr: 3,
      },
    ],
    group: 'appendicitis-nausea',
    provenance: {
      kind: 'expert-estimate',
      sources: ['ahn2016', 'team'],
      note: "Team estimate: Ahn 2016's sensitivity (nausea or vomiting in 52% of appendicitis) over the team's assumption that about 17% of hip and groin patients without abdominal pain report loss of appetite, nausea or vomiting. Used instead of the emergency-department figure only when lower-abdominal pain is recorded absent.",
    },
  },
] as const satisfies readonly ClusterDef<SourceId, FactId, ConditionId>[];

export type ClusterId = (typeof CLUSTERS)[number]['id'];
