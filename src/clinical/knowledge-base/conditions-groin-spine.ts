import type { FactId } from './facts.ts';
import { ageBand, capped, computed, estimate, prior, published } from './provenance.ts';
import type { SourceId } from './sources.ts';
import type { ConditionDef } from './types.ts';

/**
 * Groin entities (Doha 2015), lumbar spine, nerve entrapments and widespread pain.
 *
 * Dependency groups: lumbosacral-neural-tension (SLR, slump); l2-l4-root (femoral stretch test,
 * patellar reflex, knee-extension weakness and the Suri combination: one mid-lumbar root);
 * sij-provocation (the five tests and the Laslett cluster); adductor-provocation (resisted
 * adduction, squeeze); inguinal (canal tenderness, resisted abdominal test).
 */
export const GROIN_SPINE_CONDITIONS = [
  {
    id: 'adductor-related-groin-pain',
    name: 'Adductor-related groin pain',
    aliases: ['Adductor strain', 'Adductor tendinopathy'],
    icd10: 'S76.21-',
    icd10Note: 'Strain of adductor muscle: S76.211A right, S76.212A left (WHO S76.2).',
    category: 'muscle-tendon',
    description:
      'Pain at the adductor origin on the pubic bone, reproduced by resisted adduction. The most common groin entity in athletes.',
    priors: {
      general: prior(0.05, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.58, 'published', ['holmich2007'], 'Primary entity in 58% of 207 athletes with long-standing groin pain (69% of footballers).'),
    },
    findings: [
      computed('adductor-origin-tender', 0.946, 0.475, ['falvey2016'], 'Falvey 2016: 382 men with long-standing athletic groin pain (median 36 weeks) at a sports surgery clinic, 56 with an adductor injury. The reference was the final diagnosis made from the examination and MRI together, so tenderness was part of the reference, which flatters both figures. Most of the others had a pubic aponeurosis injury, also tender near the adductor origin, which lowers specificity; absence of tenderness argues strongly against. In acute groin injuries, absence of palpation pain best predicted a normal MRI (Serner 2016).'),
      estimate('resisted-adduction-pain', { pos: 3, neg: 0.4 }, 'Doha definition. In 81 athletes with acute groin injuries, resisted outer-range adduction predicted an adductor lesion on MRI with positive predictive value 80–81% (Serner 2016; sensitivity and specificity not retrieved, so no LR).', ['doha2015', 'serner2016'], { group: 'adductor-provocation' }),
      published('adductor-squeeze', { pos: 1.1, neg: 0.58 }, ['falvey2016'], 'Squeeze test at 90° hip flexion against adductor injury: Sn 0.89, Sp 0.19 in 382 men with long-standing athletic groin pain at a sports surgery clinic (reference: final diagnosis from examination and MRI). The test is sensitive for groin pain in general but does not tell the groin entities apart; pain and weakness on squeezing separate athletes with groin pain from those without (Mosler 2015).', { group: 'adductor-provocation' }),
      estimate('kicking-sport', { pos: 2, neg: 0.6 }, 'most common in kicking sports.', [
        'holmich2007',
      ]),
      estimate('pain-groin', { pos: 2, neg: 0.2 }, 'groin pain by definition.', ['doha2015']),
    ],
    sources: [
      'holmich2007',
      'doha2015',
      'falvey2016',
      'serner2016',
      'mosler2015',
      'holmich1999',
      'icd10cm',
    ],
    serious: false,
  },
  {
    id: 'inguinal-related-groin-pain',
    name: 'Inguinal-related groin pain',
    aliases: ['Sports hernia', 'Athletic pubalgia', 'Inguinal hernia'],
    icd10: 'K40.90',
    icd10Note:
      'Inguinal hernia, unilateral, without obstruction or gangrene (WHO K40.9). Athletic pubalgia has no specific code.',
    snomed: '396232000',
    category: 'visceral',
    description:
      'Pain in the inguinal canal, worse with resisted abdominal work, coughing or sneezing, with or without a palpable hernia.',
    priors: {
      general: prior(0.03, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.1, 'expert-estimate', ['holmich2007', 'falvey2016'], 'Team estimate. No published prevalence of inguinal-related groin pain was found. Hölmich 2007 found rectus abdominis-related pain in 10% of 207 athletes with long-standing groin pain (18 of those 20 also had adductor-related pain), which is a different entity; in 382 men at a sports surgery clinic no hernia was diagnosed and 63% had a pubic aponeurosis injury (Falvey 2016).'),
    },
    findings: [
      estimate('inguinal-canal-tender', { pos: 3, neg: 0.3 }, 'Doha definition (text not retrieved; verify). Palpation reliability is low (κ 0.35–0.49).', ['doha2015', 'heijboer'], { group: 'inguinal' }),
      estimate('resisted-abdominal-pain', { pos: 3, neg: 0.4 }, 'Doha definition; pain on Valsalva was the most prevalent positive test (79%).', ['doha2015', 'heijboer'], { group: 'inguinal' }),
      estimate('palpable-hernia', { pos: 5 }, 'a palpable bulge makes a hernia likely; its absence does not exclude inguinal-related pain.', ['team']),
      estimate('worse-cough', { pos: 2, neg: 0.7 }, 'raised intra-abdominal pressure.', [
        'doha2015',
      ]),
      estimate('pain-groin', { pos: 2, neg: 0.2 }, 'groin pain by definition.', ['doha2015']),
    ],
    sources: ['doha2015', 'heijboer', 'holmich2007', 'falvey2016', 'icd10cm'],
    serious: false,
  },
  {
    id: 'pubic-related-groin-pain',
    name: 'Pubic-related groin pain (osteitis pubis)',
    aliases: ['Osteitis pubis', 'Pubic bone stress injury'],
    icd10: 'M85.3-',
    icd10Note:
      'Not verified; often mapped to M85.3- (inherited from ICD-9 733.5). Check the ICD-10-CM index.',
    category: 'bone',
    description:
      'Pain and tenderness over the pubic symphysis and adjacent bone, in kicking and running athletes. MRI often shows marrow oedema, which is also common in athletes without pain.',
    priors: {
      general: prior(0.01, 'expert-estimate', ['team'], 'Team estimate.'),
      sports: prior(0.05, 'expert-estimate', ['rankin2015'], 'Part of the pubic bone stress injury entity (percentage not retrieved); team estimate.'),
    },
    findings: [
      estimate('pubic-symphysis-tender', { pos: 6, neg: 0.2 }, 'Doha definition (text not retrieved; verify); symphysis tenderness is uncommon in other groin entities (taken as 15%).', ['doha2015']),
      estimate('adductor-squeeze', { pos: 1.5 }, 'often painful.', ['team'], {
        group: 'adductor-provocation',
      }),
      estimate('kicking-sport', { pos: 1.5 }, 'kicking and running athletes.', ['rankin2015']),
      estimate('pain-groin', { pos: 1.5, neg: 0.3 }, 'central groin pain.', ['doha2015']),
    ],
    sources: ['doha2015', 'rankin2015'],
    serious: false,
  },
  {
    id: 'upper-lumbar-radiculopathy',
    name: 'Upper lumbar radiculopathy (L2–L4)',
    aliases: [
      'Lumbar disc herniation with L2–L4 radiculopathy',
      'Herniated Disc',
      'Nerve Compression',
      'Lumbar Spine Problems',
      'Spinal-origin pain',
    ],
    icd10: 'M51.16',
    icd10Note: 'Intervertebral disc disorder with radiculopathy, lumbar region (WHO M51.1).',
    category: 'spinal',
    description:
      'Compression of an L2–L4 nerve root, usually by a disc, causing front-of-thigh or inner-shin pain, weak knee extension or hip flexion, and a reduced knee jerk. The key mimic of iliopsoas pain in the anterior thigh.',
    priors: {
      general: prior(0.03, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.01, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.002, sports: 0.002 }, 'Team estimate: disc herniation is uncommon before skeletal maturity, and upper-lumbar levels rarely so.', ['team']),
    ],
    findings: [
      capped('femoral-nerve-tension', { pos: 5 }, 'Suri 2011 found no false positives for the femoral stretch test alone (LR+ ∞) for L2–L4 root impingement on MRI, in 54 patients with radicular leg pain of under 12 weeks seen in a hospital spine clinic; its LR 7.0 (95% CI 2.3–21) is for the test combined with an abnormal patellar reflex, applied here as a separate rule', 'one small specialist-clinic study cannot give certainty, so the single test is held at 5. A related test, the slump knee bend, found all 4 patients with mid-lumbar root compression on MRI with 2 false positives among 12 others (Sn 100%, Sp 83%, LR+ about 6; 16 spine-clinic patients, Trainor 2011).', ['suri2011', 'trainor2011'], { group: 'l2-l4-root' }),
      estimate('femoral-nerve-tension', { neg: 0.5 }, "the sensitivity in Suri 2011 was not retrieved, so no LR− can be computed; the slump knee bend missed none of 4 cases (Trainor 2011), too few to use. A negative test is taken as halving the odds (the team's judgement).", ['suri2011', 'trainor2011'], { group: 'l2-l4-root' }),
      capped('patellar-reflex-reduced', { pos: 4 }, 'Suri 2011 found no false positives for an abnormal patellar reflex (LR+ ∞) for L2–L4 root impingement, and LR+ 7.7 (95% CI 1.7–35) for L4 impingement alone, in 54 spine-clinic patients with recent radicular pain (MRI reference)', 'a small specialist-clinic sample; in 116 referred patients with chronic radiculopathy no single reflex, motor, sensory or straight-leg-raise test reached LR+ above 4 (Iversen 2013), so 4 is used.', ['suri2011', 'iversen2013'], { group: 'l2-l4-root' }),
      estimate('patellar-reflex-reduced', { neg: 0.7 }, "a normal knee jerk argues only weakly against (sensitivity in Suri 2011 not retrieved; the team's judgement).", ['suri2011'], { group: 'l2-l4-root' }),
      estimate('knee-extension-weak', { pos: 3, neg: 0.7 }, 'L3–L4 myotome. Suri 2011 tested knee-extension strength but it was not among the tests with LR ≥ 5; its figures were not retrieved.', ['suri2011'], { group: 'l2-l4-root' }),
      estimate('hip-flexion-weak', { pos: 1.5 }, 'L2–L3 myotome.', ['suri2011']),
      estimate('sensation-l3', { pos: 3 }, 'dermatomal sensory change (no L3 figure retrieved from Suri 2011).', ['suri2011'], { group: 'l2-l4-sensation' }),
      capped('sensation-l4', { pos: 4 }, 'Suri 2011 found no false positives for reduced pinprick at the medial ankle (LR+ ∞) for L2–L4 and for L4 impingement, in 54 spine-clinic patients with recent radicular pain (MRI reference)', 'a small specialist-clinic sample; no single sensory test reached LR+ above 4 in 116 referred patients with chronic radiculopathy (Iversen 2013).', ['suri2011', 'iversen2013'], { group: 'l2-l4-sensation' }),
      capped('sensation-l2', { pos: 4 }, 'Suri 2011 reports LR+ 13 (95% CI 1.8–87) for reduced anterior-thigh sensation and L2 impingement, in 54 spine-clinic patients with recent radicular pain (MRI reference)', 'the interval is very wide; no single sensory test reached LR+ above 4 in 116 referred patients with chronic radiculopathy (Iversen 2013).', ['suri2011', 'iversen2013'], { group: 'l2-l4-sensation' }),
      estimate('pain-anterior-thigh', { pos: 2, neg: 0.5 }, 'anterior thigh pain.', ['suri2011']),
      estimate('pain-lower-back', { pos: 1.5, neg: 0.5 }, 'usually with back pain.', ['team']),
    ],
    sources: [
      'suri2011',
      'trainor2011',
      'iversen2013',
      'nice2016lbp',
      'seed-000',
      'seed-001',
      'seed-002',
      'icd10cm',
    ],
    serious: false,
  },
  {
    id: 'lower-lumbar-radiculopathy',
    name: 'Lower lumbar radiculopathy (L4–S1, sciatica)',
    aliases: [
      'Sciatica',
      'Lumbar disc herniation',
      'Spinal disc herniation',
      'Spinal Disc Problems',
    ],
    icd10: 'M51.17',
    icd10Note: 'Lumbosacral disc disorder with radiculopathy (WHO M51.1).',
    snomed: '23056005',
    category: 'spinal',
    description:
      'Compression of an L4–S1 nerve root causing leg pain below the knee, often worse than the back pain, with possible numbness, weakness or reflex change.',
    priors: {
      general: prior(0.08, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.03, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.01, sports: 0.01 }, 'Team estimate: disc herniation is uncommon before skeletal maturity.', ['team']),
    ],
    findings: [
      published('slr', { pos: 1.38, neg: 0.87 }, ['capra2011'], 'Against MRI in 2352 patients with sciatic pain (retrospective chart review; L4–L5 and L5–S1 herniation): Sn 0.36, Sp 0.74; similar with nerve-root compression. In surgical series, where nearly everyone has a herniation, pooled Sn is 0.92 and Sp 0.28 (LR+ 1.28, LR− 0.29; van der Windt 2010): a negative test rules out only in that selected group.', { group: 'lumbosacral-neural-tension' }),
      computed('slump', 0.8, 0.714, ['kigali2015'], '33 patients with back or leg pain who had an MRI in two referral hospitals (Kigali pilot; MRI reference). Majlesi 2008 (75 patients, case–control design, MRI) reports slump Sn 0.84; its specificity is given as 0.83 (straight leg raise 0.89) as cited, but a critically appraised summary gives the two specificities the other way round; the primary paper was not reached, so its figures are not used.', { group: 'lumbosacral-neural-tension' }),
      computed('crossed-slr', 0.28, 0.9, ['vanderwindt2010'], 'Pooled from surgical series (van der Windt 2010); no figure against MRI in unselected patients was retrieved.'),
      estimate('pain-below-knee', { pos: 3, neg: 0.3 }, 'radicular pain below the knee.', [
        'nice2016lbp',
      ]),
      capped('achilles-reflex-reduced', { pos: 4 }, 'Suri 2011 reports LR+ 7.1 (95% CI 0.96–53) for L5–S1 root impingement on MRI, in 54 spine-clinic patients with radicular pain of under 12 weeks', 'the interval includes 1; in 116 referred patients with chronic radiculopathy no single reflex test reached LR+ above 4 (Iversen 2013).', ['suri2011', 'iversen2013']),
      computed('sensation-l5', 0.61, 0.63, ['tawa2016'], 'Sensory testing against MRI (Tawa 2016, systematic review of 12 studies, mostly specialist care); the pooled figure is applied to each dermatome.', { group: 'l5-s1-sensation' }),
      computed('sensation-s1', 0.61, 0.63, ['tawa2016'], 'Sensory testing against MRI (Tawa 2016, systematic review of 12 studies, mostly specialist care); the pooled figure is applied to each dermatome.', { group: 'l5-s1-sensation' }),
      estimate('worse-cough', { pos: 1.5 }, 'raised intradiscal pressure.', ['team']),
      estimate('pain-lower-back', { pos: 1.5, neg: 0.5 }, 'usually with back pain.', ['team']),
    ],
    sources: [
      'vanderwindt2010',
      'capra2011',
      'kigali2015',
      'majlesi2008',
      'suri2011',
      'iversen2013',
      'tawa2016',
      'nice2016lbp',
      'seed-000',
      'seed-002',
      'icd10cm',
    ],
    serious: false,
  },
  {
    id: 'lumbar-stenosis',
    name: 'Lumbar spinal stenosis',
    aliases: ['Spinal stenosis', 'Degenerative Spine Conditions', 'Neurogenic claudication'],
    icd10: 'M48.061',
    icd10Note: 'M48.061 without, M48.062 with neurogenic claudication (WHO M48.0).',
    snomed: '18347007',
    category: 'spinal',
    description:
      'Narrowing of the lumbar canal in older adults, causing leg pain on standing or walking that eases with sitting or bending forward.',
    priors: {
      general: prior(0.05, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.005, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.0005, sports: 0.0005 }, 'Team estimate: lumbar stenosis is a degenerative condition of later life; symptoms before skeletal maturity are exceptional.', ['team']),
    ],
    findings: [
      estimate('eased-sitting-flexion', { pos: 3, neg: 0.5 }, 'relief with sitting or flexion is the hallmark of neurogenic claudication.', ['team']),
      estimate('age-over-50', { pos: 2, neg: 0.3 }, 'age over 50–60.', ['team']),
      estimate('worse-walking', { pos: 2, neg: 0.6 }, 'claudication on walking.', ['team']),
      estimate('worse-standing', { pos: 1.5 }, 'worse on standing.', ['team']),
      estimate('bilateral-leg-symptoms', { pos: 1.5 }, 'often both legs.', ['team']),
    ],
    sources: ['zaina2016', 'seed-000', 'seed-002', 'seed-003', 'icd10cm'],
    serious: false,
  },
  {
    id: 'sij-pain',
    name: 'Sacroiliac joint pain',
    aliases: ['SIJ dysfunction', 'Sacroiliac joint dysfunction'],
    icd10: 'M53.3',
    icd10Note:
      'No single specific code; M53.3, M53.2X8, S33.6XXA (sprain) or M46.1 (sacroiliitis) are used. Not verified.',
    category: 'joint',
    description:
      'Pain from the sacroiliac joint, felt below L5 over the buttock, reproduced by provocation tests. The provocation rule is read in pain that does not centralise with repeated movements; pain that centralises points to a disc.',
    priors: {
      general: prior(0.1, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.05, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.01, sports: 0.01 }, 'Team estimate: sacroiliac joint pain is uncommon in children; buttock pain in a child needs infection, inflammatory and growth-plate causes considered first.', ['team']),
    ],
    findings: [
      capped('sij-distraction', { pos: 1.5, neg: 0.8 }, 'Laslett 2005 reports distraction Sn 0.60, Sp 0.81 (LR+ 3.2, LR− 0.49, computed) against an intra-articular anaesthetic block in 48 patients referred for spinal injections', 'single provocation tests of one joint are correlated, and the Laslett rule already weighs all of them; held low so that a single test neither overrides nor adds much to the rule.', ['laslett2005', 'simpson2006'], { group: 'sij-provocation' }),
      capped('thigh-thrust', { pos: 1.5, neg: 0.8 }, 'Laslett 2005 reports thigh thrust Sn 0.88, Sp 0.69 (LR+ 2.8, LR− 0.17, computed) against an intra-articular anaesthetic block in 48 patients referred for spinal injections', 'single provocation tests of one joint are correlated, and the Laslett rule already weighs all of them; held low so that a single test neither overrides nor adds much to the rule.', ['laslett2005', 'simpson2006'], { group: 'sij-provocation' }),
      capped('sij-compression', { pos: 1.5, neg: 0.8 }, 'Laslett 2005 reports compression Sn 0.69, Sp 0.69 (LR+ 2.2, LR− 0.45, computed) against an intra-articular anaesthetic block in 48 patients referred for spinal injections', 'single provocation tests of one joint are correlated, and the Laslett rule already weighs all of them; held low so that a single test neither overrides nor adds much to the rule.', ['laslett2005', 'simpson2006'], { group: 'sij-provocation' }),
      capped('sacral-thrust', { pos: 1.5, neg: 0.8 }, 'Laslett 2005 reports sacral thrust Sn 0.63, Sp 0.75 (LR+ 2.5, LR− 0.49, computed) against an intra-articular anaesthetic block in 48 patients referred for spinal injections', 'single provocation tests of one joint are correlated, and the Laslett rule already weighs all of them; held low so that a single test neither overrides nor adds much to the rule.', ['laslett2005', 'simpson2006'], { group: 'sij-provocation' }),
      capped('gaenslen', { pos: 1.5, neg: 0.8 }, "Laslett 2005 reports Gaenslen's test Sn 0.53, Sp 0.71 (LR+ 1.8, LR− 0.66, computed) against an intra-articular anaesthetic block in 48 patients referred for spinal injections", 'single provocation tests of one joint are correlated, and the Laslett rule already weighs all of them; held low so that a single test neither overrides nor adds much to the rule.', ['laslett2005', 'simpson2006'], { group: 'sij-provocation' }),
      estimate('faber-posterior', { pos: 1.5 }, 'FABER for SIJ pain: Sn 35–69%, Sp 16–100% across studies.', ['laslett2005'], { group: 'sij-provocation' }),
      estimate('pain-buttock', { pos: 2, neg: 0.5 }, 'pain below L5 over the buttock.', [
        'laslett2005',
      ]),
      estimate('sij-tender', { pos: 1.5 }, 'tenderness over the joint.', ['team']),
    ],
    sources: ['laslett2005', 'laslett2003', 'vanderwurff2006', 'simpson2006', 'icd10cm'],
    serious: false,
  },
  {
    id: 'femoral-neuropathy',
    name: 'Femoral neuropathy',
    aliases: ['Femoral nerve palsy'],
    icd10: 'G57.2-',
    icd10Note: 'G57.21 right, G57.22 left (WHO G57.2).',
    category: 'neural',
    description:
      'Damage to the femoral nerve causing weak knee extension (and hip flexion if proximal), an absent knee jerk and numbness of the front of the thigh. In someone on anticoagulants, think of an iliopsoas haematoma.',
    priors: {
      general: prior(0.005, 'expert-estimate', ['team'], 'Team estimate.'),
      sports: prior(0.002, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.001, sports: 0.001 }, 'Team estimate: femoral neuropathy is rare in children and usually has a cause to find.', ['team']),
    ],
    findings: [
      estimate('knee-extension-weak', { pos: 6, neg: 0.1 }, 'quadriceps weakness is the main sign (Sn taken as 0.9); 4/5 or weaker in about 15% of other outpatients.', ['team'], { group: 'femoral-nerve' }),
      estimate('patellar-reflex-reduced', { pos: 8, neg: 0.3 }, 'reduced or absent knee jerk (Sn taken as 0.8; reduced in about 10% of others). Weakness, the knee jerk and the stretch test reflect one nerve, so only the strongest sign for and the strongest against count.', ['team'], { group: 'femoral-nerve' }),
      estimate('sensation-l3', { pos: 4 }, 'anterior thigh and medial leg numbness.', ['team'], {
        group: 'femoral-sensation',
      }),
      estimate('sensation-l4', { pos: 4 }, 'medial leg numbness.', ['team'], {
        group: 'femoral-sensation',
      }),
      estimate('pain-lower-back', { pos: 0.6 }, 'back pain points to a root rather than the nerve.', ['team']),
      estimate('anticoagulants', { pos: 2 }, 'haematoma is a cause.', ['decker2022']),
      estimate('femoral-nerve-tension', { pos: 2 }, 'nerve mechanosensitivity.', ['suri2011'], {
        group: 'femoral-nerve',
      }),
    ],
    sources: ['decker2022', 'consultant360', 'icd10cm'],
    serious: false,
  },
  {
    id: 'meralgia-paresthetica',
    name: 'Meralgia paresthetica',
    aliases: ['Lateral femoral cutaneous nerve entrapment'],
    icd10: 'G57.1-',
    icd10Note: 'G57.11 right, G57.12 left (WHO G57.1).',
    category: 'neural',
    description:
      'Entrapment of the lateral femoral cutaneous nerve: burning or numbness of the outer thigh with no weakness. Linked to weight, tight belts, pregnancy and diabetes.',
    priors: {
      general: prior(0.02, 'expert-estimate', ['meralgiaReview'], 'Incidence 4.3 per 10,000 person-years (as cited); team estimate for this setting.'),
      sports: prior(0.01, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.005, sports: 0.005 }, 'Team estimate: meralgia paresthetica is uncommon in children.', ['team']),
    ],
    findings: [
      capped('pelvic-compression-meralgia', { pos: 10, neg: 0.1 }, 'Nouraei 2007 reports Sn 95%, Sp 93.3% in 45 patients (LR+ 14, LR− 0.05 by arithmetic)', 'a single study of 45 patients cannot support near-certainty either way.', ['nouraei2007']),
      estimate('lateral-thigh-sensation', { pos: 4, neg: 0.2 }, 'the defining symptom.', [
        'meralgiaReview',
      ]),
      estimate('pain-lateral-thigh', { pos: 1.5 }, 'outer-thigh location.', ['meralgiaReview']),
      estimate('tight-belt', { pos: 2 }, 'a named risk factor.', ['meralgiaReview']),
      estimate('overweight', { pos: 1.5 }, 'a named risk factor.', ['meralgiaReview']),
      estimate('pregnancy', { pos: 2 }, 'a named risk factor.', ['meralgiaReview']),
      estimate('knee-extension-weak', { pos: 0.5 }, 'meralgia has no motor deficit, so weakness points elsewhere.', ['meralgiaReview']),
    ],
    sources: ['nouraei2007', 'meralgiaReview', 'icd10cm'],
    serious: false,
  },
  {
    id: 'myofascial-pain',
    name: 'Myofascial pain syndrome',
    aliases: ['Myofascial Pain Syndrome', 'Trigger point pain'],
    icd10: 'M79.18',
    icd10Note: 'Myalgia, other site (FY2023 split of M79.1); not verified.',
    category: 'muscle-tendon',
    description:
      'Regional muscle pain from trigger points: a taut band, local tenderness and referred pain.',
    priors: {
      general: prior(0.1, 'expert-estimate', ['team'], 'No figure found; team estimate.'),
      sports: prior(0.05, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.01, sports: 0.01 }, 'Team estimate: myofascial pain is described in adults; in a child or young adolescent, hip and groin pain has growth-related and other causes first.', ['team']),
    ],
    findings: [
      estimate('trigger-points', { pos: 3, neg: 0.4 }, 'the defining sign (a clinical description; no accuracy study found).', ['team']),
      estimate('muscle-tightness', { pos: 1.5 }, 'a knot or tight band.', ['seed-000']),
      estimate('high-stress', { pos: 1.3 }, 'stress raises muscle tension.', ['seed-000']),
      estimate('chronic-duration', { pos: 1.3 }, 'usually persistent.', ['team']),
    ],
    sources: ['seed-000', 'icd10cm'],
    serious: false,
  },
  {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    aliases: ['Fibromyalgia syndrome', 'Underlying Medical Conditions'],
    icd10: 'M79.7',
    snomed: '203082005',
    category: 'systemic',
    description:
      'Widespread pain with fatigue and poor sleep, diagnosed on criteria. Local hip treatment helps less; self-management and graded activity help more.',
    priors: {
      general: prior(0.03, 'expert-estimate', ['team'], 'No figure found; team estimate.'),
      sports: prior(0.01, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.003, sports: 0.002 }, 'Team estimate: juvenile fibromyalgia exists but is uncommon, and widespread pain in a child needs other causes excluded first.', ['team']),
    ],
    findings: [
      estimate('widespread-pain', { pos: 8, neg: 0.1 }, 'widespread pain is a core criterion (Sn near 1); present in about 12% of other outpatients (team assumption).', ['team']),
      estimate('fatigue-poor-sleep', { pos: 2, neg: 0.5 }, 'fatigue and unrefreshing sleep.', [
        'team',
      ]),
      estimate('high-stress', { pos: 1.5 }, 'often coexists.', ['team']),
      estimate('chronic-duration', { pos: 1.5, neg: 0.5 }, 'chronic by definition.', ['team']),
    ],
    sources: ['seed-000', 'seed-002', 'icd10cm'],
    serious: false,
  },
  {
    id: 'inflammatory-arthritis',
    name: 'Inflammatory arthritis (rheumatoid or other peripheral)',
    aliases: ['Rheumatoid arthritis', 'Inflammatory arthritis'],
    icd10: 'M06.9',
    icd10Note:
      'Rheumatoid arthritis, unspecified M06.9 (seropositive M05.-); psoriatic arthritis L40.5-. Axial spondyloarthritis has its own entry (M45).',
    snomed: '69896004',
    category: 'systemic',
    description:
      'Inflammatory disease of the hip and other joints (rheumatoid, psoriatic or reactive arthritis): long morning stiffness, pain better with activity, often other joints swollen. Refer to rheumatology. Inflammatory back pain is under Axial spondyloarthritis.',
    priors: {
      general: prior(0.02, 'expert-estimate', ['team'], 'No figure found; team estimate.'),
      sports: prior(0.01, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    findings: [
      estimate('morning-stiffness-over-30', { pos: 2, neg: 0.5 }, 'inflammatory pattern (standard teaching; no accuracy study found).', ['nice2016lbp']),
      estimate('eased-exercise', { pos: 2.5, neg: 0.6 }, 'better with activity (standard teaching).', ['nice2016lbp']),
      estimate('age-under-40', { pos: 1.5 }, 'onset usually before 45.', ['nice2016lbp']),
      estimate('night-pain', { pos: 1.5 }, 'second-half-of-night pain (standard teaching).', [
        'team',
      ]),
    ],
    sources: ['nice2016lbp', 'icd10cm'],
    serious: false,
  },
  {
    id: 'nonspecific-lbp',
    name: 'Non-specific low back pain',
    aliases: ['Low back pain', 'Mechanical low back pain', 'Iliopsoas back pain'],
    icd10: 'M54.50',
    icd10Note: 'Low back pain, unspecified (ICD-10-CM FY2022+; WHO M54.5).',
    snomed: '279039007',
    category: 'spinal',
    description:
      'Back pain with no specific cause found after screening. Usually improves; exercise and staying active are the core treatments.',
    priors: {
      general: prior(0.3, 'expert-estimate', ['team'], 'No figure for this mixed hip/groin/back setting; team estimate.'),
      sports: prior(0.1, 'expert-estimate', ['team'], 'Team estimate.'),
    },
    findings: [
      estimate('pain-lower-back', { pos: 4, neg: 0.1 }, 'back pain by definition.', [
        'nice2016lbp',
      ]),
      estimate('widespread-pain', { pos: 0.5 }, 'pain in many regions of the body is more than low back pain; the team judges that such pain is better explained by a widespread pain condition, which is listed beside it.', ['team']),
      estimate('fever', { pos: 0.3 }, 'non-specific back pain is a diagnosis after specific causes are excluded (NICE NG59); fever points to one.', ['nice2016lbp']),
      estimate('saddle-anaesthesia', { pos: 0.3 }, 'a feature of a specific cause (cauda equina), not of non-specific pain.', ['nice2016lbp']),
      estimate('bladder-bowel-change', { pos: 0.3 }, 'a feature of a specific cause (cauda equina).', ['nice2016lbp']),
      estimate('bilateral-leg-symptoms', { pos: 0.6 }, 'leg symptoms point to a root or the canal.', ['nice2016lbp']),
      estimate('eased-sitting-flexion', { pos: 0.8 }, 'relief with flexion suggests stenosis.', [
        'team',
      ]),
      estimate('widespread-pain', { pos: 0.5 }, 'back pain that is part of widespread pain is better explained by a widespread pain condition.', ['team']),
      estimate('morning-stiffness-over-30', { pos: 0.7 }, 'morning stiffness over 30 minutes is an inflammatory feature that points to a specific cause (NICE NG65).', ['nice2017spa']),
      estimate('wakes-second-half-night', { pos: 0.5 }, 'waking with back pain in the second half of the night is an inflammatory feature that points to a specific cause (NICE NG65).', ['nice2017spa']),
      estimate('pulsatile-abdominal-mass', { pos: 0.3 }, 'a pulsatile mass points to a specific cause (an aortic aneurysm).', ['lederle1999']),
      estimate('colicky-pain', { pos: 0.3 }, 'colicky pain points to a specific cause (a stone).', [
        'nice2019stones',
      ]),
      estimate('lumbar-spine-tender', { pos: 1.3 }, 'local tenderness.', ['team']),
      estimate('pain-below-knee', { pos: 0.7 }, 'pain below the knee points to a root.', [
        'nice2016lbp',
      ]),
    ],
    sources: ['nice2016lbp', 'qaseem2017', 'seed-003'],
    serious: false,
  },
] as const satisfies readonly ConditionDef<SourceId, FactId>[];
