import type { ConditionId } from './conditions.ts';
import { prior } from './provenance.ts';
import type { SourceId } from './sources.ts';
import type { CoexistenceDef, OtherCauseDef } from './types.ts';

/**
 * How the non-serious conditions share the complaint (scoring/compete.ts). They compete for one
 * share of probability with "another cause not listed"; the pairs below can be present together,
 * so they do not take probability from each other. Serious conditions do not compete at all: each
 * is scored against its own absence, so a benign cause that fits well never lowers one.
 */
export const OTHER_CAUSE: OtherCauseDef<SourceId> = {
  priors: {
    general: prior(
      0.2,
      'expert-estimate',
      ['team'],
      'Team estimate: about one presentation in five with hip, groin or low-back pain in general practice is explained by none of the listed causes (for example pain referred from the knee, or hip pain without a structural cause).',
    ),
    sports: prior(
      0.1,
      'expert-estimate',
      ['team', 'holmich2007'],
      'Team estimate: in athletes the groin-pain entities and hip-related pain account for most presentations (Hölmich 2007 classified athletes with long-standing groin pain into these entities), so fewer are left unexplained.',
    ),
  },
};

export const COEXISTING = [
  {
    id: 'groin-entities',
    conditions: [
      'adductor-related-groin-pain',
      'iliopsoas-tendinopathy',
      'iliopsoas-strain',
      'inguinal-related-groin-pain',
      'pubic-related-groin-pain',
    ],
    note: 'In athletes with long-standing groin pain a third had more than one clinical entity (Hölmich 2007), and the Doha agreement allows more than one entity in the same athlete.',
    sources: ['holmich2007', 'doha2015'],
  },
  {
    id: 'fai-and-labrum',
    conditions: ['fai-syndrome', 'labral-tear'],
    note: 'Labral damage commonly accompanies FAI syndrome; the Warwick agreement describes labral and cartilage damage as part of it.',
    sources: ['griffin2016'],
  },
  {
    id: 'oa-and-iliopsoas-bursa',
    conditions: ['hip-oa', 'iliopsoas-bursitis'],
    note: 'Iliopsoas bursitis is found on ultrasound in people with hip osteoarthritis (Tormenta 2012).',
    sources: ['tormenta2012'],
  },
  {
    id: 'snapping-tendon',
    conditions: ['internal-snapping-hip', 'iliopsoas-tendinopathy', 'iliopsoas-bursitis'],
    note: 'Team judgement: a snapping iliopsoas tendon can be irritated or sit over an inflamed bursa, so the snap and the tendon or bursa pain can be present together.',
    sources: ['team'],
  },
  {
    id: 'oa-and-gluteal-tendons',
    conditions: ['hip-oa', 'gluteal-tendinopathy'],
    note: 'Team judgement: lateral hip pain from the gluteal tendons often accompanies hip osteoarthritis in older adults.',
    sources: ['team'],
  },
  {
    id: 'stenosis-and-roots',
    conditions: ['lumbar-stenosis', 'lower-lumbar-radiculopathy', 'upper-lumbar-radiculopathy'],
    note: 'Team judgement: lateral recess or foraminal stenosis is a common cause of nerve-root compression in older adults, so stenosis and radiculopathy are often present together.',
    sources: ['team'],
  },
  {
    id: 'secondary-muscle-pain',
    conditions: ['iliopsoas-spasm', 'myofascial-pain'],
    with: [
      'hip-oa',
      'fai-syndrome',
      'labral-tear',
      'iliopsoas-tendinopathy',
      'upper-lumbar-radiculopathy',
      'lower-lumbar-radiculopathy',
      'lumbar-stenosis',
      'sij-pain',
      'nonspecific-lbp',
    ],
    note: 'Team judgement: protective spasm of the iliopsoas and myofascial trigger points often accompany a painful hip, spine or sacroiliac joint rather than replacing it as the cause.',
    sources: ['team'],
  },
  {
    id: 'widespread-pain',
    conditions: ['fibromyalgia'],
    with: 'every-other',
    note: 'Team judgement: fibromyalgia is a widespread pain condition that can be present with any local cause of hip, groin or back pain.',
    sources: ['team'],
  },
] as const satisfies readonly CoexistenceDef<SourceId, ConditionId>[];
