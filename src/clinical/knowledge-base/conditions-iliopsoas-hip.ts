import type { FactId } from './facts.ts';
import { ageBand, computed, estimate, prior, published, secondary } from './provenance.ts';
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
 * - hip-oa-clinical: ROM losses and the Sutlive and ACR clusters built from them
 */
export const ILIOPSOAS_HIP_CONDITIONS = [
  {
    id: 'iliopsoas-spasm',
    name: 'Iliopsoas muscle spasm',
    aliases: ['Iliopsoas compartment spasm', 'Iliacus muscle spasm', 'Psoas major muscle spasm', 'Psoas spasm', 'Iliacus spasm'],
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
      estimate('hip-extension-deficit', { pos: 1.5, neg: 0.8 }, 'the Thomas test is an impairment measure with poor diagnostic accuracy (Sn 31.8%, Sp 57.1% for an extension deficit), so it moves this little.', ['vigotsky2016'], { group: 'hip-flexor-length' }),
      estimate('thomas-test', { pos: 1.5, neg: 0.8 }, 'as the hip-extension deficit; counted once with it.', ['vigotsky2016'], { group: 'hip-flexor-length' }),
      estimate('cramping', { pos: 2 }, 'cramping is named as a symptom in the seeds; absence is uninformative.', ['seed-000', 'seed-001']),
      estimate('muscle-tightness', { pos: 1.5 }, 'tightness or a knot is named as a symptom in the seeds.', ['seed-000', 'seed-001']),
      estimate('worse-hip-flexion', { pos: 1.5, neg: 0.8 }, 'pain with hip flexion is named as a symptom in the seeds.', ['seed-000']),
      estimate('hip-held-flexed', { pos: 2 }, 'a flexed antalgic posture; also a red-flag sign, screened separately.', ['seed-000']),
      estimate('anterior-pelvic-tilt', { pos: 1.3 }, 'postural change named in the seeds.', ['seed-000']),
    ],
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'icd10cm'],
    serious: false,
  },
  {
    id: 'iliopsoas-strain',
    name: 'Iliopsoas strain',
    aliases: ['Hip flexor strain', 'Psoas strain', 'Injury', 'Acute Injury', 'Overuse or strain of the iliopsoas muscle'],
    icd10: 'S76.01-',
    icd10Note: 'Strain of muscle, fascia and tendon of hip (S76.011A right, S76.012A left). Standard ICD-10-CM structure, not verified in the retrieved sources; S76.1x is the quadriceps and is wrong here.',
    category: 'muscle-tendon',
    description:
      'An acute tear of the iliopsoas muscle or musculotendinous junction, usually from sprinting, kicking or a sudden forceful hip flexion. In adolescents the lesser trochanter can avulse.',
    priors: {
      general: prior(0.04, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.15, 'expert-estimate', ['anderson2016'], 'Iliopsoas is involved in 25–30% of acute groin injuries in athletes (Anderson 2016); lowered because this setting also sees long-standing pain.'),
    },
    findings: [
      estimate('sudden-onset', { pos: 2, neg: 0.5 }, 'strains follow a definite moment of injury.', ['anderson2016']),
      estimate('acute-duration', { pos: 2, neg: 0.4 }, 'a strain is an acute injury.', ['anderson2016']),
      estimate('kicking-sport', { pos: 1.5, neg: 0.8 }, 'sprinting and kicking load the hip flexors.', ['holmich2007']),
      estimate('trauma', { pos: 1.3 }, 'a mechanism is usually reported.', ['anderson2016']),
      estimate('resisted-hip-flexion', { pos: 3, neg: 0.3 }, 'Doha iliopsoas criterion; consensus definition, no accuracy study.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('iliopsoas-stretch-pain', { pos: 2.5, neg: 0.4 }, 'Doha iliopsoas criterion.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('hip-flexion-weak', { pos: 2, neg: 0.7 }, 'pain-inhibited hip flexion.', ['anderson2016']),
      estimate('iliopsoas-tendon-tender', { pos: 2, neg: 0.5 }, 'local tenderness.', ['holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('psoas-tender', { pos: 1.5, neg: 0.7 }, 'local tenderness.', ['holmich2004'], { group: 'iliopsoas-palpation' }),
    ],
    sources: ['anderson2016', 'doha2015', 'seed-001', 'seed-002', 'seed-003', 'icd10cm'],
    serious: false,
  },
  {
    id: 'iliopsoas-tendinopathy',
    name: 'Iliopsoas tendinopathy',
    aliases: ['Psoas tendinitis', 'Iliopsoas-related groin pain', 'Iliopsoas tendinitis', 'Tendinitis'],
    icd10: 'M76.1-',
    icd10Note: 'Psoas tendinitis: M76.11 right, M76.12 left, M76.10 unspecified (WHO M76.1). Not verified against the official tabular list.',
    category: 'muscle-tendon',
    description:
      'Load-related pain of the iliopsoas tendon, felt at the front of the hip or groin during active hip flexion, typically getting out of a car or bed. In athletes with long-standing groin pain it is the primary problem in about a third.',
    priors: {
      general: prior(0.08, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.36, 'published', ['holmich2007'], 'Iliopsoas-related groin pain was the primary entity in 36% of 207 athletes with long-standing groin pain (12–36% in a review). Applied to tendinopathy, the nearest diagnosis.'),
    },
    findings: [
      estimate('iliopsoas-tendon-tender', { pos: 3, neg: 0.2 }, 'iliopsoas tenderness is required by the Doha definition, so its absence argues strongly against; no accuracy study.', ['doha2015', 'holmich2004'], { group: 'iliopsoas-palpation' }),
      estimate('psoas-tender', { pos: 2.5, neg: 0.4 }, 'Doha definition.', ['doha2015'], { group: 'iliopsoas-palpation' }),
      estimate('iliacus-tender', { pos: 2.5, neg: 0.4 }, 'Doha definition.', ['doha2015'], { group: 'iliopsoas-palpation' }),
      estimate('resisted-hip-flexion', { pos: 2.5, neg: 0.5 }, 'Doha: more likely with pain on resisted flexion.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('iliopsoas-stretch-pain', { pos: 2.5, neg: 0.5 }, 'Doha: more likely with pain on stretch.', ['doha2015'], { group: 'iliopsoas-provocation' }),
      estimate('stinchfield', { pos: 1.5 }, 'loads the hip flexors as well as the joint.', ['maslowski2010'], { group: 'iliopsoas-provocation' }),
      estimate('worse-hip-flexion', { pos: 2, neg: 0.6 }, 'typical: pain getting out of a car or bed.', ['agten2015']),
      estimate('pain-groin', { pos: 2, neg: 0.3 }, 'anterior hip or groin pain is the presenting complaint.', ['doha2015']),
      estimate('gradual-onset', { pos: 1.5, neg: 0.7 }, 'overuse presentation.', ['anderson2016']),
      estimate('kicking-sport', { pos: 1.5, neg: 0.8 }, 'common in kicking sports.', ['holmich2007']),
      estimate('anterior-snap', { pos: 1.5 }, 'may coexist with internal snapping.', ['anderson2016']),
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
    icd10Note: 'Other bursitis of hip: M70.71 right, M70.72 left (WHO M70.7). Not verified against the official list.',
    category: 'muscle-tendon',
    description:
      'Inflammation or distension of the bursa between the iliopsoas tendon and the hip joint, causing anterior hip or groin pain. It is associated with hip osteoarthritis and hip replacement, and a large bursa can present as a groin mass.',
    priors: {
      general: prior(0.02, 'expert-estimate', ['tormenta2012'], 'Seen in 2.2% of symptomatic hip OA on ultrasound (Tormenta 2012); used as a team estimate for this setting.'),
      sports: prior(0.02, 'expert-estimate', ['team'], 'No figure for athletes; team estimate.'),
    },
    findings: [
      estimate('swelling-mass', { pos: 5 }, 'a large bursa can present as a palpable groin mass (case report); a mass is uncommon in other outpatients.', ['tormenta2012']),
      estimate('iliopsoas-tendon-tender', { pos: 2, neg: 0.5 }, 'anterior hip tenderness over the bursa.', ['johnston1998'], { group: 'iliopsoas-palpation' }),
      estimate('pain-groin', { pos: 1.5, neg: 0.4 }, 'anterior hip or groin pain.', ['johnston1998']),
      estimate('hip-prosthesis', { pos: 3 }, 'a recognised cause of groin pain after hip replacement.', ['tormenta2012']),
      estimate('age-over-50', { pos: 1.3 }, 'associated with hip OA.', ['tormenta2012']),
      estimate('worse-hip-flexion', { pos: 1.5 }, 'pain with active hip flexion.', ['johnston1998']),
    ],
    sources: ['tormenta2012', 'johnston1998', 'seed-000', 'seed-001', 'icd10cm'],
    serious: false,
  },
  {
    id: 'internal-snapping-hip',
    name: 'Internal snapping hip',
    aliases: ['Coxa saltans interna', 'Iliopsoas snapping hip'],
    icd10: 'R29.4',
    icd10Note: 'Clicking hip per one source; coding practice varies (some use M24.85-). Codes disagree across sources.',
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
      estimate('clicking-catching', { pos: 1.5 }, 'a click is less specific than a clunk.', ['orthoreviews']),
    ],
    sources: ['orthoreviews', 'pelsser2001', 'piechota2016', 'icd10cm'],
    serious: false,
  },
  {
    id: 'hip-oa',
    name: 'Hip osteoarthritis',
    aliases: ['Osteoarthritis', 'Hip arthritis', 'Hip Joint Problems'],
    icd10: 'M16.1-',
    icd10Note: 'Unilateral primary: M16.11 right, M16.12 left; M16.0 bilateral; M16.9 unspecified (WHO M16).',
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
    ],
    findings: [
      published('squat-posterior-pain', { pos: 6.1 }, ['metcalfe2019'], undefined, { group: 'hip-oa-provocation' }),
      published('groin-pain-abd-add', { pos: 5.7 }, ['metcalfe2019'], undefined, { group: 'hip-oa-provocation' }),
      published('hip-abduction-weak', { pos: 4.5 }, ['metcalfe2019'], 'Abductor weakness.'),
      published('hip-adduction-reduced', { pos: 4.2 }, ['metcalfe2019'], 'Decreased passive adduction (Sn 80%, Sp 81%).', { group: 'hip-oa-clinical' }),
      secondary('hip-adduction-reduced', { neg: 0.25 }, ['metcalfe2019-secondary'], 'Normal passive adduction makes OA unlikely: LR− 0.25 from a secondary summary; verify.', { group: 'hip-oa-clinical' }),
      secondary('hip-ir-below-15', { pos: 3.14, neg: 0.43 }, ['metcalfe2019'], 'Decreased internal rotation, Sn 66%, Sp 79%, as given by a secondary summary of Metcalfe 2019: LR+ = 0.66/0.21 ≈ 3.1, LR− = 0.34/0.79 ≈ 0.43 (computed). Verify against the primary paper.', { group: 'hip-oa-clinical' }),
      estimate('age-45-plus', { pos: 1.5, neg: 0.3 }, 'NICE diagnoses OA clinically from 45; OA is uncommon before.', ['nice2022oa']),
      estimate('sudden-onset', { pos: 0.3 }, 'OA pain builds gradually; a sudden onset points to an injury or an acute cause.', ['nice2022oa']),
      estimate('hip-prosthesis', { pos: 0.1 }, 'a replaced hip cannot be the site of hip OA.', ['team']),
      estimate('pain-groin', { pos: 1.5, neg: 0.5 }, 'groin or anterior thigh pain is typical; OA with neither groin nor hip pain is unusual.', ['metcalfe2019']),
    ],
    sources: ['metcalfe2019', 'sutlive2008', 'altman1991', 'birrell2001', 'nice2022oa', 'kim2015', 'seed-000', 'seed-003', 'icd10cm'],
    serious: false,
  },
  {
    id: 'fai-syndrome',
    name: 'Femoroacetabular impingement syndrome',
    aliases: ['FAI syndrome', 'FAI', 'Hip impingement', 'Psoas impingement'],
    icd10: 'M25.85-',
    icd10Note: 'Sources disagree: M25.85- is the usual choice; some give M24.85-. Verify before export.',
    category: 'joint',
    description:
      'Hip pain from abnormal contact between the femoral head-neck junction (cam) and the acetabular rim (pincer), typically in young active adults: groin ("C-sign") pain with flexion and sitting, reduced internal rotation in flexion.',
    priors: {
      general: prior(0.08, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.2, 'expert-estimate', ['bmcmsk2019'], 'Hip-related groin pain in 47% of a tertiary hip/groin clinic (BMC MSK 2019); lowered for a non-tertiary sports setting.'),
    },
    findings: [
      published('fadir', { pos: 1.1, neg: 0.4 }, ['ojsm2017'], 'FAI, n=110: Sn 96%, Sp 11%. Rules out only; the Zurich consensus range is LR+ 1.00–3.30.', { group: 'hip-intra-articular' }),
      published('faber', { pos: 0.83, neg: 1.17 }, ['reiman2020'], 'Pain provocation for FAI syndrome: LR+ 0.79–0.87, LR− 1.14–1.21; midpoints used.', { group: 'hip-intra-articular' }),
      published('hip-ir-25-or-less', { pos: 4.83, neg: 0.76 }, ['reiman2020'], 'Restricted internal rotation in neutral (1 cohort, n=63); 25° used as "restricted".'),
      estimate('pain-groin', { pos: 1.5, neg: 0.2 }, 'groin as the main pain site with a positive FABER or impingement test had Sn 0.97 for FAI or labral pathology, so its absence helps rule out.', ['scand2017']),
      estimate('age-under-40', { pos: 1.3, neg: 0.5 }, 'a disease of young active adults; being young is only weakly informative in a sports clinic, where most patients are.', ['bmcmsk2019']),
      estimate('worse-sitting', { pos: 1.5 }, 'pain with prolonged flexion.', ['team']),
      estimate('clicking-catching', { pos: 1.3 }, 'mechanical symptoms are common but non-specific.', ['team']),
    ],
    sources: ['reiman2020', 'ojsm2017', 'scand2017', 'bmcmsk2019', 'seed-004', 'icd10cm'],
    serious: false,
  },
  {
    id: 'labral-tear',
    name: 'Acetabular labral tear',
    aliases: ['Labral tear', 'Labral Tears', 'Hip labral tear', 'Hip Injuries'],
    icd10: 'S73.19-',
    icd10Note: 'Traumatic: S73.191A right, S73.192A left. Degenerative: M24.15- per one source, M24.85- per another. Sites conflict.',
    category: 'joint',
    description: 'A tear of the fibrocartilage rim of the hip socket, causing groin pain with clicking, catching or locking. Often coexists with FAI.',
    priors: {
      general: prior(0.06, 'expert-estimate', ['team'], 'No figure for general outpatients; team estimate.'),
      sports: prior(0.22, 'secondary', ['burgess2011'], '22% of athletes with groin pain (Narvani, as cited in a systematic review).'),
    },
    findings: [
      published('fadir', { pos: 1.06, neg: 0.15 }, ['reiman2013'], 'Against arthroscopy: Sn 99%, Sp 7%. A negative FADIR helps rule out; a positive barely moves.', { group: 'hip-intra-articular' }),
      estimate('clicking-catching', { pos: 2, neg: 0.6 }, 'mechanical symptoms are the classic history; no pooled figure retrieved.', ['burgess2011']),
      estimate('pain-groin', { pos: 1.5, neg: 0.3 }, 'groin pain is near-universal.', ['scand2017']),
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
    icd10Note: 'Trochanteric bursitis M70.6-; gluteal tendinitis M76.0-. Not verified in the retrieved sources.',
    category: 'muscle-tendon',
    description: 'Lateral hip pain from the gluteus medius and minimus tendons at the greater trochanter; worse lying on the side and on stairs.',
    priors: {
      general: prior(0.1, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
      sports: prior(0.05, 'expert-estimate', ['team'], 'No figure retrieved; team estimate.'),
    },
    findings: [
      published('trendelenburg-test', { pos: 6.83, neg: 0.25 }, ['reiman2013'], 'Pooled Sn 61%, Sp 92% for gluteal tendinopathy / gluteus medius tear.', { group: 'abductor-provocation' }),
      computed('single-leg-stance-30s', 0.9, 0.9, ['lequesne2008'], 'Reported Sn 100%, Sp 97.3% in 17 patients; the team caps both at 0.90 because so small a study cannot support certainty.', { group: 'abductor-provocation' }),
      estimate('greater-trochanter-tender', { pos: 2, neg: 0.3 }, 'tenderness at the trochanter is typical but not specific.', ['team']),
      estimate('pain-lateral-thigh', { pos: 2, neg: 0.3 }, 'the pain is lateral.', ['team']),
      estimate('hip-abduction-weak', { pos: 1.5 }, 'abductor weakness.', ['team']),
      estimate('trendelenburg-gait', { pos: 2 }, 'abductor insufficiency in gait.', ['reiman2013']),
    ],
    sources: ['reiman2013', 'lequesne2008', 'bird2001'],
    serious: false,
  },
] as const satisfies readonly ConditionDef<SourceId, FactId>[];
