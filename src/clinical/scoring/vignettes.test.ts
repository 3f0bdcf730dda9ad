import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import type { CareSetting, Findings, ScalarValue, SidedValue } from '../knowledge-base/types.ts';
import { assess } from './assess.ts';

/**
 * Clinical vignettes written from the evidence pack. Each names the expected leader, conditions
 * that must be in the top three, and the exact set of red flags. They pin the engine's behaviour
 * on realistic presentations; a change to a figure that breaks one must be a deliberate choice.
 */
interface Vignette {
  readonly name: string;
  readonly setting: CareSetting;
  readonly findings: Findings;
  readonly leader: ConditionId;
  readonly top3: readonly ConditionId[];
  readonly redFlags: readonly RedFlagId[];
}

const R = (v: ScalarValue): SidedValue => ({ right: v });
const L = (v: ScalarValue): SidedValue => ({ left: v });

const VIGNETTES: readonly Vignette[] = [
  {
    name: 'footballer with long-standing adductor-origin pain',
    setting: 'sports',
    findings: { age: 24, 'kicking-sport': true, 'pain-groin': true, 'symptomatic-side': 'left', 'adductor-origin-tender': L(true), 'resisted-adduction-pain': L('positive'), 'adductor-squeeze': L('positive'), 'iliopsoas-tendon-tender': L(false), 'resisted-hip-flexion': L('negative') },
    leader: 'adductor-related-groin-pain',
    top3: ['adductor-related-groin-pain'],
    redFlags: [],
  },
  {
    name: 'runner with anterior hip pain getting out of the car, tender iliopsoas',
    setting: 'sports',
    findings: { age: 29, onset: 'gradual', 'pain-groin': true, 'worse-hip-flexion': true, 'symptomatic-side': 'right', 'iliopsoas-tendon-tender': R(true), 'resisted-hip-flexion': R('positive'), 'iliopsoas-stretch-pain': R('positive'), 'adductor-origin-tender': R(false), 'resisted-adduction-pain': R('negative') },
    leader: 'iliopsoas-tendinopathy',
    top3: ['iliopsoas-tendinopathy'],
    redFlags: [],
  },
  {
    name: 'sprinter who felt a sudden pull in the front of the hip this week',
    setting: 'sports',
    findings: { age: 21, onset: 'sudden', 'duration-weeks': 1, 'kicking-sport': true, 'pain-groin': true, 'symptomatic-side': 'left', 'resisted-hip-flexion': L('positive'), 'iliopsoas-stretch-pain': L('positive'), 'hip-flexion-strength': L(4), 'adductor-origin-tender': L(false) },
    leader: 'iliopsoas-strain',
    top3: ['iliopsoas-strain', 'iliopsoas-tendinopathy'],
    redFlags: [],
  },
  {
    name: 'office worker with cramping, palpable spasm and tight hip flexors',
    setting: 'general',
    findings: { age: 38, 'sitting-hours': 9, 'pain-lower-back': true, 'pain-hip': true, cramping: true, 'muscle-tightness': true, 'palpable-spasm': R(true), 'psoas-tender': R(true), 'thomas-test': R('positive'), 'thomas-hip-angle': R(12), 'symptomatic-side': 'right', 'slr': R('negative'), fever: false },
    leader: 'iliopsoas-spasm',
    top3: ['iliopsoas-spasm'],
    redFlags: [],
  },
  {
    name: 'dancer with a painful anterior clunk reproduced on the snapping test',
    setting: 'sports',
    findings: { age: 19, 'anterior-snap': true, 'pain-groin': true, 'symptomatic-side': 'left', 'snapping-hip-test': L('positive'), fadir: L('negative'), 'adductor-origin-tender': L(false), 'resisted-adduction-pain': L('negative'), 'iliopsoas-tendon-tender': L(false), 'resisted-hip-flexion': L('negative') },
    leader: 'internal-snapping-hip',
    top3: ['internal-snapping-hip'],
    redFlags: [],
  },
  {
    name: 'older adult with groin pain, short stiffness and capsular pattern (Sutlive 4 of 5)',
    setting: 'general',
    findings: { age: 67, 'pain-groin': true, 'pain-hip': true, 'morning-stiffness': 20, 'worse-squatting': true, 'active-flexion-lateral-pain': R('positive'), scour: R('positive'), 'active-extension-pain': R('positive'), 'hip-ir-rom': R(10), 'hip-flexion-rom': R(100), 'symptomatic-side': 'right' },
    leader: 'hip-oa',
    top3: ['hip-oa'],
    redFlags: [],
  },
  {
    name: 'young athlete with C-sign groin pain, sitting intolerance and restricted internal rotation',
    setting: 'sports',
    findings: { age: 26, 'pain-groin': true, 'worse-sitting': true, 'hip-ir-rom': R(18), fadir: R('positive'), 'symptomatic-side': 'right', 'adductor-origin-tender': R(false), 'iliopsoas-tendon-tender': R(false), 'resisted-hip-flexion': R('negative') },
    leader: 'fai-syndrome',
    top3: ['fai-syndrome', 'labral-tear'],
    redFlags: [],
  },
  {
    name: 'twisting injury, groin pain with clicking and locking',
    setting: 'sports',
    findings: { age: 31, trauma: true, 'pain-groin': true, 'clicking-catching': true, fadir: L('positive'), 'symptomatic-side': 'left', 'hip-ir-rom': L(35), 'adductor-origin-tender': L(false), 'iliopsoas-tendon-tender': L(false) },
    leader: 'labral-tear',
    top3: ['labral-tear'],
    redFlags: ['post-trauma'],
  },
  {
    name: 'lateral hip pain, positive Trendelenburg test and trochanteric tenderness',
    setting: 'general',
    findings: { age: 58, 'pain-lateral-thigh': true, 'greater-trochanter-tender': R(true), 'trendelenburg-test': R('positive'), 'single-leg-stance-30s': R('positive'), 'symptomatic-side': 'right', 'pain-groin': false },
    leader: 'gluteal-tendinopathy',
    top3: ['gluteal-tendinopathy'],
    redFlags: [],
  },
  {
    name: 'anterior thigh pain, positive femoral nerve tension and reduced knee jerk',
    setting: 'general',
    findings: { age: 55, 'pain-anterior-thigh': true, 'pain-lower-back': true, 'symptomatic-side': 'left', 'femoral-nerve-tension': L('positive'), 'patellar-reflex': L('reduced'), 'knee-extension-strength': L(4), 'sensation-l3': L(true), 'numbness-tingling': true },
    leader: 'upper-lumbar-radiculopathy',
    top3: ['upper-lumbar-radiculopathy'],
    redFlags: ['nerve-involvement'],
  },
  {
    name: 'sciatica: leg pain below the knee, positive SLR, slump and crossed SLR',
    setting: 'general',
    findings: { age: 42, 'pain-lower-back': true, 'pain-below-knee': true, 'symptomatic-side': 'right', slr: R('positive'), slump: R('positive'), 'crossed-slr': R('positive'), 'achilles-reflex': R('reduced'), 'worse-cough': true },
    leader: 'lower-lumbar-radiculopathy',
    top3: ['lower-lumbar-radiculopathy'],
    redFlags: [],
  },
  {
    name: 'older adult with leg pain walking, eased by sitting and bending forward',
    setting: 'general',
    findings: { age: 72, 'pain-lower-back': true, 'worse-walking': true, 'worse-standing': true, 'eased-sitting-flexion': true, 'bilateral-leg-symptoms': true, slr: R('negative') },
    leader: 'lumbar-stenosis',
    top3: ['lumbar-stenosis'],
    redFlags: [],
  },
  {
    name: 'buttock pain below L5 with 4 of 5 SIJ provocation tests positive',
    setting: 'general',
    findings: { age: 36, 'pain-buttock': true, 'symptomatic-side': 'left', 'sij-distraction': L('positive'), 'thigh-thrust': L('positive'), 'sij-compression': L('positive'), 'sacral-thrust': L('positive'), gaenslen: L('negative'), slr: L('negative'), 'pain-below-knee': false },
    leader: 'sij-pain',
    top3: ['sij-pain'],
    redFlags: [],
  },
  {
    name: 'burning outer thigh in a pregnant patient, relieved by pelvic compression',
    setting: 'general',
    findings: { age: 30, pregnancy: true, 'tight-belt': true, 'pain-lateral-thigh': true, 'symptomatic-side': 'right', 'lateral-thigh-sensation': R(true), 'pelvic-compression-meralgia': R('positive'), 'knee-extension-strength': R(5) },
    leader: 'meralgia-paresthetica',
    top3: ['meralgia-paresthetica'],
    redFlags: ['nerve-involvement'],
  },
  {
    name: 'quadriceps weakness and absent knee jerk without back pain or anticoagulants',
    setting: 'general',
    findings: { age: 61, 'pain-anterior-thigh': true, 'pain-lower-back': false, 'symptomatic-side': 'left', 'knee-extension-strength': L(3), 'patellar-reflex': L('absent'), 'sensation-l4': L(true), 'femoral-nerve-tension': L('negative'), anticoagulants: false, fever: false },
    leader: 'femoral-neuropathy',
    top3: ['femoral-neuropathy'],
    redFlags: ['nerve-involvement'],
  },
  {
    name: 'fever, flexed painful hip and positive psoas sign in a patient with diabetes',
    setting: 'general',
    findings: { age: 54, fever: true, 'diabetes-immunosuppression': true, 'hip-held-flexed': true, 'flank-pain': true, 'pain-lower-back': true, 'symptomatic-side': 'right', 'psoas-sign': R('positive'), 'antalgic-gait': true },
    leader: 'psoas-abscess',
    top3: ['psoas-abscess'],
    redFlags: ['psoas-abscess', 'fever-infection'],
  },
  {
    name: 'migrating right lower abdominal pain, vomiting, right psoas sign',
    setting: 'general',
    findings: { age: 22, 'pain-lower-abdomen': true, 'rlq-tenderness': true, 'migrating-pain': true, 'anorexia-vomiting': true, 'symptomatic-side': 'right', 'psoas-sign': R('positive'), 'rovsing-sign': 'positive' },
    leader: 'appendicitis',
    top3: ['appendicitis'],
    redFlags: ['appendicitis'],
  },
  {
    name: 'on apixaban: sudden groin pain, hip held flexed, weak knee extension',
    setting: 'general',
    findings: { age: 76, anticoagulants: true, onset: 'sudden', 'pain-groin': true, 'hip-held-flexed': true, 'symptomatic-side': 'left', 'knee-extension-strength': L(3), 'patellar-reflex': L('reduced'), 'swelling-mass': true },
    leader: 'iliopsoas-haematoma',
    top3: ['iliopsoas-haematoma', 'femoral-neuropathy'],
    redFlags: ['iliopsoas-haematoma', 'swelling'],
  },
  {
    name: 'marathon runner with impact-related groin pain at night and a painful hop test',
    setting: 'sports',
    findings: { age: 34, 'endurance-or-military': true, 'training-increase': true, 'pain-groin': true, 'worse-impact': true, 'night-pain': true, 'symptomatic-side': 'right', 'hop-test': R('positive'), 'adductor-origin-tender': R(false), 'iliopsoas-tendon-tender': R(false), fadir: R('negative') },
    leader: 'femoral-neck-stress-fracture',
    top3: ['femoral-neck-stress-fracture'],
    redFlags: ['femoral-neck-stress-fracture'],
  },
  {
    name: 'fall in an 82-year-old on steroids, unable to bear weight, positive percussion test',
    setting: 'general',
    findings: { age: 82, trauma: true, 'cannot-bear-weight': true, 'steroids-osteoporosis': true, 'pain-groin': true, 'symptomatic-side': 'left', 'patellar-pubic-percussion': L('positive') },
    leader: 'hip-fracture',
    top3: ['hip-fracture'],
    redFlags: ['fracture-trauma', 'fragility-fracture', 'post-trauma'],
  },
  {
    name: 'groin pain with cough, tender inguinal canal and a bulge',
    setting: 'sports',
    findings: { age: 27, 'kicking-sport': true, 'pain-groin': true, 'worse-cough': true, 'symptomatic-side': 'right', 'inguinal-canal-tender': R(true), 'resisted-abdominal-pain': R('positive'), 'palpable-hernia': R(true), 'adductor-origin-tender': R(false), 'resisted-adduction-pain': R('negative') },
    leader: 'inguinal-related-groin-pain',
    top3: ['inguinal-related-groin-pain'],
    redFlags: [],
  },
  {
    name: 'central groin pain with a tender pubic symphysis in a kicking athlete',
    setting: 'sports',
    findings: { age: 23, 'kicking-sport': true, 'pain-groin': true, 'pubic-symphysis-tender': true, 'adductor-origin-tender': R(false), 'resisted-adduction-pain': R('negative'), 'iliopsoas-tendon-tender': R(false), fadir: R('negative'), 'symptomatic-side': 'right' },
    leader: 'pubic-related-groin-pain',
    top3: ['pubic-related-groin-pain'],
    redFlags: [],
  },
  {
    name: 'regional muscle pain with taut bands and referred pain',
    setting: 'general',
    findings: { age: 45, 'pain-buttock': true, 'pain-lower-back': false, 'muscle-tightness': true, 'high-stress': true, 'duration-weeks': 20, 'trigger-points': L(true), 'symptomatic-side': 'left', 'sij-distraction': L('negative'), 'thigh-thrust': L('negative') },
    leader: 'myofascial-pain',
    top3: ['myofascial-pain'],
    redFlags: [],
  },
  {
    name: 'widespread pain, poor sleep and fatigue for a year',
    setting: 'general',
    findings: { age: 48, 'pain-hip': true, 'pain-lower-back': true, 'widespread-pain': true, 'fatigue-poor-sleep': true, 'high-stress': true, 'duration-weeks': 52 },
    leader: 'fibromyalgia',
    top3: ['fibromyalgia'],
    redFlags: ['inflammatory-pattern'],
  },
  {
    name: 'young adult with two hours of morning stiffness easing with exercise',
    setting: 'general',
    findings: { age: 28, 'morning-stiffness': 120, 'eased-exercise': true, 'night-pain': true, 'pain-buttock': true, 'pain-lower-back': false, 'widespread-pain': false },
    leader: 'inflammatory-arthritis',
    top3: ['inflammatory-arthritis'],
    redFlags: ['inflammatory-pattern'],
  },
  {
    name: 'history of breast cancer with new hip pain, night pain and weight loss',
    setting: 'general',
    findings: { age: 63, 'cancer-history': true, 'weight-loss': true, 'night-pain-unrelieved': true, 'not-improving': true, 'pain-hip': true },
    leader: 'bone-malignancy',
    top3: ['bone-malignancy'],
    redFlags: ['malignancy-history', 'systemic-features', 'persistent-worsening'],
  },
  {
    name: 'back pain with saddle numbness and urinary retention',
    setting: 'general',
    findings: { age: 45, 'pain-lower-back': true, 'saddle-anaesthesia': true, 'bladder-bowel-change': true, 'bilateral-leg-symptoms': true, 'numbness-tingling': true },
    leader: 'cauda-equina',
    top3: ['cauda-equina'],
    redFlags: ['cauda-equina', 'nerve-involvement'],
  },
  {
    name: 'simple mechanical low back pain with no leg signs',
    setting: 'general',
    findings: { age: 40, 'pain-lower-back': true, 'lumbar-spine-tender': true, 'pain-below-knee': false, 'pain-groin': false, 'pain-buttock': false, slr: R('negative'), 'femoral-nerve-tension': R('negative') },
    leader: 'nonspecific-lbp',
    top3: ['nonspecific-lbp'],
    redFlags: [],
  },
  {
    name: 'groin mass over the iliopsoas after hip replacement',
    setting: 'general',
    findings: { age: 70, 'hip-prosthesis': true, 'swelling-mass': true, 'pain-groin': true, 'symptomatic-side': 'left', 'iliopsoas-tendon-tender': L(true), 'worse-hip-flexion': true, fever: false, anticoagulants: false },
    leader: 'iliopsoas-bursitis',
    top3: ['iliopsoas-bursitis'],
    redFlags: ['swelling'],
  },
  {
    name: 'recent spinal surgery, not improving, with bilateral leg symptoms but no saddle or bladder change',
    setting: 'general',
    findings: { age: 59, 'recent-surgery': true, 'not-improving': true, 'bilateral-leg-symptoms': true, 'saddle-anaesthesia': false, 'bladder-bowel-change': false, 'pain-lower-back': true, 'injected-drug-use': true, 'progressive-weakness': true, 'antalgic-gait': true, 'pain-worst': 9 },
    leader: 'nonspecific-lbp',
    top3: [],
    redFlags: ['cauda-equina', 'progressive-neuro-deficit', 'injected-drug-use', 'post-surgery', 'persistent-worsening', 'mobility-loss'],
  },
];

describe('clinical vignettes', () => {
  it.each(VIGNETTES)('$name', (v) => {
    const result = assess(v.findings, { setting: v.setting });
    const ids = result.differential.map((d) => d.id);
    expect(ids[0], `leader; top five: ${result.differential.slice(0, 5).map((d) => `${d.id} ${d.probability.toFixed(3)}`).join(', ')}`).toBe(v.leader);
    for (const id of v.top3) expect(ids.slice(0, 3)).toContain(id);
    expect(result.redFlags.map((f) => f.id).sort()).toEqual([...v.redFlags].sort());
  });

  it('covers every condition as a leader and every red flag at least once', async () => {
    const { CONDITIONS } = await import('../knowledge-base/conditions.ts');
    const { RED_FLAGS } = await import('../knowledge-base/red-flags.ts');
    const leaders = new Set(VIGNETTES.map((v) => v.leader));
    expect(CONDITIONS.map((c) => c.id).filter((id) => !leaders.has(id))).toEqual([]);
    const flagged = new Set(VIGNETTES.flatMap((v) => v.redFlags));
    expect(RED_FLAGS.map((f) => f.id).filter((id) => !flagged.has(id))).toEqual([]);
  });
});
