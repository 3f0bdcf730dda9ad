import type { FactId } from './facts.ts';
import { ageBand, capped, computed, estimate, prior, published, secondary } from './provenance.ts';
import type { SourceId } from './sources.ts';
import type { ConditionDef } from './types.ts';

/**
 * Iliopsoas, hip-joint and lateral-hip conditions. Iliopsoas-related pain is defined clinically
 * (Doha 2015): no accuracy study exists for its tests, so their LRs are expert estimates and say so.
 *
 * Dependency groups used here (only the strongest LR in a group applies):
 * - iliopsoas-palpation: iliacus, psoas and tendon tenderness
 * - iliopsoas-provocation: resisted hip flexion, stretch pain, Stinchfield
 * - hip-flexor-length: Thomas test and its hip-extension deficit
 * - hip-intra-articular: FABER, FADIR, scour, log roll, IR overpressure, Stinchfield
 * - hip-oa-clinical: ROM losses, squat causing posterior pain, and the Sutlive and ACR clusters built
 *   from them (Sutlive counts pain on squatting, so squatting enters hip OA once)
 */
export const ILIOPSOAS_HIP_CONDITIONS = [
  {
    id: 'iliopsoas-spasm',
    name: 'Iliopsoas muscle spasm',
    aliases: [
      'Iliopsoas compartment spasm',
      'Iliacus muscle spasm',
      'Psoas major muscle spasm',
      'Psoas spasm',
      'Iliacus spasm',
    ],
    icd10: 'M62.838',
    icd10Note: 'Other muscle spasm (M62.830 if coded as muscle spasm of back). WHO parent M62.8.',
    category: 'muscle-tendon',
    description:
      'Involuntary, sustained contraction of the iliopsoas (psoas major and iliacus) causing pain, stiffness and restricted hip and lower-back movement. A flexed, painful hip can also be a sign of psoas abscess or haematoma, so those are screened first.',
    priors: {
      general: prior(0.1, 'expert-estimate', ['team'], 'No prevalence figure found; team estimate for physiotherapy outpatients with hip, groin or low-back pain.'),
      sports: prior(0.1, 'expert-estimate', ['team'], 'No prevalence figure found; team estimate.'),
    },
    findings: [
      estimate('palpable-spasm', { pos: 3, neg: 0.6 }, 'palpable spasm or guarding is the defining sign in the seed descriptions.', ['seed-000', 'seed-001']),
      estimate('psoas-tender', { pos: 2, neg: 0.5 }, 'tenderness of the muscle belly; no accuracy study.', ['holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('iliacus-tender', { pos: 2, neg: 0.5 }, 'tenderness of the muscle belly; no accuracy study.', ['holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('iliopsoas-stretch-pain', { pos: 2, neg: 0.6 }, 'pain on hip-extension stretch.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('hip-extension-deficit', { pos: 1.5, neg: 0.8 }, "the team's judgement: no study has measured the Thomas test against iliopsoas spasm. Vigotsky 2016 (29 healthy students, motion capture as reference) measured something else, whether the modified Thomas test detects a true hip-extension deficit: Sn 31.8%, Sp 57.1%, which gives LR+ 0.74 and LR− 1.19, so without control of pelvic tilt a positive test did not even make a real deficit more likely. Those figures are not used here. A spasm that holds the hip flexed should still show on the test, so a small weight is kept; inter-rater reliability is poor (κ 0.39, Peeler 2007).", ['vigotsky2016', 'peeler2007'], { group: 'hip-flexor-length' }),
      estimate('thomas-test', { pos: 1.5, neg: 0.8 }, "the team's judgement, as for the hip-extension deficit, and counted once with it. Vigotsky 2016's figures (Sn 31.8%, Sp 57.1% for a true extension deficit in healthy students) describe the test's validity for range of motion, not for iliopsoas spasm, and are not used.", ['vigotsky2016', 'peeler2007'], { group: 'hip-flexor-length' }),
      estimate('cramping', { pos: 2 }, 'cramping is named as a symptom in the seeds; absence is uninformative.', ['seed-000', 'seed-001']),
      estimate('muscle-tightness', { pos: 1.5 }, 'tightness or a knot is named as a symptom in the seeds.', ['seed-000', 'seed-001']),
      estimate('worse-hip-flexion', { pos: 1.5, neg: 0.8 }, 'pain with hip flexion is named as a symptom in the seeds.', ['seed-000']),
      estimate('hip-held-flexed', { pos: 2 }, 'a flexed antalgic posture; also a red-flag sign, screened separately.', ['seed-000']),
      estimate('anterior-pelvic-tilt', { pos: 1.3 }, 'postural change named in the seeds.', [
        'seed-000',
      ]),
    ],
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'icd10cm'],
    serious: false,
  },
  {
    id: 'iliopsoas-strain',
    name: 'Iliopsoas strain',
    aliases: [
      'Hip flexor strain',
      'Psoas strain',
      'Injury',
      'Acute Injury',
      'Overuse or strain of the iliopsoas muscle',
    ],
    icd10: 'S76.01-',
    icd10Note:
      'Strain of muscle, fascia and tendon of hip (S76.011A right, S76.012A left). Standard ICD-10-CM structure, not verified in the retrieved sources; S76.1x is the quadriceps and is wrong here.',
    category: 'muscle-tendon',
    description:
      'An acute tear of the iliopsoas muscle or musculotendinous junction, usually from sprinting, kicking or a sudden forceful hip flexion. In adolescents the lesser trochanter can avulse.',
    priors: {
      general: prior(0.04, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.15, 'expert-estimate', ['anderson2016'], 'Iliopsoas is involved in 25–30% of acute groin injuries in athletes (Anderson 2016); lowered because this setting also sees long-standing pain.'),
    },
    findings: [
      estimate('sudden-onset', { pos: 2, neg: 0.5 }, 'strains follow a definite moment of injury.', ['anderson2016']),
      estimate('acute-duration', { pos: 2, neg: 0.4 }, 'a strain is an acute injury.', [
        'anderson2016',
      ]),
      estimate('kicking-sport', { pos: 1.5, neg: 0.8 }, 'sprinting and kicking load the hip flexors.', ['holmich2007']),
      estimate('trauma', { pos: 1.3 }, 'a mechanism is usually reported.', ['anderson2016']),
      estimate('resisted-hip-flexion', { pos: 3, neg: 0.3 }, "Doha iliopsoas criterion; the team's judgement. In 81 male athletes with acute groin injuries imaged by MRI within 7 days (Serner 2016), hip-flexor tests predicted and localised MRI-visible hip-flexor lesions poorly (positive predictive value 34–63% for any lesion, 17–71% for the right location); only predictive values were retrieved, so no likelihood ratio can be derived, and an MRI-negative strain can still be a clinical strain.", ['doha2015', 'serner2016'], { group: 'iliopsoas-provocation' }),
      estimate('iliopsoas-stretch-pain', { pos: 2.5, neg: 0.4 }, "Doha iliopsoas criterion; the team's judgement. Hip-flexor tests localised MRI-visible lesions poorly in acute groin injuries (Serner 2016, predictive values only).", ['doha2015', 'serner2016'], { group: 'iliopsoas-provocation' }),
      estimate('hip-flexion-weak', { pos: 2, neg: 0.7 }, 'pain-inhibited hip flexion.', [
        'anderson2016',
      ]),
      estimate('iliopsoas-tendon-tender', { pos: 2, neg: 0.5 }, 'local tenderness.', ['holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('psoas-tender', { pos: 1.5, neg: 0.7 }, 'local tenderness.', ['holmich2004'], {
        group: 'iliopsoas-palpation',
      }),
    ],
    sources: ['anderson2016', 'doha2015', 'seed-001', 'seed-002', 'seed-003', 'icd10cm'],
    serious: false,
  },
  {
    id: 'iliopsoas-tendinopathy',
    name: 'Iliopsoas tendinopathy',
    aliases: [
      'Psoas tendinitis',
      'Iliopsoas-related groin pain',
      'Iliopsoas tendinitis',
      'Tendinitis',
    ],
    icd10: 'M76.1-',
    icd10Note:
      'Psoas tendinitis: M76.11 right, M76.12 left, M76.10 unspecified (WHO M76.1). Not verified against the official tabular list.',
    category: 'muscle-tendon',
    description:
      'Load-related pain of the iliopsoas tendon, felt at the front of the hip or groin during active hip flexion, typically getting out of a car or bed. In athletes with long-standing groin pain it is the primary problem in about a third.',
    priors: {
      general: prior(0.08, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.36, 'published', ['holmich2007'], 'Iliopsoas-related groin pain was the primary entity in 36% of 207 athletes with long-standing groin pain (12–36% in a review). Applied to tendinopathy, the nearest diagnosis.'),
    },
    findings: [
      estimate('iliopsoas-tendon-tender', { pos: 3, neg: 0.2 }, 'iliopsoas tenderness is required by the Doha definition, so its absence argues strongly against; no accuracy study.', ['doha2015', 'holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('psoas-tender', { pos: 2.5, neg: 0.4 }, 'Doha definition.', ['doha2015'], {
        group: 'iliopsoas-palpation',
      }),
      estimate('iliacus-tender', { pos: 2.5, neg: 0.4 }, 'Doha definition.', ['doha2015'], {
        group: 'iliopsoas-palpation',
      }),
      estimate('resisted-hip-flexion', { pos: 2.5, neg: 0.5 }, 'Doha: more likely with pain on resisted flexion.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('iliopsoas-stretch-pain', { pos: 2.5, neg: 0.5 }, 'Doha: more likely with pain on stretch.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('stinchfield', { pos: 1.5 }, 'loads the hip flexors as well as the joint.', ['maslowski2010'], { group: 'iliopsoas-provocation' }),
      estimate('worse-hip-flexion', { pos: 2, neg: 0.6 }, 'typical: pain getting out of a car or bed.', ['agten2015']),
      estimate('pain-groin', { pos: 2, neg: 0.3 }, 'anterior hip or groin pain is the presenting complaint.', ['doha2015']),
      estimate('gradual-onset', { pos: 1.5, neg: 0.7 }, 'overuse presentation.', ['anderson2016']),
      estimate('kicking-sport', { pos: 1.5, neg: 0.8 }, 'common in kicking sports.', [
        'holmich2007',
      ]),
      estimate('anterior-snap', { pos: 1.5 }, 'may coexist with internal snapping.', [
        'anderson2016',
      ]),
      estimate('swelling-mass', { pos: 0.5 }, 'a mass points to a bursa, haematoma or hernia rather than the tendon alone.', ['tormenta2012']),
    ],
    sources: ['holmich2007', 'doha2015', 'anderson2016', 'seed-000', 'icd10cm'],
    serious: false,
  },
  {
    id: 'iliopsoas-bursitis',
    name: 'Iliopsoas bursitis',
    aliases: ['Psoas bursitis', 'Bursitis', 'Inflammatory Conditions'],
    icd10: 'M70.7-',
    icd10Note:
      'Other bursitis of hip: M70.71 right, M70.72 left (WHO M70.7). Not verified against the official list.',
    category: 'muscle-tendon',
    description:
      'Inflammation or distension of the bursa between the iliopsoas tendon and the hip joint, causing anterior hip or groin pain. It is associated with hip osteoarthritis and hip replacement, and a large bursa can present as a groin mass.',
    priors: {
      general: prior(0.02, 'expert-estimate', ['tormenta2012'], 'Seen in 2.2% of symptomatic hip OA on ultrasound (Tormenta 2012); used as a team estimate for this setting.'),
      sports: prior(0.02, 'expert-estimate', ['team'], 'No figure for athletes; team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.005, sports: 0.005 }, 'Team estimate: iliopsoas bursitis is described mostly in adults, often with hip arthritis.', ['team']),
    ],
    findings: [
      estimate('swelling-mass', { pos: 5 }, 'a large bursa can present as a palpable groin mass (case report); a mass is uncommon in other outpatients.', ['tormenta2012']),
      estimate('iliopsoas-tendon-tender', { pos: 2, neg: 0.5 }, 'anterior hip tenderness over the bursa.', ['johnston1998'], { group: 'iliopsoas-palpation' }),
      estimate('pain-groin', { pos: 1.5, neg: 0.4 }, 'anterior hip or groin pain.', [
        'johnston1998',
      ]),
      estimate('hip-prosthesis', { pos: 3 }, 'a recognised cause of groin pain after hip replacement.', ['tormenta2012']),
      estimate('age-over-50', { pos: 1.3 }, 'associated with hip OA.', ['tormenta2012']),
      estimate('worse-hip-flexion', { pos: 1.5 }, 'pain with active hip flexion.', [
        'johnston1998',
      ]),
    ],
    sources: ['tormenta2012', 'johnston1998', 'seed-000', 'seed-001', 'icd10cm'],
    serious: false,
  },
  {
    id: 'internal-snapping-hip',
    name: 'Internal snapping hip',
    aliases: ['Coxa saltans interna', 'Iliopsoas snapping hip'],
    icd10: 'R29.4',
    icd10Note:
      'Clicking hip per one source; coding practice varies (some use M24.85-). Codes disagree across sources.',
    category: 'muscle-tendon',
    description:
      'The iliopsoas tendon flicks over the pelvic brim or femoral head with a felt or heard clunk at the front of the hip. Often painless; it matters when it reproduces the pain.',
    priors: {
      general: prior(0.03, 'expert-estimate', ['orthoreviews'], 'Snapping is incidental in about 5–10% of people and only about half of sonographic snaps are painful (Pelsser 2001); team estimate for painful snapping.'),
      sports: prior(0.05, 'expert-estimate', ['orthoreviews', 'pelsser2001'], 'As above; more common in dancers and athletes.'),
    },
    findings: [
      estimate('snapping-hip-test', { pos: 8, neg: 0.2 }, 'no accuracy study (dynamic ultrasound is the reference); a reproduced painful anterior clunk is close to the definition, but snapping is incidental in 5–10% of people.', ['orthoreviews'], { group: 'snap' }),
      estimate('anterior-snap', { pos: 4, neg: 0.3 }, 'the patient-reported clunk.', ['orthoreviews'], { group: 'snap' }),
      estimate('clicking-catching', { pos: 1.5 }, 'a click is less specific than a clunk.', [
        'orthoreviews',
      ]),
    ],
    sources: ['orthoreviews', 'pelsser2001', 'piechota2016', 'icd10cm'],
    serious: false,
  },
  {
    id: 'hip-oa',
    name: 'Hip osteoarthritis',
    aliases: ['Osteoarthritis', 'Hip arthritis', 'Hip Joint Problems'],
    icd10: 'M16.1-',
    icd10Note:
      'Unilateral primary: M16.11 right, M16.12 left; M16.0 bilateral; M16.9 unspecified (WHO M16).',
    snomed: '239872002',
    category: 'joint',
    description:
      'Degenerative joint disease of the hip: activity-related groin or front-of-thigh pain, short morning stiffness, and loss of internal rotation and flexion first. NICE diagnoses it clinically, without imaging, in people 45 or over with typical features.',
    priors: {
      general: prior(0.34, 'published', ['metcalfe2019'], 'Radiographic hip OA in 34% of primary-care patients presenting with hip or groin pain.'),
      sports: prior(0.05, 'expert-estimate', ['team'], 'No figure for sports medicine; team estimate for a younger, active population.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.001, sports: 0.001 }, "Team estimate: osteoarthritis does not start in childhood; a child's hip pain has other causes (NICE NG226 covers people over 16).", ['nice2022oa']),
      ageBand(16, 45, 'age 16–44', { general: 0.08, sports: 0.02 }, 'Team estimate: hip OA is uncommon before 45 (NICE diagnoses it clinically from 45); 34% is the figure across primary-care adults with hip or groin pain (Metcalfe 2019), most of them older.', ['nice2022oa', 'metcalfe2019']),
      ageBand(45, 65, 'age 45–64', { general: 0.34, sports: 0.12 }, 'Team estimate: the primary-care figure of 34% (Metcalfe 2019); in sport, lower, since most athletes seen are younger and more have soft-tissue causes.', ['metcalfe2019']),
      ageBand(65, 121, 'age 65 or over', { general: 0.45, sports: 0.3 }, 'Team estimate: the prevalence of hip OA rises with age, so above the primary-care average of 34% (Metcalfe 2019).', ['metcalfe2019']),
    ],
    findings: [
      published('squat-posterior-pain', { pos: 6.1 }, ['metcalfe2019'], 'Squat causing posterior pain: Sn 24%, Sp 96%, LR 6.1 (95% CI 1.3–29), against radiographic OA in patients presenting with hip or groin pain. Squatting enters once: it shares a dependency group with the Sutlive rule (whose first item is pain on squatting) and the range-of-motion findings, and only the strongest of them counts.', { group: 'hip-oa-clinical' }),
      published('groin-pain-abd-add', { pos: 5.7 }, ['metcalfe2019'], 'Groin pain on passive abduction or adduction: Sn 33%, Sp 94%, LR 5.7 (95% CI 1.6–20), against radiographic OA.', { group: 'hip-oa-provocation' }),
      published('hip-abduction-weak', { pos: 4.5 }, ['metcalfe2019'], 'Abductor weakness: Sn 44%, Sp 90%, LR 4.5 (95% CI 2.4–8.4), against radiographic OA.'),
      computed('hip-adduction-reduced', 0.8, 0.81, ['metcalfe2019'], 'Decreased passive adduction, Metcalfe 2019 (a review of 6 studies with radiographs as reference): Sn 80%, Sp 81%, LR 4.2 as published. The review states that OA is unlikely when passive adduction is normal; the LR− follows from the same Sn and Sp.', { group: 'hip-oa-clinical' }),
      secondary('hip-ir-below-15', { pos: 3.14, neg: 0.43 }, ['metcalfe2019'], 'Decreased internal rotation, Sn 66%, Sp 79%, as given by a secondary summary of Metcalfe 2019: LR+ = 0.66/0.21 ≈ 3.1, LR− = 0.34/0.79 ≈ 0.43 (computed). The review names decreased internal rotation among the most useful findings, but its own figure was not reached to check.', { group: 'hip-oa-clinical' }),
      published('worse-stairs', { pos: 2.1 }, ['metcalfe2019'], 'Pain on climbing stairs or walking up slopes: LR 2.1, against radiographic OA.'),
      estimate('sudden-onset', { pos: 0.3 }, 'OA pain builds gradually; a sudden onset points to an injury or an acute cause.', ['nice2022oa']),
      estimate('hip-prosthesis', { pos: 0.1 }, 'a replaced hip cannot be the site of hip OA.', [
        'team',
      ]),
      estimate('pain-groin', { pos: 1.5, neg: 0.5 }, 'groin or anterior thigh pain is typical; OA with neither groin nor hip pain is unusual.', ['metcalfe2019']),
    ],
    sources: [
      'metcalfe2019',
      'sutlive2008',
      'altman1991',
      'birrell2001',
      'nice2022oa',
      'kim2015',
      'seed-000',
      'seed-003',
      'icd10cm',
    ],
    serious: false,
  },
  {
    id: 'fai-syndrome',
    name: 'Femoroacetabular impingement syndrome',
    aliases: ['FAI syndrome', 'FAI', 'Hip impingement', 'Psoas impingement'],
    icd10: 'M25.85-',
    icd10Note:
      'Sources disagree: M25.85- is the usual choice; some give M24.85-. Verify before export.',
    category: 'joint',
    description:
      'Hip pain from abnormal contact between the femoral head-neck junction (cam) and the acetabular rim (pincer), typically in young active adults: groin ("C-sign") pain with flexion and sitting, reduced internal rotation in flexion.',
    priors: {
      general: prior(0.08, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.2, 'expert-estimate', ['bmcmsk2019'], 'Hip-related groin pain in 47% of a tertiary hip/groin clinic (BMC MSK 2019); lowered for a non-tertiary sports setting.'),
    },
    findings: [
      computed('fadir', 0.8, 0.25, ['palsson2020', 'ojsm2017', 'reiman2020'], 'Pålsson 2020: 81 patients; the reference needed symptoms, cam or pincer morphology and relief from an intra-articular anaesthetic block. FADIR Sn 80%, Sp 25%: it barely moves the probability either way. Another cohort (n=110) gave Sn 96%, Sp 11% (LR− 0.4); the Zurich consensus range is LR+ 1.00–3.30, LR− 0.09–0.83.', { group: 'hip-intra-articular' }),
      published('faber', { pos: 0.83, neg: 1.17 }, ['reiman2020'], 'Pain provocation for FAI syndrome: LR+ 0.79–0.87, LR− 1.14–1.21; midpoints used.', { group: 'hip-intra-articular' }),
      computed('hip-ir-25-or-less', 0.29, 0.94, ['palsson2020', 'reiman2020'], 'Pålsson 2020 (81 patients; symptoms, morphology and a positive intra-articular block as reference): restricted passive internal rotation with the hip in neutral, Sn 29%, Sp 94%, which matches the single-cohort Zurich consensus figure of LR+ 4.83. Its cut-off for "restricted" was not retrieved; 25° is the team\'s reading of it.'),
      estimate('pain-groin', { pos: 1.5, neg: 0.2 }, 'groin as the main pain site with a positive FABER or impingement test had Sn 0.97 for FAI or labral pathology, so its absence helps rule out.', ['scand2017']),
      estimate('age-under-40', { pos: 1.3, neg: 0.5 }, 'a disease of young active adults; being young is only weakly informative in a sports clinic, where most patients are.', ['bmcmsk2019']),
      estimate('worse-sitting', { pos: 1.5 }, 'pain with prolonged flexion.', ['team']),
      estimate('clicking-catching', { pos: 1.3 }, 'mechanical symptoms are common but non-specific.', ['team']),
    ],
    sources: [
      'palsson2020',
      'reiman2020',
      'ojsm2017',
      'scand2017',
      'bmcmsk2019',
      'seed-004',
      'icd10cm',
    ],
    serious: false,
  },
  {
    id: 'labral-tear',
    name: 'Acetabular labral tear',
    aliases: ['Labral tear', 'Labral Tears', 'Hip labral tear', 'Hip Injuries'],
    icd10: 'S73.19-',
    icd10Note:
      'Traumatic: S73.191A right, S73.192A left. Degenerative: M24.15- per one source, M24.85- per another. Sites conflict.',
    category: 'joint',
    description:
      'A tear of the fibrocartilage rim of the hip socket, causing groin pain with clicking, catching or locking. Often coexists with FAI.',
    priors: {
      general: prior(0.06, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.22, 'secondary', ['burgess2011'], '22% of athletes with groin pain (Narvani, as cited in a systematic review).'),
    },
    findings: [
      published('fadir', { pos: 1.06, neg: 0.15 }, ['reiman2013'], 'Against arthroscopy: Sn 99%, Sp 7%. A negative FADIR helps rule out; a positive barely moves.', { group: 'hip-intra-articular' }),
      estimate('clicking-catching', { pos: 2, neg: 0.6 }, 'mechanical symptoms are the classic history; no pooled figure retrieved.', ['burgess2011']),
      estimate('pain-groin', { pos: 1.5, neg: 0.3 }, 'groin pain is near-universal.', [
        'scand2017',
      ]),
      estimate('trauma', { pos: 1.3 }, 'traumatic tears follow twisting or falls.', ['team']),
    ],
    sources: ['reiman2013', 'burgess2011', 'seed-000', 'seed-002', 'icd10cm'],
    serious: false,
  },
  {
    id: 'gluteal-tendinopathy',
    name: 'Gluteal tendinopathy (greater trochanteric pain syndrome)',
    aliases: ['Greater trochanteric pain syndrome', 'Trochanteric bursitis', 'Gluteus medius tear'],
    icd10: 'M70.6-',
    icd10Note:
      'Trochanteric bursitis M70.6-; gluteal tendinitis M76.0-. Not verified in the retrieved sources.',
    category: 'muscle-tendon',
    description:
      'Lateral hip pain from the gluteus medius and minimus tendons at the greater trochanter; worse lying on the side and on stairs.',
    priors: {
      general: prior(0.1, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.05, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.005, sports: 0.005 }, 'Team estimate: gluteal tendinopathy is a condition of middle age, most often in women; uncommon in children.', ['team']),
    ],
    findings: [
      computed('trendelenburg-test', 0.61, 0.92, ['reiman2013', 'bird2001'], 'Reiman 2013 pooled 3 small studies (78 patients) to Sn 61%, Sp 92%, with significant heterogeneity. Its separately pooled likelihood ratios (LR+ 6.83, 95% CI 1.64–28.46; LR− 0.25, 0.02–3.15) do not match that Sn and Sp, so the pair computed from the pooled Sn and Sp is used. Bird 2001 (24 patients, gluteus medius tear on MRI, as tabulated by Rahman 2013) found Sn 73%, Sp 77% (LR+ 3.15, LR− 0.35): the true value may be lower.', { group: 'abductor-provocation' }),
      capped('single-leg-stance-30s', { pos: 5, neg: 0.4 }, 'Lequesne 2008 reported Sn 100%, Sp 97.3% (which would give LR+ about 37 and LR− 0) in 17 patients with refractory lateral hip pain of 4 months or more and MRI-confirmed gluteal tendon lesions, compared with a matched control group without hip pain', 'a case-control comparison with pain-free controls inflates both figures: in clinic the test must separate gluteal tendinopathy from other painful hips, not from healthy ones, and 17 patients cannot support near-certainty. The team holds it to a moderate rule-in and a weak rule-out.', ['lequesne2008'], { group: 'abductor-provocation' }),
      estimate('greater-trochanter-tender', { pos: 2, neg: 0.3 }, 'tenderness at the trochanter is typical but not specific.', ['team']),
      estimate('pain-lateral-thigh', { pos: 2, neg: 0.3 }, 'the pain is lateral.', ['team']),
      estimate('hip-abduction-weak', { pos: 1.5 }, 'abductor weakness.', ['team']),
      estimate('trendelenburg-gait', { pos: 2 }, 'abductor insufficiency in gait.', ['reiman2013']),
    ],
    sources: ['reiman2013', 'lequesne2008', 'bird2001'],
    serious: false,
  },
] as const satisfies readonly ConditionDef<SourceId, FactId>[];
