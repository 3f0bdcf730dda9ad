import type { ConditionId } from './conditions.ts';
import type { ExamItemId } from './exam-items.ts';
import type { SourceId } from './sources.ts';
import type { DiagnosticTestDef, TestTarget } from './types.ts';

/**
 * The diagnostic-test catalogue: every test the seeds name, every special test the exam records,
 * and the investigations of the evidence pack (sections 2 and 4).
 *
 * - In-clinic tests link to their exam item; their likelihood ratios live in the conditions' tables,
 *   so here they carry no targets and list the conditions they move in `bearsOn`.
 * - Other tests score a condition in `targets` only where a figure exists (published, computed from
 *   Sn/Sp, secondary) or where the test is the reference standard and the team's estimate says so.
 *   Anything else is shown, not scored: `bearsOn`. A condition is never in both.
 *
 * Invasiveness: 1 no needle and no ionising radiation (examination, ultrasound, non-contrast MRI);
 * 2 venepuncture, plain radiograph, surface nerve conduction; 3 CT, radionuclide, needle EMG, needle
 * into muscle; 4 needle into a joint or bursa or beside a nerve, usually image-guided; 5 surgical.
 * Cost: free in clinic; low a blood panel or plain film; moderate ultrasound, electrodiagnostics,
 * unguided injection; high CT, MRI, bone scan, image-guided injection; very high MR arthrography.
 *
 * Reference-standard estimates: where the evidence pack calls a test the gold or reference standard
 * but gives no Sn/Sp, the team caps it at LR+ 20 and LR− 0.05 (never 0 or infinity), lower where the
 * test shows a mechanism rather than the pain source.
 */

/**
 * Papers the evidence pack cites that sources.ts does not hold yet. Until they are added, figures
 * from them cite 'team' and name the paper in the note; swap the id here once it exists.
 */

type Target = TestTarget<SourceId, ConditionId>;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** LR+ = Sn/(1−Sp), LR− = (1−Sn)/Sp from a source's figures; the note shows the arithmetic. */
function fromSnSp(
  condition: ConditionId,
  sn: number,
  sp: number,
  kind: 'computed' | 'secondary',
  sources: readonly SourceId[],
  note: string,
): Target {
  const lrPositive = round2(sn / (1 - sp));
  const lrNegative = round2((1 - sn) / sp);
  const arithmetic = `From Sn ${sn}, Sp ${sp}: LR+ = ${sn} / (1 − ${sp}) = ${lrPositive}; LR− = (1 − ${sn}) / ${sp} = ${lrNegative}.`;
  return {
    condition,
    lrPositive,
    lrNegative,
    provenance: { kind, sources, note: `${arithmetic} ${note}` },
  };
}

/** No Sn/Sp found: the team's estimate, said plainly. */
function estimate(
  condition: ConditionId,
  lrs: { readonly pos: number; readonly neg: number },
  note: string,
  informedBy: readonly SourceId[],
): Target {
  return {
    condition,
    lrPositive: lrs.pos,
    lrNegative: lrs.neg,
    provenance: {
      kind: 'expert-estimate',
      sources: [...new Set<SourceId>(['team', ...informedBy])],
      note,
    },
  };
}

const PHYSIO = 'Physiotherapist (in clinic)';
const ABDOMINAL_SIGN =
  'Physiotherapist or doctor (in clinic); a positive sign with fever or abdominal pain means same-day medical referral';
const REFERRAL = 'Doctor or advanced-practice physiotherapist where local rules allow';
const IMAGING_REFERRAL =
  'Doctor, or a physiotherapist where local rules allow (UK advanced practice; some US states allow PT imaging referral)';
const EMERGENCY =
  'Emergency department or on-call hospital team (same day): refer, do not wait for results';
const INJECTOR =
  'Radiologist, sports physician or orthopaedic surgeon; a UK physiotherapist with injection-therapy training where local rules allow';

interface InClinicSpec {
  readonly aliases?: readonly string[];
  readonly purpose: string;
  readonly bearsOn: readonly ConditionId[];
  readonly accuracy: string;
  readonly sources: readonly SourceId[];
  readonly orderedBy?: string;
}

/** An exam manoeuvre: free, non-invasive, scored through the conditions' LR tables. */
function inClinic<const I extends string>(
  id: I,
  name: string,
  examItem: ExamItemId,
  spec: InClinicSpec,
) {
  return {
    id,
    name,
    aliases: spec.aliases ?? [],
    category: 'in-clinic',
    examItem,
    purpose: spec.purpose,
    targets: [],
    bearsOn: spec.bearsOn,
    orderedBy: spec.orderedBy ?? PHYSIO,
    invasiveness: 1,
    cost: 'free',
    accuracy: spec.accuracy,
    sources: spec.sources,
  } as const;
}

const NO_FIGURES_DOHA =
  'No accuracy study; a defining criterion of the Doha 2015 classification, so it carries an expert-estimate LR.';
const LASLETT_CLUSTER =
  'Single-test figures not retrieved; counted through the Laslett cluster (≥ 3 of 5 positive): Sn 0.94, Sp 0.78, LR+ 4.3, LR− 0.08 against a diagnostic SIJ block.';

export const DIAGNOSTIC_TESTS = [
  // ── In clinic: history, observation and the seeds' general examination ──
  inClinic('medical-history-review', 'Medical history review', 'onset', {
    aliases: ['History taking'],
    purpose:
      'Onset, mechanism, load, medicines and the red-flag screen: the history separates a strain or tendinopathy from serious causes before any test is chosen.',
    bearsOn: [
      'iliopsoas-strain',
      'iliopsoas-tendinopathy',
      'iliopsoas-haematoma',
      'psoas-abscess',
      'bone-malignancy',
      'cauda-equina',
      'femoral-neck-stress-fracture',
      'fibromyalgia',
    ],
    accuracy:
      'History of cancer: post-test probability of spinal malignancy 33% (Downie 2013). Most single red flags barely change probability; 80.4% of primary-care LBP patients have at least one (Henschke 2009).',
    sources: ['seed-001', 'seed-002', 'downie2013', 'henschke2009', 'finucane2020'],
  }),
  inClinic('physical-examination', 'Physical examination', 'palpable-spasm', {
    aliases: ['Palpation for spasm or guarding'],
    purpose:
      'The hands-on examination of pain, movement, tenderness and muscle tightness; recorded through palpable spasm or guarding, the sign the seeds describe, while each named manoeuvre has its own entry.',
    bearsOn: ['iliopsoas-spasm'],
    accuracy:
      'No accuracy figures for the examination as a whole; palpable spasm carries an expert-estimate LR for iliopsoas spasm.',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  }),
  inClinic('observation', 'Observation and inspection', 'hip-held-flexed', {
    aliases: ['Observation'],
    purpose:
      'Inspects posture, swelling and how the hip is held; a hip held flexed and reluctant to extend is screened for psoas abscess or haematoma first.',
    bearsOn: ['iliopsoas-spasm', 'psoas-abscess', 'iliopsoas-haematoma'],
    accuracy:
      'No accuracy figures; a flexed, painful hip is a warning sign of psoas abscess (Shields 2012) or iliopsoas haematoma (Decker 2022).',
    sources: ['seed-001', 'shields2012', 'decker2022'],
  }),
  inClinic('postural-assessment', 'Postural assessment', 'anterior-pelvic-tilt', {
    aliases: ['Posture Assessment', 'Observation of Posture'],
    purpose:
      'Looks for anterior pelvic tilt and postural habits that load the hip flexors: contributing factors more than a diagnosis.',
    bearsOn: ['iliopsoas-spasm'],
    accuracy:
      'No accuracy figures; anterior pelvic tilt carries a small expert-estimate LR for iliopsoas spasm.',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  }),
  inClinic('gait-analysis', 'Gait analysis', 'antalgic-gait', {
    purpose: 'Observes walking for a limp (antalgic gait) or a Trendelenburg pattern.',
    bearsOn: ['psoas-abscess', 'gluteal-tendinopathy'],
    accuracy:
      'No accuracy figures; the psoas-abscess triad (fever, back or flank pain, limp) is present in only about 30% (Shields 2012).',
    sources: ['seed-000', 'seed-001', 'shields2012'],
  }),
  inClinic('functional-movement-screen', 'Functional movement screen', 'deep-squat', {
    aliases: ['Functional Movement Screening', 'Functional Movement Analysis'],
    purpose:
      'Deep squat and other loaded movements that show movement limitation, pain or imbalance.',
    bearsOn: ['hip-oa', 'fai-syndrome'],
    accuracy:
      'No accuracy figures for the screen; the scored functional finding is a squat causing posterior hip pain (LR 6.1 for hip OA, Metcalfe 2019), which has its own entry.',
    sources: ['seed-001', 'seed-002', 'metcalfe2019'],
  }),
  inClinic(
    'response-to-treatment',
    'Response to a trial of conservative treatment',
    'not-improving',
    {
      aliases: ['Observation of Response to Therapy'],
      purpose:
        'Reviews whether symptoms settle with rest, activity modification and simple pain relief; failure to improve despite treatment is a red flag for serious pathology.',
      bearsOn: ['bone-malignancy'],
      accuracy:
        'No accuracy figure for a treatment trial as a test; failure to improve is a malignancy red flag (Deyo 1988; Downie 2013).',
      sources: ['seed-002', 'deyo1988', 'downie2013'],
    },
  ),
  inClinic('lumbar-spine-assessment', 'Lumbar spine assessment', 'lumbar-spine-tender', {
    aliases: ['Lumbar spine screening examination'],
    purpose:
      'Screens the lower back (movement, palpation, neural tension and neurological tests) for a spinal source of hip, groin or thigh pain.',
    bearsOn: ['nonspecific-lbp'],
    accuracy:
      'No accuracy figures for the screen as a whole; the neural tension tests and reflexes that follow have their own entries (SLR, slump, femoral nerve tension).',
    sources: ['seed-000', 'nice2016lbp'],
  }),

  // ── In clinic: range of motion, strength and function ──
  inClinic('hip-range-of-motion', 'Hip range of motion (goniometry)', 'hip-ir-rom', {
    aliases: ['Range of Motion Tests', 'Hip ROM'],
    purpose:
      'Measures hip rotation, flexion and adduction on both sides: loss of internal rotation and flexion (the capsular pattern) points to hip OA, restricted rotation to FAI.',
    bearsOn: ['hip-oa', 'fai-syndrome'],
    accuracy:
      'Hip OA: loss in any one plane Sn 0.86–1.00, Sp 0.42–0.54; all three planes Sp 0.88–0.93 (Birrell 2001). Restricted IR in neutral LR+ 4.83 for FAI syndrome (Zurich 2018, one cohort).',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'birrell2001',
      'altman1991',
      'sutlive2008',
      'reiman2020',
    ],
  }),
  inClinic('hip-flexion-test', 'Hip flexion test', 'hip-flexion-rom', {
    purpose:
      'Pain and range during hip flexion; flexion of 115° or less is an ACR clinical criterion for hip OA.',
    bearsOn: ['hip-oa'],
    accuracy:
      'Within the ACR clinical criteria (with IR < 15° and ESR ≤ 45): Sn 0.86, Sp 0.75 for the set (Altman 1991).',
    sources: ['seed-000', 'altman1991'],
  }),
  inClinic('pain-on-internal-rotation', 'Pain on hip internal rotation', 'pain-on-ir', {
    purpose: 'Groin pain on passive internal rotation: an ACR clinical criterion for hip OA.',
    bearsOn: ['hip-oa'],
    accuracy: 'Within the ACR clinical criteria: Sn 0.86, Sp 0.75 for the set (Altman 1991).',
    sources: ['altman1991'],
  }),
  inClinic(
    'groin-pain-abduction-adduction',
    'Groin pain on passive abduction or adduction',
    'groin-pain-abd-add',
    {
      purpose:
        'Groin pain at end-range passive abduction or adduction, which raises the probability of hip OA.',
      bearsOn: ['hip-oa'],
      accuracy: 'Hip OA: LR 5.7 (Metcalfe 2019, JAMA Rational Clinical Examination).',
      sources: ['metcalfe2019'],
    },
  ),
  inClinic(
    'active-flexion-lateral-pain',
    'Active hip flexion causing lateral hip pain',
    'active-flexion-lateral-pain',
    {
      purpose: 'An item of the Sutlive hip-OA prediction rule.',
      bearsOn: ['hip-oa'],
      accuracy: 'Sutlive rule: ≥ 4 of 5 items LR+ 24.3; ≥ 3 of 5 LR+ 5.2, LR− 0.33 (Sutlive 2008).',
      sources: ['sutlive2008'],
    },
  ),
  inClinic('active-extension-pain', 'Active hip extension causing pain', 'active-extension-pain', {
    purpose: 'An item of the Sutlive hip-OA prediction rule.',
    bearsOn: ['hip-oa'],
    accuracy: 'Sutlive rule: ≥ 4 of 5 items LR+ 24.3; ≥ 3 of 5 LR+ 5.2, LR− 0.33 (Sutlive 2008).',
    sources: ['sutlive2008'],
  }),
  inClinic('squat-posterior-pain', 'Squat test (posterior hip pain)', 'squat-posterior-pain', {
    purpose:
      'A full squat that reproduces posterior hip pain, which raises the probability of hip OA.',
    bearsOn: ['hip-oa'],
    accuracy: 'Hip OA: LR 6.1 (Metcalfe 2019).',
    sources: ['metcalfe2019'],
  }),
  inClinic('hip-flexor-strength', 'Hip flexor strength testing', 'hip-flexion-strength', {
    aliases: ['Strength Testing'],
    purpose:
      'Oxford grade of hip flexion: weakness suggests a strain or an L2–L3 root or femoral nerve problem.',
    bearsOn: ['iliopsoas-strain', 'upper-lumbar-radiculopathy'],
    accuracy:
      'No accuracy figures; the iliopsoas strength test was the only test with unacceptable inter-observer reliability in Hölmich 2004.',
    sources: ['seed-000', 'holmich2004'],
  }),

  // ── In clinic: iliopsoas ──
  inClinic('thomas-test', 'Thomas test', 'thomas-test', {
    aliases: ['Modified Thomas test'],
    purpose:
      'Measures hip-flexor length (hip and knee angles); an impairment measure rather than a diagnostic test.',
    bearsOn: ['iliopsoas-spasm'],
    accuracy:
      'Hip-extension deficit: Sn 0.318, Sp 0.571, LR+ ≈ 0.74 (computed; Vigotsky 2016). Pass/fail inter-rater κ 0.39 (Peeler 2007).',
    sources: ['seed-000', 'vigotsky2016', 'peeler2007', 'bmcsports2021'],
  }),
  inClinic('resisted-hip-flexion', 'Resisted hip flexion test', 'resisted-hip-flexion', {
    aliases: ['Stress Test', 'Stress Tests'],
    purpose:
      'Loads the iliopsoas against resistance to reproduce the familiar groin pain (a selective-tension "stress test" of the contractile tissue).',
    bearsOn: ['iliopsoas-strain', 'iliopsoas-tendinopathy'],
    accuracy: `${NO_FIGURES_DOHA} Hölmich 2004: inter-observer κ > 0.60 in 8 of 10 pain tests.`,
    sources: ['seed-001', 'seed-002', 'holmich2004', 'doha2015'],
  }),
  inClinic('iliopsoas-stretch-pain', 'Pain on iliopsoas stretch', 'iliopsoas-stretch-pain', {
    purpose:
      'Passive hip extension in the modified Thomas position reproducing the familiar groin pain.',
    bearsOn: ['iliopsoas-spasm', 'iliopsoas-strain', 'iliopsoas-tendinopathy'],
    accuracy: NO_FIGURES_DOHA,
    sources: ['holmich2004', 'doha2015'],
  }),
  inClinic('iliacus-palpation', 'Iliacus palpation (iliac fossa)', 'iliacus-tender', {
    aliases: ['Palpation', 'Iliopsoas palpation'],
    purpose:
      'Palpates the iliacus along the inner iliac fossa for familiar tenderness, tightness or spasm.',
    bearsOn: ['iliopsoas-spasm', 'iliopsoas-tendinopathy'],
    accuracy: `${NO_FIGURES_DOHA} Included in the Hölmich 2004 reliability study.`,
    sources: ['seed-000', 'seed-001', 'holmich2004', 'doha2015'],
  }),
  inClinic('psoas-palpation', 'Psoas palpation through the abdomen', 'psoas-tender', {
    purpose:
      'Palpates the psoas through the lower abdomen, lateral to rectus abdominis, for familiar tenderness.',
    bearsOn: ['iliopsoas-spasm', 'iliopsoas-strain', 'iliopsoas-tendinopathy'],
    accuracy: `${NO_FIGURES_DOHA} Included in the Hölmich 2004 reliability study.`,
    sources: ['holmich2004', 'doha2015'],
  }),
  inClinic(
    'iliopsoas-tendon-palpation',
    'Iliopsoas tendon palpation (towards the lesser trochanter)',
    'iliopsoas-tendon-tender',
    {
      purpose:
        'Palpates the tendon distal to the inguinal ligament for tenderness of the tendon or its bursa.',
      bearsOn: ['iliopsoas-strain', 'iliopsoas-tendinopathy', 'iliopsoas-bursitis'],
      accuracy: `${NO_FIGURES_DOHA} Included in the Hölmich 2004 reliability study.`,
      sources: ['holmich2004', 'doha2015'],
    },
  ),
  inClinic('stinchfield', 'Resisted straight leg raise (Stinchfield test)', 'stinchfield', {
    purpose:
      'Straight leg raise to about 30° against resistance; groin pain suggests intra-articular or iliopsoas pathology.',
    bearsOn: ['iliopsoas-tendinopathy', 'hip-oa', 'labral-tear'],
    accuracy:
      'Intra-articular pain (anaesthetic-injection reference): Sp 0.32, the most specific test studied; Sn not retrieved (Maslowski 2010).',
    sources: ['maslowski2010'],
  }),
  inClinic('snapping-hip-test', 'Internal snapping hip test', 'snapping-hip-test', {
    purpose:
      'Moves the hip from flexion, abduction and external rotation into extension to reproduce an iliopsoas clunk.',
    bearsOn: ['internal-snapping-hip'],
    accuracy: 'No accuracy figures found; dynamic ultrasound is the reference standard.',
    sources: ['orthoreviews'],
  }),

  // ── In clinic: hip joint ──
  inClinic('faber', 'FABER test', 'faber', {
    aliases: ["Patrick's test", 'FABER'],
    purpose:
      'Figure-4 position: groin pain points to the hip joint, buttock or back pain to the sacroiliac joint.',
    bearsOn: ['fai-syndrome', 'labral-tear', 'sij-pain'],
    accuracy:
      'Intra-articular pain: Sn 0.82 (Maslowski 2010). FAI syndrome (pain): LR+ 0.79–0.87 (Zurich 2018). Hip instability: LR+ 5.4 (OJSM 2017). Inter-rater κ 0.63.',
    sources: ['seed-000', 'maslowski2010', 'martin2008', 'reiman2020', 'ojsm2017', 'laslett2005'],
  }),
  inClinic('fadir', 'FADIR test', 'fadir', {
    aliases: ['FADDIR', 'Anterior impingement test'],
    purpose:
      'Flexion, adduction and internal rotation to reproduce anterior groin pain; a negative test helps rule out FAI or labral tear.',
    bearsOn: ['fai-syndrome', 'labral-tear'],
    accuracy:
      'Labral tear: Sn 0.94–0.99, Sp 0.07–0.08, LR+ 1.02–1.06, LR− 0.15–0.48 (Reiman 2013 meta-analysis). Rules out only. κ 0.58.',
    sources: ['reiman2013', 'reiman2020', 'martin2008', 'scand2017'],
  }),
  inClinic('scour', 'Scour test', 'scour', {
    aliases: ['Quadrant test'],
    purpose:
      'Axial load through the flexed, adducted hip swept across the arc; pain or catching suggests intra-articular pathology.',
    bearsOn: ['hip-oa', 'labral-tear'],
    accuracy:
      'Hip OA: Sn 0.62, Sp 0.75, LR+ 2.5, LR− 0.51 (computed; secondary report of Sutlive 2008).',
    sources: ['scourSecondary', 'sutlive2008'],
  }),
  inClinic('log-roll', 'Log roll test', 'log-roll', {
    purpose:
      'Passive rotation of the extended leg; groin pain or a click suggests intra-articular pathology.',
    bearsOn: ['labral-tear', 'hip-oa'],
    accuracy: 'No accuracy figures found; inter-rater κ 0.61 (Martin & Sekiya 2008).',
    sources: ['martin2008'],
  }),
  inClinic('ir-overpressure', 'Internal rotation overpressure', 'ir-overpressure', {
    purpose:
      'Passive internal rotation with overpressure; groin pain suggests an intra-articular source.',
    bearsOn: ['hip-oa', 'labral-tear', 'fai-syndrome'],
    accuracy: 'Intra-articular pain: Sn 0.91, NPV 0.71; specificity not reported (Maslowski 2010).',
    sources: ['maslowski2010'],
  }),

  // ── In clinic: lateral hip ──
  inClinic('trendelenburg-test', 'Trendelenburg test', 'trendelenburg-test', {
    purpose: 'Single-leg stance; a contralateral pelvic drop shows abductor insufficiency.',
    bearsOn: ['gluteal-tendinopathy'],
    accuracy:
      'Gluteal tendinopathy: Sn 0.61, Sp 0.92, LR+ 6.83, LR− 0.25 (Reiman 2013 pooled); Bird 2001 Sn 0.73, Sp 0.77.',
    sources: ['reiman2013', 'bird2001'],
  }),
  inClinic('single-leg-stance-30s', '30-second single-leg stance', 'single-leg-stance-30s', {
    purpose:
      'Lateral hip pain within 30 seconds of single-leg stance suggests gluteal tendinopathy.',
    bearsOn: ['gluteal-tendinopathy'],
    accuracy: 'Gluteal tendinopathy: Sn 1.00, Sp 0.973 (Lequesne 2008, n = 17).',
    sources: ['lequesne2008'],
  }),
  inClinic(
    'greater-trochanter-palpation',
    'Greater trochanter palpation',
    'greater-trochanter-tender',
    {
      purpose: 'Tenderness over the greater trochanter, seen in gluteal tendinopathy.',
      bearsOn: ['gluteal-tendinopathy'],
      accuracy: 'The team found no accuracy figures.',
      sources: ['team'],
    },
  ),

  // ── In clinic: spine and nerve ──
  inClinic('slr', 'Straight leg raise', 'slr', {
    aliases: ['Straight Leg Raise Test', 'SLR'],
    purpose:
      'Passive straight leg raise; radiating pain below the knee at 30–70° suggests L4–S1 root irritation. A negative test helps rule out.',
    bearsOn: ['lower-lumbar-radiculopathy'],
    accuracy:
      'Disc herniation (surgical cohorts): Sn 0.92, Sp 0.28, LR− 0.29 (computed; Cochrane 2010). Against MRI in primary care: Sn 0.36, Sp 0.74 (Capra 2011).',
    sources: ['seed-001', 'vanderwindt2010', 'capra2011'],
  }),
  inClinic('crossed-slr', 'Crossed straight leg raise', 'crossed-slr', {
    purpose:
      'Raising the asymptomatic leg reproduces pain in the symptomatic leg; helps rule in disc herniation.',
    bearsOn: ['lower-lumbar-radiculopathy'],
    accuracy: 'Disc herniation: Sn 0.28, Sp 0.90, LR+ 2.8 (computed; Cochrane 2010).',
    sources: ['vanderwindt2010'],
  }),
  inClinic('slump', 'Slump test', 'slump', {
    purpose:
      'Seated neural tension test; symptoms eased by neck extension suggest lumbosacral neural mechanosensitivity.',
    bearsOn: ['lower-lumbar-radiculopathy'],
    accuracy:
      'Disc herniation: Sn 0.84, Sp 0.89 (secondary; Majlesi 2008) or Sn 0.80, Sp 0.71 (Kigali pilot): the sources disagree.',
    sources: ['majlesi2008', 'kigali2015'],
  }),
  inClinic(
    'femoral-nerve-tension',
    'Femoral nerve tension test (prone knee bend)',
    'femoral-nerve-tension',
    {
      aliases: ['Femoral nerve stretch test', 'Prone knee bend', 'Reverse straight leg raise'],
      purpose:
        'Prone knee bend reproducing anterior thigh pain separates an L2–L4 root or femoral nerve source from iliopsoas and hip causes of thigh pain.',
      bearsOn: ['upper-lumbar-radiculopathy', 'femoral-neuropathy'],
      accuracy:
        'Mid-lumbar (L2–L4) root impingement: no false positives (n = 54, LR+ not finite); with an abnormal patellar reflex LR 7.0 (Suri 2011).',
      sources: ['suri2011'],
    },
  ),
  inClinic('patellar-reflex', 'Patellar reflex', 'patellar-reflex', {
    aliases: ['Knee jerk'],
    purpose: 'A reduced or absent knee jerk points to an L3–L4 root or femoral nerve lesion.',
    bearsOn: ['upper-lumbar-radiculopathy', 'femoral-neuropathy'],
    accuracy:
      'With a positive femoral nerve stretch test: LR 7.0 (95% CI 2.3–21) for mid-lumbar root impingement (Suri 2011).',
    sources: ['suri2011'],
  }),
  inClinic(
    'knee-extension-strength',
    'Knee extension strength (L3–L4)',
    'knee-extension-strength',
    {
      purpose:
        'Quadriceps weakness suggests an L3–L4 root or femoral nerve lesion (and, with anticoagulants, a haematoma); meralgia has no motor loss.',
      bearsOn: [
        'upper-lumbar-radiculopathy',
        'femoral-neuropathy',
        'meralgia-paresthetica',
        'iliopsoas-haematoma',
      ],
      accuracy:
        'Individual figures not retrieved; part of the Suri 2011 examination for mid-lumbar radiculopathy.',
      sources: ['suri2011'],
    },
  ),
  inClinic('lateral-thigh-sensation', 'Anterolateral thigh sensation', 'lateral-thigh-sensation', {
    purpose:
      'Numbness or burning over the anterolateral thigh with no motor deficit suggests meralgia paresthetica.',
    bearsOn: ['meralgia-paresthetica'],
    accuracy:
      'No accuracy figures; the defining sensory finding of meralgia paresthetica (MDPI 2025 review).',
    sources: ['meralgiaReview'],
  }),
  inClinic(
    'pelvic-compression-meralgia',
    'Pelvic compression test (meralgia paresthetica)',
    'pelvic-compression-meralgia',
    {
      purpose:
        'Side-lying pelvic compression for 45 s; relief of anterolateral thigh symptoms suggests meralgia paresthetica.',
      bearsOn: ['meralgia-paresthetica'],
      accuracy:
        'Meralgia paresthetica: Sn 0.95, Sp 0.933, LR+ ≈ 14, LR− ≈ 0.05 (computed; Nouraei 2007, n = 45).',
      sources: ['nouraei2007'],
    },
  ),

  // ── In clinic: sacroiliac joint ──
  inClinic('sij-distraction', 'SIJ distraction test', 'sij-distraction', {
    purpose: 'Sacroiliac provocation test (Laslett cluster).',
    bearsOn: ['sij-pain'],
    accuracy: LASLETT_CLUSTER,
    sources: ['laslett2005', 'vanderwurff2006'],
  }),
  inClinic('thigh-thrust', 'Thigh thrust test', 'thigh-thrust', {
    purpose: 'Sacroiliac provocation test (Laslett cluster).',
    bearsOn: ['sij-pain'],
    accuracy: LASLETT_CLUSTER,
    sources: ['laslett2005', 'vanderwurff2006'],
  }),
  inClinic('sij-compression', 'SIJ compression test', 'sij-compression', {
    purpose: 'Sacroiliac provocation test (Laslett cluster).',
    bearsOn: ['sij-pain'],
    accuracy: LASLETT_CLUSTER,
    sources: ['laslett2005', 'vanderwurff2006'],
  }),
  inClinic('sacral-thrust', 'Sacral thrust test', 'sacral-thrust', {
    purpose: 'Sacroiliac provocation test (Laslett cluster).',
    bearsOn: ['sij-pain'],
    accuracy: LASLETT_CLUSTER,
    sources: ['laslett2005', 'vanderwurff2006'],
  }),
  inClinic('gaenslen', "Gaenslen's test", 'gaenslen', {
    purpose: 'Sacroiliac provocation test (Laslett cluster).',
    bearsOn: ['sij-pain'],
    accuracy: LASLETT_CLUSTER,
    sources: ['laslett2005', 'vanderwurff2006'],
  }),
  inClinic('sij-palpation', 'Sacroiliac joint palpation', 'sij-tender', {
    purpose: 'Tenderness over the sacroiliac joint and PSIS.',
    bearsOn: ['sij-pain'],
    accuracy: 'The team found no accuracy figures; weaker than the provocation cluster.',
    sources: ['team'],
  }),

  // ── In clinic: groin (Doha entities) ──
  inClinic('adductor-squeeze', 'Adductor squeeze test', 'adductor-squeeze', {
    purpose:
      'Squeezing between the knees; pain or weakness compared with the other side points to adductor- or pubic-related groin pain.',
    bearsOn: ['adductor-related-groin-pain', 'pubic-related-groin-pain'],
    accuracy:
      'Pain and weakness on the squeeze test differentiate athletes with hip and groin pain (Mosler 2015 meta-analysis); single-entity Sn/Sp not retrieved.',
    sources: ['mosler2015', 'doha2015'],
  }),
  inClinic('resisted-adduction', 'Pain on resisted adduction', 'resisted-adduction-pain', {
    purpose:
      'Resisted hip adduction reproducing groin pain: a Doha criterion for adductor-related groin pain.',
    bearsOn: ['adductor-related-groin-pain'],
    accuracy: NO_FIGURES_DOHA,
    sources: ['doha2015'],
  }),
  inClinic('adductor-origin-palpation', 'Adductor origin palpation', 'adductor-origin-tender', {
    purpose:
      'Tenderness at the adductor longus origin: the defining Doha criterion for adductor-related groin pain.',
    bearsOn: ['adductor-related-groin-pain'],
    accuracy: NO_FIGURES_DOHA,
    sources: ['doha2015', 'holmich2004'],
  }),
  inClinic('pubic-symphysis-palpation', 'Pubic symphysis palpation', 'pubic-symphysis-tender', {
    purpose:
      'Tenderness of the pubic symphysis and adjacent bone: the Doha criterion for pubic-related groin pain.',
    bearsOn: ['pubic-related-groin-pain'],
    accuracy: NO_FIGURES_DOHA,
    sources: ['doha2015'],
  }),
  inClinic(
    'resisted-abdominal',
    'Groin pain on resisted sit-up or cough',
    'resisted-abdominal-pain',
    {
      purpose:
        'Inguinal canal pain on resisted abdominal curl, Valsalva or cough with no palpable hernia suggests inguinal-related groin pain.',
      bearsOn: ['inguinal-related-groin-pain'],
      accuracy: 'No Sn/Sp found; resistance tests inter-rater κ 0.35–0.72 (Heijboer).',
      sources: ['doha2015', 'heijboer'],
    },
  ),
  inClinic('inguinal-canal-palpation', 'Inguinal canal palpation', 'inguinal-canal-tender', {
    purpose: 'Tenderness of the inguinal canal: a Doha criterion for inguinal-related groin pain.',
    bearsOn: ['inguinal-related-groin-pain'],
    accuracy: 'No Sn/Sp found; palpation inter-rater κ 0.35–0.49 (Heijboer).',
    sources: ['doha2015', 'heijboer'],
  }),

  // ── In clinic: fracture screens ──
  inClinic('drehmann-sign', 'Drehmann sign', 'drehmann-sign', {
    aliases: ['Obligatory external rotation'],
    purpose:
      'Passive hip flexion in a child or adolescent: the thigh rolling into external rotation suggests a slipped capital femoral epiphysis.',
    bearsOn: ['slipped-capital-femoral-epiphysis'],
    accuracy:
      'No accuracy study found; a classic sign (Peck 2017). A negative sign does not exclude a slip: radiographs do.',
    sources: ['peck2017'],
  }),
  inClinic('hop-test', 'Hop test', 'hop-test', {
    purpose:
      'Repeated single-leg hops; groin or thigh pain in a runner or recruit raises the suspicion of a femoral neck stress fracture.',
    bearsOn: ['femoral-neck-stress-fracture'],
    accuracy:
      'No accuracy figures found. Stop at sharp pain and treat as a possible stress fracture.',
    sources: ['robertson2017'],
  }),
  inClinic('fulcrum-test', 'Fulcrum test', 'fulcrum-test', {
    purpose:
      'Levering the thigh over the examiner’s forearm; sharp pain suggests a femoral stress fracture.',
    bearsOn: ['femoral-neck-stress-fracture'],
    accuracy:
      'Femoral shaft stress fracture: Sn 0.93 (n = 7) and 0.88 (n = 6), Sp 0.75 and 0.13 (Reiman 2013 Table 3); the femoral neck was not studied.',
    sources: ['reiman2013'],
  }),
  inClinic(
    'patellar-pubic-percussion',
    'Patellar-pubic percussion test',
    'patellar-pubic-percussion',
    {
      purpose:
        'Percussing the patella while listening over the pubic symphysis; a duller note on one side suggests a hip or femoral neck fracture.',
      bearsOn: ['hip-fracture', 'femoral-neck-stress-fracture'],
      accuracy: 'Hip fracture: Sn 0.95, Sp 0.86, LR+ 6.11, LR− 0.07 (Reiman 2013 pooled).',
      sources: ['reiman2013'],
    },
  ),

  // ── In clinic: abdominal signs ──
  inClinic('psoas-sign', 'Psoas sign', 'psoas-sign', {
    aliases: ['Psoas Sign Test', 'Iliopsoas sign'],
    purpose:
      'Pain on passive hip extension (or resisted flexion) from an irritated psoas: retrocaecal appendicitis, psoas abscess or haematoma.',
    bearsOn: ['appendicitis', 'psoas-abscess', 'iliopsoas-haematoma'],
    accuracy:
      'Appendicitis: Sn 0.16, Sp 0.95, LR+ 3.2 (computed; getthediagnosis); second dataset Sn 0.36, Sp 0.77 (Ahn 2016).',
    sources: ['seed-000', 'getthediagnosis', 'ahn2016'],
    orderedBy: ABDOMINAL_SIGN,
  }),
  inClinic('obturator-sign', 'Obturator sign', 'obturator-sign', {
    purpose:
      'Passive internal rotation of the flexed hip causing lower abdominal pain suggests pelvic appendicitis.',
    bearsOn: ['appendicitis'],
    accuracy:
      'Appendicitis: Sn 0.08, Sp 0.94 (secondary) or Sn 0.28, Sp 0.81 (Ahn 2016); LR+ 1.3–1.5 (computed): the sources disagree.',
    sources: ['obturatorSecondary', 'ahn2016'],
    orderedBy: ABDOMINAL_SIGN,
  }),
  inClinic('rovsing-sign', 'Rovsing sign', 'rovsing-sign', {
    purpose:
      'Pressing the left lower quadrant causes right lower quadrant pain: a sign of appendicitis.',
    bearsOn: ['appendicitis'],
    accuracy: 'Appendicitis: Sn 0.26, Sp 0.85, LR+ 1.70 (computed; Ahn 2016).',
    sources: ['ahn2016'],
    orderedBy: ABDOMINAL_SIGN,
  }),
  inClinic('trigger-point-examination', 'Trigger point examination', 'trigger-points', {
    aliases: ['Palpation for Trigger Points'],
    purpose: 'Palpates for a taut band with a tender spot that refers familiar pain.',
    bearsOn: ['myofascial-pain'],
    accuracy: 'No accuracy figures; myofascial pain syndrome is a clinical diagnosis.',
    sources: ['seed-001', 'seed-002'],
  }),

  // ── Imaging ──
  {
    id: 'radiograph-hip-pelvis',
    name: 'Plain radiograph (X-ray), AP pelvis and hip',
    aliases: ['X-Ray', 'X-rays', 'Radiography', 'AP pelvis radiograph', 'Hip X-ray'],
    category: 'imaging',
    purpose:
      'Shows joint-space narrowing and osteophytes (hip OA), cam or pincer morphology (FAI) and fractures or bone lesions; lumbar films only when red flags call for them.',
    targets: [
      estimate(
        'slipped-capital-femoral-epiphysis',
        { pos: 15, neg: 0.2 },
        'radiographs of both hips, AP and frog-leg lateral, are the diagnostic test (Peck 2017); a mild slip can be missed on the AP view alone. No Sn/Sp retrieved: the team estimates below its reference-standard cap.',
        ['peck2017'],
      ),
      estimate(
        'apophyseal-avulsion',
        { pos: 15, neg: 0.2 },
        'every avulsion in the Rossi & Dragoni 2001 series was shown on plain radiographs; no Sn/Sp retrieved, so the team estimates below its reference-standard cap.',
        ['rossi2001'],
      ),
      estimate(
        'hip-oa',
        { pos: 4, neg: 0.3 },
        "the team's judgement. No figure can score the film fairly: the hip-OA studies use the radiograph as their reference standard (Metcalfe 2019), and the ACR clinical-plus-radiographic criteria (Sn 0.89, Sp 0.91, Altman 1991) contain the film's own findings, so those figures would measure the film against itself. A film showing joint-space narrowing and osteophytes supports OA, but radiographic OA is common in hips that do not hurt and only 9–16% of frequently painful hips show it (Kim 2015), so a positive film does not prove the hip is the pain source; early OA can have a normal film. Hence a modest LR+ 4 and LR− 0.3, well below the reference-standard cap.",
        ['altman1991', 'kim2015', 'metcalfe2019'],
      ),
    ],
    bearsOn: [
      'avascular-necrosis-hip',
      'perthes-disease',
      'pelvic-insufficiency-fracture',
      'impacted-femoral-neck-fracture',
      'fai-syndrome',
      'femoral-neck-stress-fracture',
      'hip-fracture',
      'bone-malignancy',
      'inflammatory-arthritis',
      'pubic-related-groin-pain',
    ],
    orderedBy: IMAGING_REFERRAL,
    invasiveness: 2,
    cost: 'low',
    accuracy:
      'Hip OA: radiographs are the reference standard in the accuracy studies, so the film has no independent accuracy figure; the ACR clinical-plus-radiographic criteria (Sn 0.89, Sp 0.91, Altman 1991) include the film. Only 9–16% of frequently painful hips show radiographic OA (Kim 2015). Often normal early in stress fracture.',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'altman1991',
      'kim2015',
      'metcalfe2019',
      'nice2022oa',
      'robertson2017',
    ],
  },
  {
    id: 'flexion-extension-radiographs',
    name: 'Flexion-extension radiographs of the lumbar spine',
    aliases: ['Flexion-Extension Radiography', 'Dynamic lumbar radiographs'],
    category: 'imaging',
    purpose:
      'Shows segmental movement and alignment (for example, a mobile spondylolisthesis) in the lumbar spine.',
    targets: [],
    bearsOn: ['lumbar-stenosis', 'nonspecific-lbp'],
    orderedBy: IMAGING_REFERRAL,
    invasiveness: 2,
    cost: 'low',
    accuracy:
      'The team found no accuracy figures; NICE NG59 advises against routine imaging for low back pain in non-specialist settings.',
    sources: ['seed-002', 'nice2016lbp'],
  },
  {
    id: 'mri-hip-pelvis',
    name: 'MRI of the hip and pelvis',
    aliases: ['MRI Scan', 'MRI (Magnetic Resonance Imaging)', 'Hip MRI'],
    category: 'imaging',
    purpose:
      'Images muscle, tendon, bursa, labrum, cartilage and bone marrow: labral tears, iliopsoas and adductor injury, pubic bone stress and soft-tissue masses.',
    targets: [
      estimate(
        'avascular-necrosis-hip',
        { pos: 20, neg: 0.05 },
        "MRI is the test of choice and shows necrosis before radiographs do (Mont 2015); no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['mont2015'],
      ),
      estimate(
        'impacted-femoral-neck-fracture',
        { pos: 20, neg: 0.05 },
        "NICE CG124 recommends MRI when a hip fracture is suspected despite negative radiographs; no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['nice2011hip'],
      ),
      estimate(
        'pelvic-insufficiency-fracture',
        { pos: 20, neg: 0.05 },
        "MRI shows sacral and pubic insufficiency fractures that radiographs miss (Rommens & Hofmann 2013); no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['rommens2013'],
      ),
      fromSnSp(
        'labral-tear',
        0.8,
        0.77,
        'computed',
        ['zhang2022'],
        'Zhang P et al. J Orthop Surg Res 2022, meta-analysis of 22 studies (n = 1670); 3T outperformed 1.5T. Source pending: not yet in sources.ts, cited as team until added. Byrd 2004 (n = 40) found a 42% false-negative rate.',
      ),
    ],
    bearsOn: [
      'slipped-capital-femoral-epiphysis',
      'perthes-disease',
      'septic-arthritis-hip',
      'apophyseal-avulsion',
      'fai-syndrome',
      'iliopsoas-strain',
      'iliopsoas-tendinopathy',
      'iliopsoas-bursitis',
      'adductor-related-groin-pain',
      'pubic-related-groin-pain',
      'gluteal-tendinopathy',
      'bone-malignancy',
      'psoas-abscess',
      'iliopsoas-haematoma',
    ],
    orderedBy: `${REFERRAL} (some US states allow PT MRI referral, e.g. Iowa since 2023)`,
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'MRI for labral tear: Sn 0.80, Sp 0.77 (meta-analysis, 22 studies; Zhang 2022). Pubic bone marrow oedema is common in asymptomatic athletes.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'zhang2022', 'rankin2015'],
  },
  {
    id: 'mr-arthrography-hip',
    name: 'MR arthrography of the hip',
    aliases: ['Hip MR arthrogram', 'MRA of the hip'],
    category: 'imaging',
    purpose:
      'MRI after intra-articular contrast injection to show labral tears and chondral damage; can include an anaesthetic test.',
    targets: [
      fromSnSp(
        'labral-tear',
        0.89,
        0.69,
        'computed',
        ['zhang2022'],
        'Zhang P et al. J Orthop Surg Res 2022 (AUC 0.87). Source pending: not yet in sources.ts, cited as team until added. Another review pooled Sn 0.83, Sp 0.57; Byrd 2004 reported 8% false negatives and 20% false positives.',
      ),
    ],
    bearsOn: ['fai-syndrome'],
    orderedBy: 'Orthopaedic surgeon or sports physician; performed by a radiologist',
    invasiveness: 4,
    cost: 'very-high',
    accuracy:
      'MR arthrography for labral tear: Sn 0.89, Sp 0.69, AUC 0.87 (meta-analysis; Zhang 2022).',
    sources: ['zhang2022', 'reiman2013'],
  },
  {
    id: 'mri-stress-fracture',
    name: 'Urgent MRI of the pelvis and hips for suspected stress fracture',
    aliases: ['Stress fracture MRI'],
    category: 'imaging',
    purpose:
      'Shows bone marrow oedema and the fracture line when radiographs are normal; the extent of the line and an effusion guide surgery and predict progression.',
    targets: [
      estimate(
        'femoral-neck-stress-fracture',
        { pos: 20, neg: 0.05 },
        'no Sn/Sp retrieved; MRI is the test of choice and effectively the reference standard (Robertson & Wood 2017), "usually appropriate" after a negative radiograph (ACR, secondary). Capped at the team\'s reference-standard LR+ 20, LR− 0.05.',
        ['robertson2017', 'acrStressSecondary'],
      ),
    ],
    bearsOn: ['hip-fracture', 'pubic-related-groin-pain'],
    orderedBy: 'Doctor (urgent, within days); keep the patient non-weight-bearing meanwhile',
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'Described as superior to radiographs (no figure retrieved). 13.9% progressed on 6-week MRI; effusion predicted progression (85.2% vs 26.3%; JBJS 2018).',
    sources: ['robertson2017', 'jbjs2018', 'acrStressSecondary', 'fracturesApp'],
  },
  {
    id: 'mri-lumbar-spine',
    name: 'MRI of the lumbar spine',
    aliases: ['Lumbar MRI', 'Lumbar spine MRI'],
    category: 'imaging',
    purpose:
      'Shows disc herniation, nerve-root compression and canal stenosis; worth doing only if the result will change management or red flags are present (NICE NG59).',
    targets: [
      estimate(
        'spinal-infection',
        { pos: 20, neg: 0.05 },
        "MRI of the spine, with contrast, is the imaging test of choice for vertebral osteomyelitis and epidural abscess (IDSA, Berbari 2015); no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05; very early disease can be missed.",
        ['berbari2015'],
      ),
      fromSnSp(
        'lower-lumbar-radiculopathy',
        0.75,
        0.77,
        'computed',
        ['wassenaar2012', 'frontsurg2023'],
        'Wassenaar 2012 (disc herniation, surgical reference). Sources disagree: a 2023 meta-analysis gives Sn 0.89, Sp 0.83, LR+ 4.57, LR− 0.14 (Front Surg 2023); the older, more conservative figure is used.',
      ),
      fromSnSp(
        'upper-lumbar-radiculopathy',
        0.75,
        0.77,
        'computed',
        ['wassenaar2012', 'frontsurg2023'],
        'Wassenaar 2012 figures for lumbar disc herniation, not specific to L2–L4 levels. Sources disagree: Front Surg 2023 gives Sn 0.89, Sp 0.83.',
      ),
    ],
    bearsOn: ['axial-spondyloarthritis', 'lumbar-stenosis', 'bone-malignancy'],
    orderedBy: `${REFERRAL} (NICE NG59: not routinely in non-specialist settings)`,
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'Disc herniation: Sn 0.75, Sp 0.77 (Wassenaar 2012) to Sn 0.89, Sp 0.83 (Front Surg 2023). Disc protrusion is seen in 29–43% of people without symptoms (Brinjikji 2015).',
    sources: ['wassenaar2012', 'frontsurg2023', 'brinjikji2015', 'nice2016lbp'],
  },
  {
    id: 'mri-cauda-equina',
    name: 'Emergency MRI of the lumbar spine for suspected cauda equina syndrome',
    aliases: ['Emergency MRI', 'Cauda equina MRI'],
    category: 'imaging',
    purpose:
      'Confirms or excludes compression of the cauda equina the same day so decompression is not delayed.',
    targets: [
      estimate(
        'cauda-equina',
        { pos: 20, neg: 0.05 },
        "MRI is the reference standard (BestBETs); no Sn/Sp exists against itself. Only 22% of urgent MRIs for suspected CES are positive (Bell 2007), a yield, not an accuracy. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['bestbets', 'dionne2019'],
      ),
    ],
    bearsOn: [],
    orderedBy: EMERGENCY,
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'Reference standard for CES; 22% of urgent scans for suspected CES positive (Bell 2007, via BestBETs).',
    sources: ['bestbets', 'dionne2019', 'ajem2019'],
  },
  {
    id: 'mri-sacroiliac-joints',
    name: 'MRI of the sacroiliac joints',
    aliases: ['SIJ MRI'],
    category: 'imaging',
    purpose: 'Shows active sacroiliitis (bone marrow oedema) in suspected axial spondyloarthritis.',
    targets: [],
    bearsOn: ['axial-spondyloarthritis', 'inflammatory-arthritis', 'sij-pain'],
    orderedBy: 'Rheumatologist, or a doctor on the rheumatology pathway',
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'The team found no accuracy figures; NICE NG59 asks clinicians to exclude spondyloarthritis.',
    sources: ['nice2016lbp'],
  },
  {
    id: 'ct-hip-spine',
    name: 'CT of the hip, pelvis or lumbar spine (bone detail)',
    aliases: ['CT Scan', 'Computed tomography'],
    category: 'imaging',
    purpose:
      'Cross-sectional bone detail: occult fractures when MRI is not possible, FAI morphology before surgery, and disc or canal problems when MRI is contraindicated.',
    targets: [],
    bearsOn: [
      'pelvic-insufficiency-fracture',
      'impacted-femoral-neck-fracture',
      'hip-fracture',
      'femoral-neck-stress-fracture',
      'fai-syndrome',
      'lower-lumbar-radiculopathy',
      'lumbar-stenosis',
    ],
    orderedBy: IMAGING_REFERRAL,
    invasiveness: 3,
    cost: 'high',
    accuracy:
      'No CT-specific figures retrieved; older pooled CT, MRI and myelography studies give Sn 0.81, Sp 0.77 for disc herniation.',
    sources: ['seed-000', 'seed-001', 'team'],
  },
  {
    id: 'ct-abdomen-pelvis-contrast',
    name: 'Contrast-enhanced CT of the abdomen and pelvis',
    aliases: ['CT Scan (Computed Tomography)', 'CECT abdomen and pelvis', 'Contrast CT'],
    category: 'imaging',
    purpose:
      'Shows a psoas abscess, an iliopsoas or retroperitoneal haematoma (with active bleeding) and other abdominal or pelvic causes such as appendicitis or a mass.',
    targets: [
      estimate(
        'psoas-abscess',
        { pos: 20, neg: 0.05 },
        'no Sn/Sp found; CT is described as the gold standard (diagnosis made by CT in 95%, 40 of 42; Wong 2013). Team estimate LR+ 20, LR− 0.05.',
        ['wong2013', 'shields2012'],
      ),
      estimate(
        'iliopsoas-haematoma',
        { pos: 20, neg: 0.05 },
        'no Sn/Sp found; contrast-enhanced CT is the standard urgent test and active bleeding on it was the only independent predictor of death (Decker 2022). Team estimate LR+ 20, LR− 0.05.',
        ['decker2022'],
      ),
    ],
    bearsOn: [
      'abdominal-aortic-aneurysm',
      'incarcerated-groin-hernia',
      'renal-colic',
      'ovarian-torsion',
      'appendicitis',
      'bone-malignancy',
    ],
    orderedBy: EMERGENCY,
    invasiveness: 3,
    cost: 'high',
    accuracy:
      'Psoas abscess diagnosed by CT in 95% (Wong 2013); no formal Sn/Sp. Haematoma: active bleeding on CECT predicts death (Decker 2022; mortality 22.9%).',
    sources: ['seed-002', 'wong2013', 'shields2012', 'decker2022'],
  },
  {
    id: 'ultrasound-hip-groin',
    name: 'Diagnostic ultrasound of the hip and groin',
    aliases: ['Ultrasound', 'Ultrasound Imaging', 'Musculoskeletal ultrasound'],
    category: 'imaging',
    purpose:
      'Shows tendons, bursae, muscle tears and fluid around the hip and groin (iliopsoas bursitis or tendinopathy, adductor and gluteal tendons) and guides injections.',
    targets: [],
    bearsOn: [
      'septic-arthritis-hip',
      'incarcerated-groin-hernia',
      'iliopsoas-bursitis',
      'iliopsoas-tendinopathy',
      'iliopsoas-strain',
      'adductor-related-groin-pain',
      'gluteal-tendinopathy',
    ],
    orderedBy:
      'Sports physician, radiologist or sonographer; a trained physiotherapist (point-of-care) where local rules allow',
    invasiveness: 1,
    cost: 'moderate',
    accuracy:
      'No Sn/Sp found for iliopsoas bursitis; inter-reader κ 1.0 for bursitis detection (Tormenta 2012). ACR: "usually appropriate" for suspected tendinopathy or bursitis after negative radiographs (secondary).',
    sources: ['seed-000', 'seed-001', 'seed-002', 'tormenta2012', 'johnston1998'],
  },
  {
    id: 'dynamic-ultrasound',
    name: 'Dynamic ultrasound',
    aliases: ['Dynamic sonography'],
    category: 'imaging',
    purpose:
      'Real-time imaging while the patient moves: shows the iliopsoas tendon flipping in internal snapping hip, and an inguinal bulge on straining.',
    targets: [
      estimate(
        'internal-snapping-hip',
        { pos: 10, neg: 0.1 },
        'no Sn/Sp found; described as the gold standard (Piechota 2016). Pelsser 2001 identified the cause in 24 of 26 snapping hips, but only 14 of 26 snaps were painful, so a visible snap does not prove it is the pain source. Team estimate LR+ 10, LR− 0.1, below the reference-standard cap.',
        ['piechota2016', 'pelsser2001'],
      ),
    ],
    bearsOn: ['inguinal-related-groin-pain', 'iliopsoas-tendinopathy'],
    orderedBy: 'Sports physician or musculoskeletal radiologist',
    invasiveness: 1,
    cost: 'moderate',
    accuracy:
      'Internal snapping hip: described as the gold standard; cause identified in 24 of 26 snapping hips (Pelsser 2001). Bursography showed abnormal tendon motion in 15 of 21 (Vaccaro 1995).',
    sources: ['seed-001', 'seed-002', 'piechota2016', 'pelsser2001', 'vaccaro1995', 'orthoreviews'],
  },
  {
    id: 'ultrasound-appendix',
    name: 'Ultrasound of the appendix (emergency surgical assessment)',
    aliases: ['Appendix ultrasound', 'Surgical assessment for appendicitis'],
    category: 'imaging',
    purpose:
      'First-line imaging within the emergency surgical assessment of suspected appendicitis; CT if inconclusive.',
    targets: [],
    bearsOn: ['appendicitis'],
    orderedBy: EMERGENCY,
    invasiveness: 1,
    cost: 'moderate',
    accuracy:
      'The team found no ultrasound accuracy figures; pretest probability about 1.6% in unselected acute abdominal pain (Signs & Evidence).',
    sources: ['signsEvidence'],
  },
  {
    id: 'bone-scan',
    name: 'Bone scan (radionuclide scintigraphy)',
    aliases: ['Bone Scan', 'Bone scintigraphy'],
    category: 'imaging',
    purpose:
      'Shows areas of increased bone turnover (stress fracture, metastasis, infection); largely replaced by MRI.',
    targets: [],
    bearsOn: ['femoral-neck-stress-fracture', 'bone-malignancy'],
    orderedBy: IMAGING_REFERRAL,
    invasiveness: 3,
    cost: 'high',
    accuracy:
      'The team found no accuracy figures; MRI is the test of choice for femoral neck stress fracture (Robertson & Wood 2017).',
    sources: ['seed-000', 'robertson2017'],
  },

  {
    id: 'ultrasound-aorta',
    name: 'Abdominal aortic ultrasound',
    aliases: ['Aortic ultrasound', 'AAA scan'],
    category: 'imaging',
    purpose:
      'Measures the abdominal aorta: confirms or excludes an aneurysm. In a patient with pain and collapse, emergency CT comes first.',
    targets: [
      estimate(
        'abdominal-aortic-aneurysm',
        { pos: 20, neg: 0.05 },
        "ultrasound is the screening and diagnostic test (NICE NG156); no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['nice2020aaa'],
      ),
    ],
    bearsOn: [],
    orderedBy: `${REFERRAL}; an ambulance, not a scan, if there is pain with collapse`,
    invasiveness: 1,
    cost: 'moderate',
    accuracy:
      'The test of choice to detect and measure an aneurysm (NICE NG156); palpation misses many (LR− 0.72, Lederle & Simel 1999).',
    sources: ['nice2020aaa', 'lederle1999'],
  },
  {
    id: 'ct-kub',
    name: 'Low-dose non-contrast CT of the kidneys, ureters and bladder (CT KUB)',
    aliases: ['CT KUB', 'Non-contrast CT for stones'],
    category: 'imaging',
    purpose: 'Shows a ureteric stone and any obstruction; also shows other causes of flank pain.',
    targets: [
      estimate(
        'renal-colic',
        { pos: 20, neg: 0.05 },
        "NICE NG118 recommends low-dose non-contrast CT within 24 hours as the first imaging test in adults; no Sn/Sp retrieved. Capped at the team's reference-standard LR+ 20, LR− 0.05.",
        ['nice2019stones'],
      ),
    ],
    bearsOn: ['abdominal-aortic-aneurysm'],
    orderedBy: EMERGENCY,
    invasiveness: 3,
    cost: 'high',
    accuracy:
      'First-line imaging for suspected renal colic in adults (NICE NG118); ultrasound first in pregnancy and children.',
    sources: ['nice2019stones'],
  },
  {
    id: 'pelvic-ultrasound',
    name: 'Pelvic (transvaginal) ultrasound with Doppler',
    aliases: ['Transvaginal ultrasound', 'Pelvic ultrasound'],
    category: 'imaging',
    purpose: 'Shows an ectopic pregnancy, an ovarian cyst or a twisted ovary with its blood flow.',
    targets: [],
    bearsOn: ['ectopic-pregnancy', 'ovarian-torsion'],
    orderedBy: 'Early pregnancy unit, gynaecology or emergency department (same day)',
    invasiveness: 1,
    cost: 'moderate',
    accuracy:
      'The imaging test of choice for suspected ectopic pregnancy (NICE NG126); normal Doppler flow does not exclude ovarian torsion (Huchon & Fauconnier 2010).',
    sources: ['nice2019ectopic', 'huchon2010'],
  },
  {
    id: 'scrotal-assessment',
    name: 'Urgent scrotal examination and surgical exploration',
    aliases: ['Scrotal exploration', 'Scrotal Doppler ultrasound'],
    category: 'imaging',
    purpose:
      'A urologist or paediatric surgeon examines the scrotum; suspected torsion goes to theatre without waiting for a scan.',
    targets: [],
    bearsOn: ['testicular-torsion'],
    orderedBy: EMERGENCY,
    invasiveness: 1,
    cost: 'high',
    accuracy:
      'No accuracy figures used here; the TWIST score (Barbosa 2013) helps the surgeon decide. Do not delay for imaging.',
    sources: ['barbosa2013'],
  },

  // ── Laboratory ──
  {
    id: 'pregnancy-test',
    name: 'Urine pregnancy test',
    aliases: ['hCG test', 'Pregnancy test'],
    category: 'laboratory',
    purpose:
      'Anyone who could be pregnant with abdominal, pelvic or groin pain: a positive test sends them to an early pregnancy assessment the same day.',
    targets: [
      estimate(
        'ectopic-pregnancy',
        { pos: 10, neg: 0.05 },
        "an ectopic pregnancy makes the test positive; a negative sensitive urine test makes it very unlikely (NICE NG126). No Sn/Sp retrieved; the team's estimate, capped at LR− 0.05.",
        ['nice2019ectopic'],
      ),
    ],
    bearsOn: [],
    orderedBy: 'The patient, a pharmacist, the GP or the clinic (today)',
    invasiveness: 1,
    cost: 'low',
    accuracy:
      'NICE NG126 asks for a pregnancy test in anyone of reproductive age with abdominal or pelvic pain, however atypical.',
    sources: ['nice2019ectopic'],
  },
  {
    id: 'hip-joint-aspiration',
    name: 'Hip joint aspiration (synovial white cell count, Gram stain and culture)',
    aliases: ['Hip aspiration', 'Synovial fluid analysis', 'Arthrocentesis'],
    category: 'laboratory',
    purpose:
      'Fluid drawn from the hip under ultrasound: the white cell count, Gram stain and culture confirm or exclude septic arthritis.',
    targets: [
      {
        condition: 'septic-arthritis-hip',
        lrPositive: 7.7,
        lrNegative: 0.32,
        provenance: {
          kind: 'published',
          sources: ['margaretten2007'],
          note: 'Synovial white cell count ≥ 50,000/µL LR 7.7 (≥ 100,000/µL LR 28); < 25,000/µL LR 0.32 (Margaretten 2007, adults). Culture is the reference standard.',
        },
      },
    ],
    bearsOn: [],
    orderedBy: 'Orthopaedic or emergency team (same day)',
    invasiveness: 4,
    cost: 'high',
    accuracy:
      'Synovial white cell count ≥ 50,000/µL LR+ 7.7, < 25,000/µL LR 0.32 (Margaretten 2007); Gram stain and culture identify the organism.',
    sources: ['margaretten2007', 'kocher1999'],
  },

  {
    id: 'crp-esr-wbc',
    name: 'Inflammatory markers and white cell count (CRP, ESR, WBC)',
    aliases: [
      'Blood Tests',
      'CRP',
      'ESR',
      'C-reactive protein',
      'Erythrocyte sedimentation rate',
      'Inflammatory markers',
    ],
    category: 'laboratory',
    purpose:
      'Raised markers support infection (psoas abscess, spinal infection), inflammatory arthritis or malignancy; a normal ESR (< 20 mm/h) makes spinal infection unlikely. The seeds\' "nutritional deficiencies" are a contributing factor, not a target.',
    targets: [
      fromSnSp(
        'spinal-infection',
        0.84,
        0.67,
        'secondary',
        ['umem'],
        'UMEM pearl citing Davis 2011: ESR/CRP Sn 0.84–1.00 for spinal infection (lower bound used); ESR raised in 33% of non-infected spine pain (Sp ≈ 0.67).',
      ),
      fromSnSp(
        'psoas-abscess',
        0.84,
        0.67,
        'secondary',
        ['umem'],
        'UMEM pearl citing Davis 2011 for spinal (epidural) infection: ESR/CRP Sn 0.84–1.00 (lower bound used); ESR raised in 33% of non-infected spine pain (Sp ≈ 0.67). Extrapolated to psoas abscess, which is often secondary to spinal infection.',
      ),
    ],
    bearsOn: [
      'septic-arthritis-hip',
      'axial-spondyloarthritis',
      'appendicitis',
      'bone-malignancy',
      'inflammatory-arthritis',
    ],
    orderedBy: `${REFERRAL}; same day if fever or other infection flags`,
    invasiveness: 2,
    cost: 'low',
    accuracy:
      'Spinal infection: ESR/CRP Sn 0.84–1.00; ESR raised in 33% and CRP in 50% of non-infected spine pain (Davis 2011 via UMEM, secondary). ESR ≥ 50 mm/h improves specificity for malignancy (Joines 2001).',
    sources: ['seed-000', 'seed-001', 'seed-002', 'umem', 'deyo1988', 'joines2001'],
  },
  {
    id: 'fbc-inr',
    name: 'Full blood count and clotting (FBC, INR)',
    aliases: ['FBC', 'INR', 'Full blood count', 'Complete blood count', 'Clotting screen'],
    category: 'laboratory',
    purpose:
      'A falling haemoglobin and raised INR support an iliopsoas haematoma in an anticoagulated patient; anaemia is a malignancy flag; white cells support infection.',
    targets: [],
    bearsOn: ['iliopsoas-haematoma', 'bone-malignancy', 'psoas-abscess', 'appendicitis'],
    orderedBy: `Emergency department the same day when a haematoma is suspected; otherwise ${REFERRAL.toLowerCase()}`,
    invasiveness: 2,
    cost: 'low',
    accuracy:
      'No accuracy figures; in spontaneous iliopsoas haemorrhage 77% were anticoagulated and mortality was 22.9% (Decker 2022).',
    sources: ['decker2022', 'consultant360', 'deyo1988'],
  },
  {
    id: 'blood-cultures',
    name: 'Blood cultures',
    aliases: ['Blood culture'],
    category: 'laboratory',
    purpose:
      'Identifies the organism in suspected psoas abscess or spinal infection so antibiotics can be targeted.',
    targets: [],
    bearsOn: ['septic-arthritis-hip', 'spinal-infection', 'psoas-abscess'],
    orderedBy: EMERGENCY,
    invasiveness: 2,
    cost: 'low',
    accuracy:
      'Positive in up to 28% of psoas abscess (secondary); a negative culture does not exclude it.',
    sources: ['psoasAbscessSecondary', 'shields2012'],
  },
  {
    id: 'rheumatology-serology',
    name: 'Rheumatoid factor, anti-CCP and HLA-B27',
    aliases: ['RF', 'Anti-CCP', 'HLA-B27', 'Rheumatoid factor'],
    category: 'laboratory',
    purpose:
      'Supports rheumatoid arthritis (RF, anti-CCP) or axial spondyloarthritis (HLA-B27) when the pattern is inflammatory.',
    targets: [],
    bearsOn: ['axial-spondyloarthritis', 'inflammatory-arthritis'],
    orderedBy: `${REFERRAL}, usually with rheumatology referral`,
    invasiveness: 2,
    cost: 'moderate',
    accuracy:
      'The team found no accuracy figures; NICE NG59 asks clinicians to exclude inflammatory causes.',
    sources: ['nice2016lbp'],
  },

  // ── Electrodiagnostic ──
  {
    id: 'needle-emg',
    name: 'Electromyography (EMG), needle',
    aliases: ['Electromyography (EMG)', 'EMG', 'Electrodiagnostic Testing'],
    category: 'electrodiagnostic',
    purpose:
      'Records muscle electrical activity to show denervation in a root or nerve pattern, separating radiculopathy and femoral neuropathy from muscle spasm; usually done with nerve conduction studies.',
    targets: [],
    bearsOn: ['upper-lumbar-radiculopathy', 'lower-lumbar-radiculopathy', 'femoral-neuropathy'],
    orderedBy: 'Neurologist or clinical neurophysiologist, on referral from a doctor',
    invasiveness: 3,
    cost: 'moderate',
    accuracy:
      'Lumbosacral radiculopathy: "moderate" sensitivity, "high" specificity; no pooled figures retrieved (AANEM 2022). 27–50% positive in radiating LBP aged 55–80, depending on criteria.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'aanem2022'],
  },
  {
    id: 'nerve-conduction-studies',
    name: 'Nerve conduction studies (NCS)',
    aliases: ['Nerve Conduction Study', 'Nerve Conduction Studies'],
    category: 'electrodiagnostic',
    purpose:
      'Measures conduction in the femoral and lateral femoral cutaneous nerves to confirm a neuropathy or exclude an entrapment.',
    targets: [],
    bearsOn: ['femoral-neuropathy', 'meralgia-paresthetica'],
    orderedBy: 'Neurologist or clinical neurophysiologist, on referral from a doctor',
    invasiveness: 2,
    cost: 'moderate',
    accuracy:
      'No figures found; lateral femoral cutaneous NCS is technically limited (pure sensory nerve, deep in obese patients; MDPI 2025 review).',
    sources: ['seed-000', 'seed-001', 'seed-002', 'meralgiaReview', 'aanem2022'],
  },

  // ── Diagnostic injection ──
  {
    id: 'intra-articular-hip-injection',
    name: 'Intra-articular hip anaesthetic injection',
    aliases: ['Diagnostic hip injection', 'Intra-articular anaesthetic injection'],
    category: 'diagnostic-injection',
    purpose:
      'Relief after anaesthetic into the hip joint shows an intra-articular pain source; no relief points outside the joint (for example the iliopsoas).',
    targets: (['labral-tear', 'fai-syndrome', 'hip-oa'] as const).map((condition) =>
      estimate(
        condition,
        { pos: 9, neg: 0.11 },
        'no study reports Sn/Sp. Byrd 2004 found the injection 90% accurate against arthroscopy (n = 40; source pending, cited as team); assuming Sn ≈ Sp ≈ 0.90 gives LR+ 9, LR− 0.11. It localises pain to the joint, not to one intra-articular diagnosis.',
        ['maslowski2010', 'byrd2004'],
      ),
    ),
    bearsOn: ['iliopsoas-tendinopathy'],
    orderedBy: INJECTOR,
    invasiveness: 4,
    cost: 'high',
    accuracy:
      '90% accurate against arthroscopy (Byrd 2004, n = 40); US-guided 91.7% accurate; a systematic review found no study reporting Sn/Sp.',
    sources: ['byrd2004', 'maslowski2010'],
  },
  {
    id: 'iliopsoas-bursa-injection',
    name: 'Iliopsoas bursa diagnostic injection',
    aliases: ['Diagnostic Injection', 'Diagnostic Block', 'Iliopsoas bursa injection'],
    category: 'diagnostic-injection',
    purpose:
      'Local anaesthetic (often with steroid) into the iliopsoas bursa or peritendinous space, image-guided; prompt relief points to the iliopsoas as the pain source.',
    targets: [],
    bearsOn: ['iliopsoas-tendinopathy', 'iliopsoas-bursitis'],
    orderedBy: INJECTOR,
    invasiveness: 4,
    cost: 'high',
    accuracy:
      'No Sn/Sp. n = 39: NRS 5.9 → 3.6 at 15 min; 49% had ≥ 50% pain reduction at 15 min (attributed to Agten 2015, verify). Bursography with injection relieved symptoms for 2 weeks to 2 years (Vaccaro 1995).',
    sources: ['seed-000', 'seed-002', 'agten2015', 'vaccaro1995'],
  },
  {
    id: 'trigger-point-injection-diagnostic',
    name: 'Diagnostic trigger-point injection',
    aliases: ['Trigger Point Injection (Diagnostic)'],
    category: 'diagnostic-injection',
    purpose:
      'Local anaesthetic into a trigger point; relief of the familiar pain supports a myofascial source.',
    targets: [],
    bearsOn: ['myofascial-pain'],
    orderedBy: INJECTOR,
    invasiveness: 3,
    cost: 'moderate',
    accuracy: 'No accuracy figures or trials found for iliopsoas trigger-point injection.',
    sources: ['seed-002'],
  },
  {
    id: 'lfcn-block',
    name: 'Lateral femoral cutaneous nerve block',
    aliases: ['LFCN block'],
    category: 'diagnostic-injection',
    purpose:
      'Anaesthetic beside the lateral femoral cutaneous nerve near the ASIS; relief of thigh symptoms confirms meralgia paresthetica.',
    targets: [],
    bearsOn: ['meralgia-paresthetica'],
    orderedBy: INJECTOR,
    invasiveness: 4,
    cost: 'moderate',
    accuracy:
      'The team found no accuracy figures; used diagnostically alongside NCS (MDPI 2025 review).',
    sources: ['meralgiaReview'],
  },
  {
    id: 'sij-block',
    name: 'Diagnostic sacroiliac joint block',
    aliases: ['SIJ block', 'Sacroiliac joint injection'],
    category: 'diagnostic-injection',
    purpose:
      'Image-guided anaesthetic into the sacroiliac joint; relief confirms the joint as the pain source.',
    targets: [],
    bearsOn: ['sij-pain'],
    orderedBy: INJECTOR,
    invasiveness: 4,
    cost: 'high',
    accuracy:
      'The reference standard for the Laslett cluster (Sn 0.94, Sp 0.78); its own accuracy was not retrieved.',
    sources: ['laslett2005'],
  },
] as const satisfies readonly DiagnosticTestDef<SourceId, ConditionId, ExamItemId>[];

export type DiagnosticTest = (typeof DIAGNOSTIC_TESTS)[number];
export type DiagnosticTestId = DiagnosticTest['id'];

/**
 * The same list seen through the general shape, for code that reads optional fields (`examItem`)
 * uniformly; the literal list above keeps the ids as a union.
 */
export const DIAGNOSTIC_TEST_LIST: readonly (DiagnosticTestDef<
  SourceId,
  ConditionId,
  ExamItemId
> & {
  readonly id: DiagnosticTestId;
})[] = DIAGNOSTIC_TESTS;
