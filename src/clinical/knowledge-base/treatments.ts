import type { ConditionId } from './conditions.ts';
import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { TreatmentDef } from './types.ts';

/**
 * Treatments for the stepped plan (DESIGN.md §2): tier 1 education and self-management; 2
 * physiotherapy-led (exercise, manual therapy, modalities); 3 medicines, for discussion with a
 * prescriber; 4 injections and other interventional procedures; 5 surgical referral.
 *
 * Evidence comes from the evidence pack, section 5, and says so when a result was not retrieved.
 * Every seed treatment, drug, drug example, surgery and stretch is the name or an alias of exactly
 * one entry, in the seed's wording, citing its seed. Items that only the seeds name say plainly that
 * the pack holds no evidence for them. Scope (pack §5e): medicines, injections and surgery are
 * "consider" and "discuss with the prescriber" or "refer" items, never orders.
 *
 * Contraindications read only yes/no or test exam items and derived findings. Emergencies are not
 * treatments: red flags handle them, and they remove treatments by tag (red-flags.ts).
 */

/**
 * What a treatment is, for red flags that remove treatments (red-flags.ts `contraindicates`) and for
 * grouping in the plan and comparison. Tags a red flag may remove:
 * - 'manual-therapy': hands-on or tool pressure on tissues (mobilisation, manipulation, massage,
 *   self-massage, cupping).
 * - 'loading': exercise that loads the hip, pelvis or spine. 'weight-bearing': loads it standing.
 * - 'stretch': stretching. 'heat': warmth to tissue. 'needling': a needle through the skin.
 * - 'injection': every injection. 'medicine': every medicine, including topical and supplements.
 * - 'nsaid': anti-inflammatory drugs (bleeding risk).
 */
export const TREATMENT_TAGS = [
  'education',
  'self-care',
  'lifestyle',
  'rest',
  'activity-modification',
  'exercise',
  'loading',
  'weight-bearing',
  'impact',
  'stretch',
  'balance',
  'aquatic',
  'mind-body',
  'psychological',
  'manual-therapy',
  'manipulation',
  'massage',
  'heat',
  'cold',
  'electrotherapy',
  'ultrasound-therapy',
  'needling',
  'orthosis',
  'ergonomics',
  'nutrition',
  'medicine',
  'topical',
  'nsaid',
  'analgesic',
  'opioid',
  'muscle-relaxant',
  'sedative',
  'gabapentinoid',
  'antidepressant',
  'corticosteroid',
  'supplement',
  'injection',
  'image-guided',
  'intra-articular',
  'spinal-procedure',
  'implant',
  'surgery',
  'arthroscopic',
  'open-surgery',
  'referral',
  'protected-weight-bearing',
] as const;

export type TreatmentTag = (typeof TREATMENT_TAGS)[number];

/** A treatment whose tags come from TREATMENT_TAGS: a mistyped tag is a compile error. */
type TreatmentEntry = TreatmentDef<SourceId, FactId, ConditionId> & {
  readonly tags: readonly TreatmentTag[];
};

// ─── Shared wording ────────────────────────────────────────────────────────────────────────────

const SEED_ONLY =
  'The team found no trial or guideline for it in iliopsoas, hip, groin or back pain; listed because patients and clinicians ask about it.';

const SELF = 'Patient (self-managed)';
const SELF_TAUGHT = 'Patient (self-managed), taught by the physiotherapist';
const PHYSIO = 'Physiotherapist';
const PRESCRIBER = 'Prescriber (GP, physician or independent-prescriber physiotherapist)';
const PHARMACY = 'Patient with pharmacist advice, or a prescriber';
const INJECTOR = 'Physician or trained injector (UK physiotherapists with injection training)';
const SPECIALIST = 'Specialist physician (radiology, pain or rehabilitation medicine)';
const ORTHO = 'Orthopaedic surgeon';
const SPINAL = 'Orthopaedic or spinal surgeon';

// ─── Shared predicates ─────────────────────────────────────────────────────────────────────────

const REDUCED_SENSATION = {
  any: [
    { fact: 'numbness-tingling' },
    { fact: 'lateral-thigh-sensation' },
    { fact: 'sensation-l2' },
    { fact: 'sensation-l3' },
    { fact: 'sensation-l4' },
    { fact: 'sensation-l5' },
    { fact: 'sensation-s1' },
  ],
} as const;

const POSSIBLE_STRESS_FRACTURE = {
  any: [{ fact: 'hop-test' }, { fact: 'fulcrum-test' }, { fact: 'cannot-bear-weight' }],
} as const;

/** Sudden onset under 6 weeks with pain on stretch or resisted flexion: an acute strain pattern. */
const ACUTE_STRAIN_PATTERN = {
  all: [
    { fact: 'sudden-onset' },
    { fact: 'acute-duration' },
    {
      any: [
        { fact: 'iliopsoas-stretch-pain' },
        { fact: 'worse-stretching' },
        { fact: 'resisted-hip-flexion' },
      ],
    },
  ],
} as const;

const NERVE_ROOT_SIGNS = {
  any: [{ fact: 'slr' }, { fact: 'femoral-nerve-tension' }, { fact: 'pain-below-knee' }],
} as const;

/** An anticoagulant or an antiplatelet (aspirin at any dose, clopidogrel and the like). */
const ANTITHROMBOTIC = { any: [{ fact: 'anticoagulants' }, { fact: 'antiplatelets' }] } as const;

/**
 * A recorded, agreed plan to pause the anticoagulant or antiplatelet around a procedure. Used as
 * `unless`, so a plan that is not recorded counts as no plan (see Contraindication.unless).
 */
const ANTITHROMBOTIC_PLAN = { fact: 'antithrombotic-plan' } as const;

// ─── Shared contraindications ──────────────────────────────────────────────────────────────────

const CI_FRACTURE_SIGNS = {
  when: POSSIBLE_STRESS_FRACTURE,
  severity: 'avoid',
  reason:
    'Positive hop or fulcrum test, or cannot bear weight: possible fracture. No loading until imaging excludes it.',
  sources: ['robertson2017', 'reiman2013', 'downie2013'],
} as const;

const CI_ACUTE_STRAIN_STRETCH = {
  when: ACUTE_STRAIN_PATTERN,
  severity: 'caution',
  reason:
    'Pattern of an acute strain: avoid aggressive stretching early; keep stretches gentle and pain-free.',
  sources: ['team'],
} as const;

const CI_FEVER_HANDS_ON = {
  when: { fact: 'fever' },
  severity: 'avoid',
  reason:
    'Fever: exclude infection (septic hip, abscess, spinal infection) before hands-on treatment.',
  sources: ['finucane2020', 'shields2012'],
} as const;

const CI_CANCER_HANDS_ON = {
  when: { fact: 'cancer-history' },
  severity: 'caution',
  reason: 'History of cancer: exclude bone metastasis before firm pressure or manipulation.',
  sources: ['downie2013', 'finucane2020'],
} as const;

const CI_ANTICOAG_HANDS_ON = {
  when: { fact: 'anticoagulants' },
  severity: 'caution',
  reason:
    'Anticoagulated: bruising and bleeding risk. Use gentle pressure; screen for an iliopsoas bleed.',
  sources: ['decker2022', 'team'],
} as const;

const CI_CES_HANDS_ON = {
  when: { any: [{ fact: 'saddle-anaesthesia' }, { fact: 'bladder-bowel-change' }] },
  severity: 'avoid',
  reason: 'Saddle numbness or bladder or bowel change: emergency referral, no manual therapy.',
  sources: ['dionne2019'],
} as const;

const CI_MASS_HANDS_ON = {
  when: { fact: 'swelling-mass' },
  severity: 'caution',
  reason:
    'Undiagnosed swelling or mass: do not press on it until it is explained (bursa, haematoma, tumour).',
  sources: ['tormenta2012', 'team'],
} as const;

const CI_PREGNANCY_MEDICINE = {
  when: { fact: 'pregnancy' },
  severity: 'caution',
  reason:
    'Pregnant: the prescriber checks this medicine’s safety in pregnancy (team judgement; no published source on it was reviewed).',
  sources: ['team'],
} as const;

const CI_OLDER_SEDATION = {
  when: { fact: 'age-over-70' },
  severity: 'caution',
  reason: 'Over 70: drowsiness and dizziness raise the risk of falls.',
  sources: ['team'],
} as const;

/**
 * Sedating antispasmodics that the AGS Beers Criteria 2023 do not list among the skeletal muscle
 * relaxants to avoid (tizanidine, baclofen): a caution from the Beers age of 65, by team judgement.
 */
const CI_OLDER_SEDATION_65 = {
  when: { fact: 'age-65-plus' },
  severity: 'caution',
  reason:
    'Drowsiness and dizziness raise the risk of falls from 65 (team judgement). It is not on the AGS Beers 2023 list of skeletal muscle relaxants to avoid, so it is not set apart; the prescriber weighs it.',
  sources: ['team', 'beers2023'],
} as const;

const CI_BEERS_MUSCLE_RELAXANT = {
  when: { fact: 'age-65-plus' },
  severity: 'avoid',
  reason:
    'The AGS Beers Criteria (2023) list skeletal muscle relaxants (cyclobenzaprine, methocarbamol, carisoprodol and others) as medicines to avoid from 65: poorly tolerated (anticholinergic effects, sedation, fracture risk) and of doubtful benefit at the doses older adults tolerate. Discuss an alternative with the prescriber.',
  sources: ['beers2023'],
} as const;

const CI_BEERS_BENZODIAZEPINE = {
  when: { fact: 'age-65-plus' },
  severity: 'avoid',
  reason:
    'The AGS Beers Criteria (2023) list benzodiazepines as medicines to avoid from 65: older adults are more sensitive to them, with more cognitive impairment, delirium, falls, fractures and road accidents. Discuss an alternative with the prescriber.',
  sources: ['beers2023'],
} as const;

const CI_MISUSE = {
  when: { fact: 'injected-drug-use' },
  severity: 'caution',
  reason: 'Injected drug use: higher risk of dependence and misuse.',
  sources: ['team'],
} as const;

const CI_KIDNEY_DOSE = {
  when: { fact: 'kidney-disease' },
  severity: 'caution',
  reason:
    'Kidney disease: the dose may need adjusting; prescriber to check (team judgement; no published source on it was reviewed).',
  sources: ['team'],
} as const;

const CI_NSAID_SSRI = {
  when: { fact: 'ssri-snri' },
  severity: 'caution',
  reason:
    'SSRI or SNRI with an NSAID: higher risk of gut bleeding; the prescriber considers a PPI.',
  sources: ['nsaidGuides'],
} as const;

const CI_NSAID_ACEI_DIURETIC = {
  when: { fact: 'acei-arb-diuretic' },
  severity: 'avoid',
  reason:
    'ACE inhibitor or ARB with a diuretic: guidance says to avoid adding an NSAID (risk of acute kidney injury).',
  sources: ['nsaidGuides'],
} as const;

const CI_NSAID_LIVER = {
  when: { fact: 'liver-disease' },
  severity: 'caution',
  reason:
    'Liver disease: NICE NG59 asks for a liver risk assessment before an NSAID; the prescriber weighs it.',
  sources: ['nice2016lbp'],
} as const;

const CI_PARACETAMOL_LIVER = {
  when: { fact: 'liver-disease' },
  severity: 'caution',
  reason: 'Liver disease: paracetamol is hepatotoxic in overdose; the prescriber sets a safe dose.',
  sources: ['saragiotto2016'],
} as const;

const CI_TIZANIDINE_LIVER = {
  when: { fact: 'liver-disease' },
  severity: 'caution',
  reason:
    'Liver disease: the tizanidine label warns of hepatotoxicity; the prescriber checks liver function.',
  sources: ['fdaTizanidine'],
} as const;

const CI_INJ_ALLERGY = {
  when: { fact: 'injection-allergy' },
  severity: 'avoid',
  reason:
    'Allergy to corticosteroid or local anaesthetic: hypersensitivity is an absolute contraindication to the injection.',
  sources: ['injectionSecondary'],
} as const;

const CI_INJ_FEVER = {
  when: { fact: 'fever' },
  severity: 'avoid',
  reason: 'Fever: local or systemic infection is an absolute contraindication to injection.',
  sources: ['injectionSecondary'],
} as const;

const CI_INJ_LOCAL_INFECTION = {
  when: { fact: 'redness-warmth' },
  severity: 'avoid',
  reason: 'Red, warm skin over the hip: exclude local infection before injecting.',
  sources: ['injectionSecondary'],
} as const;

/** Superficial or joint injections: ASRA's low-risk class, so a caution, not an avoid. */
const CI_INJ_BLEEDING_LOW_RISK = {
  when: { any: [...ANTITHROMBOTIC.any, { fact: 'bleeding-disorder' }] },
  severity: 'caution',
  reason:
    'Anticoagulant, antiplatelet or a bleeding disorder: a relative contraindication (bleeding risk). ASRA (Narouze 2018) classes trigger-point and joint injections as low bleeding risk; whether to pause the drug is decided for each patient with the prescriber.',
  sources: ['asra2018pain', 'injectionSecondary'],
} as const;

/**
 * The bleeding-risk rules of a spinal or deep procedure: avoid while an anticoagulant or
 * antiplatelet is taken until a plan to pause it is recorded (`unless`: an unrecorded plan counts
 * as no plan), then a caution that keeps the ASRA timings in view; and avoid with a bleeding
 * disorder, whatever the plan.
 */
function bleedingRiskRules(spec: {
  /** The procedure, as the reason begins: "Spinal procedure". */
  readonly procedure: string;
  /** Why a bleed there matters, and the guideline behind the rule. */
  readonly risk: string;
  /** Who agrees the plan with the prescriber: "the proceduralist". */
  readonly agreedBy: string;
  /** Whose timings to follow: "ASRA timings (Narouze 2018)". */
  readonly timings: string;
  readonly sources: readonly SourceId[];
  readonly timingSources: readonly SourceId[];
}) {
  return [
    {
      when: ANTITHROMBOTIC,
      unless: ANTITHROMBOTIC_PLAN,
      severity: 'avoid',
      reason: `${spec.procedure} while taking an anticoagulant or antiplatelet: ${spec.risk} Avoid until a plan to pause the drug is agreed by the prescriber and ${spec.agreedBy} and recorded here.`,
      sources: spec.sources,
    },
    {
      when: { all: [ANTITHROMBOTIC, ANTITHROMBOTIC_PLAN] },
      severity: 'caution',
      reason: `Plan to pause the drug recorded: follow the ${spec.timings} for stopping and restarting this drug, and weigh the risk of a clot while it is paused with the prescriber.`,
      sources: spec.timingSources,
    },
    {
      when: { fact: 'bleeding-disorder' },
      severity: 'avoid',
      reason: `Bleeding disorder or low platelets: ${spec.risk} Avoid until a specialist agrees.`,
      sources: spec.sources,
    },
  ] as const;
}

const CI_SPINAL_BLEEDING = bleedingRiskRules({
  procedure: 'Spinal procedure',
  risk: 'a spinal haematoma cannot be compressed and can injure the cord or nerve roots; ASRA guidance (Narouze 2018) sets when each drug is stopped and restarted around it and counts a bleeding tendency as raising the risk of every procedure.',
  agreedBy: 'the proceduralist',
  timings: 'ASRA timings (Narouze 2018)',
  sources: ['asra2018pain'],
  timingSources: ['asra2018pain'],
});

const CI_DEEP_BLOCK_BLEEDING = bleedingRiskRules({
  procedure: 'Deep plexus or deep peripheral nerve block',
  risk: 'a bleed at these sites cannot be compressed, and ASRA (Horlocker 2018) applies its neuraxial guidance to them (a superficial block is lower risk; Narouze 2018).',
  agreedBy: 'the proceduralist',
  timings: 'ASRA timings (Horlocker 2018)',
  sources: ['asra2018', 'asra2018pain'],
  timingSources: ['asra2018'],
});

/** Deep, image-guided injections into or beside the iliopsoas, next to the femoral vessels. */
const CI_DEEP_INJ_BLEEDING = bleedingRiskRules({
  procedure: 'Deep needle procedure at the iliopsoas, beside the femoral vessels,',
  risk: 'a bleed there cannot be compressed. ASRA (Narouze 2018) classes most musculoskeletal injections as low risk but counts deep sites that cannot be compressed as higher risk, and the team applies that here (team rule).',
  agreedBy: 'the injector',
  timings: 'ASRA timings (Narouze 2018)',
  sources: ['asra2018pain', 'team-rule'],
  timingSources: ['asra2018pain'],
});

// After a hip replacement: end-range flexion, adduction and internal rotation can dislocate it.

const THR_PRECAUTIONS =
  'Precautions depend on the surgical approach and the surgeon’s instructions, and they differ between approaches and surgeons (Peak 2005): follow the surgeon’s.';

const CI_THR_MANIPULATION = {
  when: { fact: 'hip-prosthesis' },
  severity: 'avoid',
  reason: `Replaced hip: no manipulation and no end-range mobilisation of that hip, which risk dislocation (team rule). ${THR_PRECAUTIONS} Techniques that do not move the hip (e.g. for the spine) may still suit: add it back with that reason.`,
  sources: ['team-rule', 'peak2005'],
} as const;

const CI_THR_END_RANGE = {
  when: { fact: 'hip-prosthesis' },
  severity: 'avoid',
  reason: `Replaced hip: this takes the hip towards end-range flexion, adduction across the midline or internal rotation, which risk dislocation (team rule). ${THR_PRECAUTIONS} If it can be adapted within them, add it back with that reason.`,
  sources: ['team-rule', 'peak2005'],
} as const;

const CI_THR_CHECK = {
  when: { fact: 'hip-prosthesis' },
  severity: 'caution',
  reason: `Replaced hip: check the surgeon’s precautions first. Keep out of end-range flexion, adduction and internal rotation, including when getting into position; after an anterior approach, extension with external rotation is often restricted (team rule). ${THR_PRECAUTIONS}`,
  sources: ['team-rule', 'peak2005'],
} as const;

const CI_INJ_DIABETES = {
  when: { fact: 'diabetes-immunosuppression' },
  severity: 'caution',
  reason:
    'Diabetes: steroid raises blood glucose on days 1–3 (relative contraindication if uncontrolled). Immunosuppression: exclude infection.',
  sources: ['injectionSecondary', 'team'],
} as const;

const CI_INJ_PROSTHESIS = {
  when: { fact: 'hip-prosthesis' },
  severity: 'caution',
  reason:
    'Hip replacement on this side: avoid injecting near a prosthetic joint unless the surgeon agrees.',
  sources: ['injectionSecondary'],
} as const;

const CI_SURGERY_ANTICOAG = {
  when: { fact: 'anticoagulants' },
  severity: 'caution',
  reason: 'Anticoagulated: needs a peri-operative anticoagulation plan.',
  sources: ['team'],
} as const;

const CI_SURGERY_INFECTION_RISK = {
  when: { fact: 'diabetes-immunosuppression' },
  severity: 'caution',
  reason:
    'Diabetes or immunosuppression: higher risk of wound and deep infection; surgeon to weigh.',
  sources: ['team'],
} as const;

// ─── Shared conditions to avoid ────────────────────────────────────────────────────────────────

const AVOID_URGENT = [
  {
    condition: 'psoas-abscess',
    reason: 'Suspected abscess: same-day medical care, not local treatment.',
    sources: ['shields2012', 'finucane2020'],
  },
  {
    condition: 'iliopsoas-haematoma',
    reason: 'Suspected bleed: emergency care; heat, pressure, stretch or load can worsen it.',
    sources: ['decker2022'],
  },
  { condition: 'appendicitis', reason: 'Surgical emergency: refer.', sources: ['getthediagnosis'] },
  {
    condition: 'cauda-equina',
    reason: 'Emergency MRI and surgical assessment first.',
    sources: ['dionne2019'],
  },
  {
    condition: 'bone-malignancy',
    reason: 'Urgent referral first; no load or pressure over a possible bone lesion.',
    sources: ['downie2013', 'finucane2020'],
  },
] as const;

const AVOID_FRACTURE = [
  {
    condition: 'femoral-neck-stress-fracture',
    reason:
      'Loading risks displacement: stop weight-bearing, urgent MRI and orthopaedic advice first.',
    sources: ['robertson2017'],
  },
  {
    condition: 'hip-fracture',
    reason: 'Suspected fracture: emergency imaging before any load or hands-on treatment.',
    sources: ['downie2013', 'reiman2013'],
  },
] as const;

const AVOID_INFECTION_BLEED = [
  {
    condition: 'psoas-abscess',
    reason: 'Infection: absolute contraindication.',
    sources: ['injectionSecondary', 'shields2012'],
  },
  {
    condition: 'iliopsoas-haematoma',
    reason: 'Active bleeding: emergency care first.',
    sources: ['decker2022'],
  },
] as const;

// ─── Indication groups ─────────────────────────────────────────────────────────────────────────

const ILIOPSOAS = [
  'iliopsoas-spasm',
  'iliopsoas-strain',
  'iliopsoas-tendinopathy',
  'iliopsoas-bursitis',
  'internal-snapping-hip',
] as const;
const HIP_JOINT = ['hip-oa', 'fai-syndrome', 'labral-tear'] as const;
const GROIN = [
  'adductor-related-groin-pain',
  'inguinal-related-groin-pain',
  'pubic-related-groin-pain',
] as const;
const SPINE = [
  'nonspecific-lbp',
  'sij-pain',
  'lumbar-stenosis',
  'upper-lumbar-radiculopathy',
  'lower-lumbar-radiculopathy',
] as const;
const WIDESPREAD = ['myofascial-pain', 'fibromyalgia'] as const;

export const TREATMENTS = [
  // ════════════════════════════════ Tier 1: education and self-management ════════════════════════
  {
    id: 'education-reassurance',
    name: 'Education, reassurance and advice to stay active',
    aliases: ['Self-Care Education', 'Lifestyle Modifications', 'Self-management advice'],
    tier: 1,
    tags: ['education', 'self-care', 'lifestyle'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'NICE NG59: self-management advice for everyone with LBP, stratified with STarT Back. ACP 2017: reassure that acute LBP usually improves whatever the treatment. Evidence grades not retrieved.',
      sources: ['nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Not reported',
    indications: [
      ...ILIOPSOAS,
      ...HIP_JOINT,
      ...GROIN,
      ...SPINE,
      ...WIDESPREAD,
      'gluteal-tendinopathy',
      'meralgia-paresthetica',
      'femoral-neuropathy',
      'inflammatory-arthritis',
    ],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Most hip and back pain gets better with time. Pain does not always mean damage. Keep moving as much as you comfortably can. Break up long spells of sitting. Small daily changes help your muscles stay healthy.',
    cost: 'free',
    sources: ['nice2016lbp', 'qaseem2017', 'seed-002'],
  },
  {
    id: 'activity-modification',
    name: 'Relative rest and activity modification',
    aliases: [
      'Rest',
      'Rest and activity modification',
      'Resting the affected area',
      'Activity Modification',
    ],
    tier: 1,
    tags: ['rest', 'activity-modification', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'For internal snapping hip, rest, activity modification and avoiding the snap are described as first line (eorif.com, secondary; not yet in the source list). For back pain NICE NG59 favours self-management and staying active. No trial of rest for iliopsoas pain was found.',
      sources: ['nice2016lbp', 'seed-000', 'seed-001', 'seed-002', 'seed-003'],
    },
    timeToBenefit: 'Not reported',
    dosage:
      'Short-term: avoid the activities that provoke the pain (seed 003: prolonged standing, strenuous exercise), keep other activity going.',
    plainDosage:
      'For now, avoid what brings on the pain, such as standing for a long time or hard exercise. Keep up your other activities.',
    indications: [
      ...ILIOPSOAS,
      ...HIP_JOINT,
      ...GROIN,
      'gluteal-tendinopathy',
      'femoral-neck-stress-fracture',
      'myofascial-pain',
      'nonspecific-lbp',
    ],
    avoidIn: [],
    contraindications: [],
    risks: ['Long rest weakens muscles and can slow recovery'],
    handout:
      'Cut back on the activities that bring on your pain for a short time. Keep doing everything else. Avoid the movement that makes your hip snap or click. Do not stay in bed.',
    cost: 'free',
    sources: ['nice2016lbp', 'seed-000', 'seed-001', 'seed-002', 'seed-003'],
  },
  {
    id: 'gradual-return',
    name: 'Gradual return to exercise and training-load management',
    aliases: ['Gradual Return to Exercise', 'Avoiding Overtraining'],
    tier: 1,
    tags: ['exercise', 'loading', 'weight-bearing', 'impact', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} Graded progression is part of the exercise programmes the evidence does support (exercise therapy entry).`,
      sources: ['seed-001'],
    },
    timeToBenefit: 'Not known',
    dosage:
      'Increase one thing at a time (time, distance or intensity) as pain allows; take regular rest days.',
    indications: [...ILIOPSOAS, 'fai-syndrome', 'labral-tear', ...GROIN, 'gluteal-tendinopathy'],
    avoidIn: [
      ...AVOID_URGENT,
      {
        condition: 'femoral-neck-stress-fracture',
        reason: 'Not until the orthopaedic team confirms healing.',
        sources: ['robertson2017'],
      },
      {
        condition: 'hip-fracture',
        reason: 'Not until the fracture is treated and the surgeon allows loading.',
        sources: ['downie2013'],
      },
    ],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Flare-up if the load rises too fast'],
    handout:
      'Build your activity back up slowly as the pain settles. Increase only one thing at a time, such as time or distance. Take regular rest days. Mild pain that settles by the next day is fine.',
    cost: 'free',
    sources: [
      'seed-001',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
      'robertson2017',
      'reiman2013',
    ],
  },
  {
    id: 'dynamic-warm-up',
    name: 'Dynamic warm-up before exercise',
    aliases: ['Dynamic Warm-Up'],
    tier: 1,
    tags: ['exercise', 'loading', 'weight-bearing', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    dosage: '5–10 minutes of light, moving activity before sport or exercise.',
    indications: ['iliopsoas-spasm', 'iliopsoas-strain', 'iliopsoas-tendinopathy', ...GROIN],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS, CI_THR_CHECK],
    risks: [],
    handout:
      'Before sport or exercise, spend 5 to 10 minutes moving gently. Try easy jogging, leg swings or marching on the spot.',
    cost: 'free',
    sources: [
      'seed-001',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
      'robertson2017',
      'reiman2013',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'weight-management',
    name: 'Weight management',
    aliases: ['Maintaining a healthy weight'],
    tier: 1,
    tags: ['lifestyle', 'self-care', 'nutrition'],
    deliveredBy: 'Patient, supported by the GP, dietitian or physiotherapist',
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'NICE NG226: therapeutic exercise plus weight management are the core treatments for OA (grade not retrieved). Obesity is a risk factor for meralgia paresthetica (review); the effect of weight loss on it was not retrieved.',
      sources: ['nice2022oa', 'meralgiaReview'],
    },
    timeToBenefit: 'Not reported',
    indications: ['hip-oa', 'meralgia-paresthetica'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'If you carry extra weight, losing some can ease the load on your hips and back. Ask your doctor or physiotherapist about support to do this safely.',
    cost: 'low',
    sources: ['nice2022oa', 'meralgiaReview', 'seed-003'],
  },
  {
    id: 'stress-management',
    name: 'Relaxation and stress-management techniques',
    aliases: [
      'Mind-Body Techniques',
      'Stress Management',
      'Mindful Breathing',
      'Breathing Exercises',
      'Mindfulness Meditation',
      'Progressive Muscle Relaxation',
    ],
    tier: 1,
    tags: ['mind-body', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} CBT-informed care (NICE NG59) is a separate entry.`,
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    dosage: 'A few minutes once or twice a day (breathing, meditation or tense-and-relax).',
    indications: ['iliopsoas-spasm', 'myofascial-pain', 'fibromyalgia', 'nonspecific-lbp'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Stress can make muscles tighter. Each day, take a few minutes to relax. Breathe slowly in through your nose and out through your mouth. You can also tense and then relax each muscle group in turn.',
    cost: 'free',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'posture-ergonomics',
    name: 'Posture correction and workstation ergonomics',
    aliases: [
      'Postural Correction',
      'Posture Correction',
      'Postural Training',
      'Ergonomic Adjustments',
    ],
    tier: 1,
    tags: ['ergonomics', 'education', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003'],
    },
    timeToBenefit: 'Not known',
    dosage:
      'Set up the chair and desk; change position at least every 30–60 minutes (team suggestion).',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'myofascial-pain',
      'nonspecific-lbp',
    ],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Set up your chair so your feet rest flat on the floor. Your hips should be level with your knees or a little higher. Keep the screen at eye level. Stand up and move every 30 to 60 minutes.',
    cost: 'low',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'team'],
  },
  {
    id: 'lifting-technique',
    name: 'Safe lifting technique',
    aliases: ['Proper Lifting Techniques'],
    tier: 1,
    tags: ['education', 'ergonomics', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-002'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'nonspecific-lbp'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'When you lift, keep the load close to your body. Bend your knees and hips. Avoid twisting while you hold something heavy.',
    cost: 'free',
    sources: ['seed-002'],
  },
  {
    id: 'hydration',
    name: 'Adequate hydration',
    aliases: ['Hydration', 'Proper Hydration'],
    tier: 1,
    tags: ['lifestyle', 'self-care'],
    deliveredBy: SELF,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} Dehydration as a cause of muscle spasm is a popular claim; the team found no study testing it.`,
      sources: ['seed-000', 'seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Drink enough water through the day, more when it is hot or you exercise. Pale yellow urine is a good sign.',
    cost: 'free',
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'nutrition-support',
    name: 'Balanced diet (nutritional support)',
    aliases: ['Nutritional Support'],
    tier: 1,
    tags: ['lifestyle', 'nutrition', 'self-care'],
    deliveredBy: SELF,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Eat a varied diet with vegetables, fruit, whole grains, dairy or other calcium foods, and protein.',
    cost: 'free',
    sources: ['seed-001'],
  },
  {
    id: 'restorative-sleep',
    name: 'Sleep habits (restorative sleep)',
    aliases: ['Restorative Sleep'],
    tier: 1,
    tags: ['lifestyle', 'self-care'],
    deliveredBy: SELF,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'fibromyalgia', 'myofascial-pain'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Try to sleep at the same times each day. Keep your bedroom dark and quiet. A pillow between the knees may ease hip pain at night.',
    cost: 'free',
    sources: ['seed-001'],
  },
  {
    id: 'superficial-heat',
    name: 'Superficial heat',
    aliases: ['Heat Therapy', 'Ice or heat therapy', 'Applying ice or heat'],
    tier: 1,
    tags: ['heat', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'moderate',
      stance: 'recommended',
      summary:
        'ACP 2017 Rec 1: superficial heat is a first choice for acute or subacute LBP (moderate-quality evidence, strong recommendation). Cochrane (French 2006): a heat wrap reduced pain at 5 days (WMD 1.06 on a 0–5 scale); adding exercise reduced pain at 7 days. No iliopsoas-specific trial. Seed 003 offers ice or heat: see cryotherapy.',
      sources: ['qaseem2017', 'french2006'],
    },
    timeToBenefit: 'Immediate to 5–7 days',
    dosage:
      'Heat wrap, pad or warm pack at a comfortable warmth; seed 003 suggests 30–60 min at a time. Pair it with exercise.',
    plainDosage:
      'Use gentle warmth for 30 to 60 minutes at a time. Do some gentle exercise afterwards.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'myofascial-pain',
      'nonspecific-lbp',
      'hip-oa',
      'fibromyalgia',
    ],
    avoidIn: [
      {
        condition: 'iliopsoas-haematoma',
        reason: 'Heat over a bleed can increase bleeding (general modality teaching).',
        sources: ['team', 'decker2022'],
      },
      {
        condition: 'psoas-abscess',
        reason: 'Infection (general modality teaching).',
        sources: ['team'],
      },
      {
        condition: 'bone-malignancy',
        reason: 'Malignancy (general modality teaching).',
        sources: ['team'],
      },
    ],
    contraindications: [
      {
        when: { fact: 'fever' },
        severity: 'avoid',
        reason: 'Fever: possible infection; no heat until excluded.',
        sources: ['team'],
      },
      {
        when: REDUCED_SENSATION,
        severity: 'caution',
        reason: 'Reduced skin sensation: burn risk; do not heat numb skin.',
        sources: ['team'],
      },
      {
        when: { fact: 'anticoagulants' },
        severity: 'caution',
        reason: 'Anticoagulated: heat can worsen an unrecognised bleed; screen for haematoma.',
        sources: ['decker2022', 'team'],
      },
      {
        when: { all: [{ fact: 'trauma' }, { fact: 'acute-duration' }] },
        severity: 'caution',
        reason:
          'Recent injury: seed 001 advises heat only after the first swelling settles (about 48 h); use ice first.',
        sources: ['seed-001'],
      },
      {
        when: { fact: 'cancer-history' },
        severity: 'caution',
        reason: 'History of cancer: avoid heat over a possible lesion.',
        sources: ['team'],
      },
    ],
    risks: ['Skin burns', 'May worsen an unrecognised bleed'],
    handout:
      'Warmth can ease muscle pain and stiffness. Use a heat pad or warm pack for 30 to 60 minutes. Check your skin often. Do not use heat on numb skin. Gentle exercise afterwards works even better.',
    cost: 'low',
    sources: [
      'qaseem2017',
      'french2006',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'decker2022',
      'team',
    ],
  },
  {
    id: 'cryotherapy',
    name: 'Cryotherapy (ice)',
    aliases: ['Ice Therapy', 'Cold Therapy', 'Cold Compress Post-Activity'],
    tier: 1,
    tags: ['cold', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'Cochrane (French 2006): insufficient evidence for cold in LBP. Acute soft-tissue injury: no optimal mode or duration (Bleakley 2004 SR); intermittent 10 min on / 10 off / 10 on gave less pain on activity in week 1 than one 20-min application (Bleakley 2006 RCT).',
      sources: ['french2006', 'bleakley2004', 'bleakley2006'],
    },
    timeToBenefit: 'Short term; used in the first 24–72 h after injury (secondary)',
    dosage:
      '10 min on, 10 min off, 10 min on (Bleakley 2006), or 15–20 min at a time (seeds 001, 003), several times a day in the first 48–72 h. Wrap the ice in a damp cloth.',
    plainDosage:
      'Put the ice on for 10 minutes, take it off for 10 minutes, then put it on for 10 more. Or use it for 15 to 20 minutes at a time. Do this a few times a day in the first 2 or 3 days. Wrap the ice in a damp cloth.',
    indications: [
      'iliopsoas-strain',
      'iliopsoas-spasm',
      'adductor-related-groin-pain',
      'iliopsoas-tendinopathy',
    ],
    avoidIn: [],
    contraindications: [
      {
        when: REDUCED_SENSATION,
        severity: 'caution',
        reason: 'Reduced skin sensation: risk of frostbite and cold-induced nerve injury.',
        sources: ['team'],
      },
      {
        when: { fact: 'cardiovascular-disease' },
        severity: 'caution',
        reason: 'Severe cardiovascular or circulatory disease: caution with cold.',
        sources: ['team'],
      },
    ],
    risks: ['Frostbite', 'Cold-induced nerve injury'],
    handout:
      'Ice can ease pain in the first 2 to 3 days after an injury. Wrap ice in a damp cloth, never straight on skin. Use it for 10 minutes, remove it for 10 minutes, then 10 minutes more.',
    cost: 'free',
    sources: [
      'french2006',
      'bleakley2004',
      'bleakley2006',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'team',
    ],
  },
  {
    id: 'self-massage',
    name: 'Self-massage (foam roller or massage ball)',
    aliases: ['Foam Rolling', 'Self-Massage Tools', 'Guided Self-Myofascial Techniques'],
    tier: 1,
    tags: ['manual-therapy', 'massage', 'self-care'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    dosage: '1–2 minutes per area, gentle pressure; skip it if too painful (seed 001).',
    plainDosage: '1 to 2 minutes on each spot, with gentle pressure. Skip it if it hurts too much.',
    indications: ['iliopsoas-spasm', 'myofascial-pain'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_ANTICOAG_HANDS_ON, CI_MASS_HANDS_ON],
    risks: ['Bruising', 'Soreness'],
    handout:
      'Roll slowly over tight muscles with a foam roller or ball for 1 to 2 minutes. Use gentle pressure. Stop if it is very painful. Do not press on your belly.',
    cost: 'low',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'decker2022',
      'tormenta2012',
      'team',
      'shields2012',
      'finucane2020',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
      'robertson2017',
      'reiman2013',
    ],
  },
  {
    id: 'waist-compression-advice',
    name: 'Loosen tight belts and waistbands',
    aliases: ['Avoid tight belts'],
    tier: 1,
    tags: ['lifestyle', 'self-care'],
    deliveredBy: SELF,
    invasiveness: 1,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Tight belts, obesity and pregnancy are risk factors for meralgia paresthetica (MDPI 2025 review); the team found no study of the effect of removing them.',
      sources: ['meralgiaReview'],
    },
    timeToBenefit: 'Not reported',
    indications: ['meralgia-paresthetica'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Wear loose clothes around your waist. Avoid tight belts and heavy tool belts. This takes pressure off a nerve at the front of the hip.',
    cost: 'free',
    sources: ['meralgiaReview'],
  },

  // ════════════════════════════════ Tier 2: physiotherapy-led ════════════════════════════════════
  {
    id: 'physiotherapy-programme',
    name: 'Physiotherapy assessment and programme',
    aliases: ['Physical Therapy', 'Conservative Treatment', 'Follow-Up Evaluations'],
    tier: 2,
    tags: ['exercise', 'education', 'loading'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'Umbrella for the physiotherapy package; its parts carry their own evidence. Exercise is first line (NICE NG59, ACP 2017, NICE NG226); manual therapy only as part of a package with exercise (NICE NG59).',
      sources: ['nice2016lbp', 'qaseem2017', 'nice2022oa'],
    },
    timeToBenefit:
      '8–12 weeks for exercise programmes (Hölmich 1999); up to 8 sessions over 12 weeks (older NICE CG88)',
    dosage: 'Assessment, a tailored programme and regular review of progress.',
    indications: [
      ...ILIOPSOAS,
      ...HIP_JOINT,
      ...GROIN,
      ...SPINE,
      ...WIDESPREAD,
      'gluteal-tendinopathy',
      'femoral-neuropathy',
      'meralgia-paresthetica',
      'inflammatory-arthritis',
    ],
    avoidIn: [...AVOID_URGENT],
    contraindications: [],
    risks: ['Short-lived soreness after exercise'],
    handout:
      'Your physiotherapist will check what is causing your pain. Together you will make an exercise plan. Regular check-ins help you keep on track and change the plan as you improve.',
    cost: 'moderate',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'nice2022oa',
      'holmich1999',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
    ],
  },
  {
    id: 'exercise-therapy',
    name: 'Exercise therapy (strengthening, motor control and mobility)',
    aliases: [
      'Strengthening Exercises',
      'Stretching and strengthening exercises',
      'Stretch Bands',
      'Range of motion exercises',
      'Group exercise programme',
    ],
    tier: 2,
    tags: ['exercise', 'loading', 'weight-bearing'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'moderate',
      stance: 'recommended',
      summary:
        'NICE NG59: consider a group exercise programme for LBP. ACP 2017: exercise is first line for chronic LBP. NICE NG226: therapeutic exercise plus weight management are the core OA treatments. No iliopsoas-specific trial; see the Hölmich programme for adductor-related pain.',
      sources: ['nice2016lbp', 'qaseem2017', 'nice2022oa'],
    },
    timeToBenefit:
      '8–12 weeks (Hölmich 1999); programme of up to 8 sessions over 12 weeks (older NICE CG88)',
    dosage:
      'Progressive strengthening of hip flexors, abductors, extensors and trunk, 2–3 times a week, progressed by the physiotherapist (team suggestion; the trials found report programme length, not sets).',
    plainDosage:
      'Exercises to make your hip and trunk muscles stronger, 2 to 3 times a week. Your physiotherapist will make them a little harder step by step.',
    indications: [
      ...ILIOPSOAS,
      ...HIP_JOINT,
      ...GROIN,
      ...SPINE,
      ...WIDESPREAD,
      'gluteal-tendinopathy',
      'femoral-neuropathy',
      'inflammatory-arthritis',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Short-lived muscle soreness', 'Flare-up if progressed too fast'],
    handout:
      'Exercise is one of the best treatments for hip and back pain. Do your exercises 2 to 3 times a week. Some discomfort is fine if it settles by the next day. Build up slowly.',
    cost: 'moderate',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'nice2022oa',
      'seed-000',
      'seed-001',
      'seed-003',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team',
    ],
  },
  {
    id: 'core-strengthening',
    name: 'Core strengthening and stabilisation exercises',
    aliases: [
      'Core Stabilization Exercises',
      'Core Strengthening Exercises',
      'Motor control exercise',
    ],
    tier: 2,
    tags: ['exercise', 'loading'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'Motor-control exercise is part of the exercise therapy that NICE NG59 and ACP 2017 support for LBP. The team found no trial of core exercise for iliopsoas pain.',
      sources: ['nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Not reported',
    dosage:
      'Progressive trunk and pelvic control exercises, e.g. 2–3 sets of 8–12, 2–3 times a week (team suggestion).',
    plainDosage:
      'Exercises for the muscles around your trunk and hips, 2 to 3 times a week. For example, do 2 or 3 sets of 8 to 12.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'nonspecific-lbp',
      'sij-pain',
      'pubic-related-groin-pain',
      'inguinal-related-groin-pain',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Short-lived muscle soreness'],
    handout:
      'These exercises train the deep muscles of your tummy, back and hips. Move slowly and keep breathing. Start easy and add more as it gets easier.',
    cost: 'moderate',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'seed-000',
      'seed-002',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
    ],
  },
  {
    id: 'holmich-active-training',
    name: 'Active training programme for adductor-related groin pain (Hölmich)',
    aliases: ['Hölmich programme', 'Active training programme'],
    tier: 2,
    tags: ['exercise', 'loading', 'weight-bearing'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'One RCT (n=68): 8–12 weeks of active training returned 23 vs 4 athletes to sport without groin pain compared with passive physiotherapy (OR 12.7, 95% CI 3.4–47.2).',
      sources: ['holmich1999'],
    },
    timeToBenefit: '8–12 weeks',
    dosage:
      '8–12 weeks of progressive, supervised active training (Hölmich 1999); the exercises are described in the trial report.',
    plainDosage:
      'Exercises for 8 to 12 weeks. Your physiotherapist will guide you and make them a little harder step by step.',
    indications: ['adductor-related-groin-pain'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Short-lived muscle soreness'],
    handout:
      'This programme strengthens the muscles on the inside of your thigh and around your pelvis. It takes 8 to 12 weeks. Stick with it, as most benefit comes later.',
    cost: 'moderate',
    sources: [
      'holmich1999',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
    ],
  },
  {
    id: 'personalised-hip-therapy',
    name: 'Personalised hip therapy for FAI syndrome',
    aliases: ['Personalised hip therapy', 'PHT'],
    tier: 2,
    tags: ['exercise', 'loading', 'education'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'Physio-led comparator arm in UK FASHIoN (n=348; iHOT-33 at 12 months) and FAIT (n=222). Trial results and effect sizes were not retrieved; verify against the papers before quoting direction or size. Level set low until checked.',
      sources: ['griffin2018', 'palmer2019'],
    },
    timeToBenefit: '5–6 months (FAIT allowed up to 8 sessions over 5 months)',
    dosage: 'Up to 8 supervised sessions over about 5 months with a home programme (FAIT).',
    plainDosage:
      'Up to 8 visits to your physiotherapist over about 5 months, with exercises to do at home.',
    indications: ['fai-syndrome', 'labral-tear'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Short-lived muscle soreness'],
    handout:
      'Your physiotherapist will build a hip plan for you. It includes exercises, advice on movements to change, and regular reviews. It usually runs for about 5 to 6 months.',
    cost: 'moderate',
    sources: [
      'griffin2018',
      'palmer2019',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
    ],
  },
  {
    id: 'hip-flexor-stretching',
    name: 'Hip-flexor stretching programme',
    aliases: [
      'Stretching Exercises',
      'Gentle Stretching',
      'Targeted Stretching',
      'Stretching Routines',
    ],
    tier: 2,
    tags: ['stretch', 'exercise'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Dose from hamstring trials: 15 s × 12, 30 s × 6 and 45 s × 4 (180 s a day, 3 days a week, 12 weeks) were equally effective; 30 s holds gave the largest gain in a small trial; gains plateau at 4–5 weeks. ACSM (secondary): 2–3 times a week, up to 60 s per muscle. No hip-flexor-specific dosage RCT and no trial of stretching for iliopsoas pain were found.',
      sources: ['ayala2010', 'gribble1999', 'acsmSecondary'],
    },
    timeToBenefit:
      'Range gains by 4 weeks, plateau at 4–5 weeks (Gribble 1999); gains seen at 4, 8 and 12 weeks (Ayala 2010)',
    dosage:
      'Hold 30 s, 3 times each side (about 180 s a day in all), daily or at least 3 days a week. Gentle and pain-free; keep the pelvis tucked and the lower back still. Dose extrapolated from non-hip-flexor trials.',
    plainDosage:
      'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Keep it gentle and pain-free. Tuck your bottom under and keep your lower back still.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'iliopsoas-strain',
      'myofascial-pain',
      'nonspecific-lbp',
      'hip-oa',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_ACUTE_STRAIN_STRETCH, CI_FRACTURE_SIGNS, CI_THR_CHECK],
    risks: ['Strain if forced', 'Back pain if the lower back arches'],
    handout:
      'Stretch the muscles at the front of your hip gently. Hold each stretch for 30 seconds. Do it 3 times on each side, every day if you can. You should feel a stretch, not pain.',
    cost: 'free',
    sources: [
      'ayala2010',
      'gribble1999',
      'acsmSecondary',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'kneeling-hip-flexor-stretch',
    name: 'Kneeling Hip Flexor Stretch',
    aliases: ['Half-kneeling hip flexor stretch'],
    tier: 2,
    tags: ['stretch', 'exercise'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Seed 004 exercise (hold 30 s, each side). Dose from general stretching trials (Ayala 2010, Gribble 1999, ACSM secondary); no hip-flexor-specific dosage RCT or trial for iliopsoas pain was found.',
      sources: ['seed-004', 'ayala2010', 'gribble1999', 'acsmSecondary'],
    },
    timeToBenefit: 'Range gains by 4 weeks, plateau at 4–5 weeks (Gribble 1999)',
    dosage:
      'Hold 30 s, 3 times each side (about 180 s a day in all), daily or at least 3 days a week. Tuck the pelvis (posterior tilt) before moving forward.',
    plainDosage:
      'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Tuck your bottom under before you lean forward.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'iliopsoas-strain',
      'myofascial-pain',
      'nonspecific-lbp',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_ACUTE_STRAIN_STRETCH, CI_FRACTURE_SIGNS, CI_THR_CHECK],
    risks: ['Knee discomfort when kneeling', 'Back pain if the lower back arches'],
    handout:
      'Kneel on one knee on a soft mat. Put the other foot flat on the floor in front. Rest your hands on your front thigh. Tighten your tummy and tuck your tailbone under. Gently move your hips forward until you feel a stretch at the front of the kneeling hip. Hold for 30 seconds. Do this 3 times on each side.',
    cost: 'free',
    sources: [
      'seed-004',
      'ayala2010',
      'gribble1999',
      'acsmSecondary',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'standing-quad-stretch',
    name: 'Standing Quad Stretch',
    aliases: ['Standing quadriceps stretch'],
    tier: 2,
    tags: ['stretch', 'exercise', 'weight-bearing'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Seed 004 exercise (hold 30 s, each side). It mainly stretches the quadriceps (rectus femoris); it reaches the psoas only if the thigh is drawn back with the pelvis tucked (team note). Dose from general stretching trials; no hip-flexor-specific dosage RCT was found.',
      sources: ['seed-004', 'ayala2010', 'gribble1999', 'acsmSecondary'],
    },
    timeToBenefit: 'Range gains by 4 weeks, plateau at 4–5 weeks (Gribble 1999)',
    dosage:
      'Hold 30 s, 3 times each side (about 180 s a day in all), daily or at least 3 days a week. Hold a wall or chair for balance.',
    plainDosage:
      'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Hold on to a wall or chair for balance.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'myofascial-pain',
      'nonspecific-lbp',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [
      CI_ACUTE_STRAIN_STRETCH,
      CI_FRACTURE_SIGNS,
      {
        when: { fact: 'age-over-70' },
        severity: 'caution',
        reason:
          'Single-leg standing: falls risk; hold a support or stretch lying on the side instead.',
        sources: ['team'],
      },
      CI_THR_CHECK,
    ],
    risks: ['Loss of balance', 'Knee discomfort'],
    handout:
      'Stand tall and hold a wall or chair. Bend your right knee and hold your right foot with your right hand. Pull your heel towards your bottom. Keep your knees together and tuck your tailbone under. Hold for 30 seconds. Do this 3 times on each side.',
    cost: 'free',
    sources: [
      'seed-004',
      'ayala2010',
      'gribble1999',
      'acsmSecondary',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'low-lunge-spinal-twist',
    name: 'Low Lunge with Spinal Twist',
    aliases: ['Lunge with twist'],
    tier: 2,
    tags: ['stretch', 'exercise', 'weight-bearing'],
    deliveredBy: SELF_TAUGHT,
    invasiveness: 1,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Seed 004 exercise (hold 30 s, each side). The seed says the stretch is felt in the front leg; it is the back leg’s hip flexors that stretch (handout corrected, team note). Dose from general stretching trials; no hip-flexor-specific dosage RCT was found.',
      sources: ['seed-004', 'ayala2010', 'gribble1999', 'acsmSecondary'],
    },
    timeToBenefit: 'Range gains by 4 weeks, plateau at 4–5 weeks (Gribble 1999)',
    dosage:
      'Hold 30 s, 3 times each side (about 180 s a day in all), daily or at least 3 days a week. Leave out the twist if it provokes back or leg pain.',
    plainDosage:
      'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Leave out the twist if it brings on back or leg pain.',
    indications: [
      'iliopsoas-spasm',
      'iliopsoas-tendinopathy',
      'myofascial-pain',
      'nonspecific-lbp',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [
      CI_ACUTE_STRAIN_STRETCH,
      CI_FRACTURE_SIGNS,
      {
        when: NERVE_ROOT_SIGNS,
        severity: 'caution',
        reason: 'Nerve-root signs: twisting can aggravate radicular pain; leave out the twist.',
        sources: ['team'],
      },
      CI_THR_END_RANGE,
    ],
    risks: ['Back or leg pain from the twist', 'Knee discomfort'],
    handout:
      'Step into a low lunge with your right foot forward and your left knee on a mat. Place your hands on your right thigh. Gently turn your upper body to the left and look over your left shoulder. You should feel a stretch at the front of your left hip. Hold for 30 seconds. Do this 3 times on each side.',
    cost: 'free',
    sources: [
      'seed-004',
      'ayala2010',
      'gribble1999',
      'acsmSecondary',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'pnf-stretching',
    name: 'PNF (contract-relax) stretching',
    aliases: ['Proprioceptive Neuromuscular Facilitation (PNF)'],
    tier: 2,
    tags: ['stretch', 'exercise'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'myofascial-pain'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_ACUTE_STRAIN_STRETCH, CI_FRACTURE_SIGNS, CI_THR_END_RANGE],
    risks: ['Strain if the contraction is too hard'],
    handout:
      'Your physiotherapist will ask you to push gently against their hand, then relax into a deeper stretch. Never force it.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'manual-therapy',
    name: 'Manual therapy (joint mobilisation or manipulation)',
    aliases: ['Manual Therapy', 'Chiropractic Care'],
    tier: 2,
    tags: ['manual-therapy', 'manipulation'],
    deliveredBy: 'Physiotherapist, chiropractor or osteopath',
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG59: consider manual therapy only as part of a package that includes exercise. ACP 2017: spinal manipulation for acute or subacute LBP (low-quality evidence). The claim that adjustments "realign" the spine and pelvis is not supported by the studies found.',
      sources: ['nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Short term',
    dosage: 'A few sessions alongside an exercise programme, never on its own (NICE NG59).',
    indications: ['nonspecific-lbp', 'sij-pain', 'hip-oa', 'iliopsoas-spasm'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [
      CI_FEVER_HANDS_ON,
      CI_CES_HANDS_ON,
      CI_CANCER_HANDS_ON,
      CI_ANTICOAG_HANDS_ON,
      {
        when: { fact: 'steroids-osteoporosis' },
        severity: 'caution',
        reason:
          'Long-term steroids or osteoporosis: fracture risk; avoid high-velocity manipulation.',
        sources: ['downie2013', 'team'],
      },
      CI_THR_MANIPULATION,
    ],
    risks: [
      'Short-lived soreness',
      'Rare serious harm with manipulation when red flags are missed',
    ],
    handout:
      'Your physiotherapist may move your hip or back joints with their hands. This can ease pain for a short time. It works best with exercise. Tell them if you feel worse afterwards.',
    cost: 'moderate',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'seed-000',
      'seed-002',
      'finucane2020',
      'shields2012',
      'dionne2019',
      'downie2013',
      'decker2022',
      'team',
      'team-rule',
      'peak2005',
      'getthediagnosis',
      'robertson2017',
      'reiman2013',
    ],
  },
  {
    id: 'soft-tissue-massage',
    name: 'Massage and soft-tissue techniques',
    aliases: [
      'Massage Therapy',
      'Myofascial Release',
      'Trigger Point Therapy',
      'Trigger Point Release',
    ],
    tier: 2,
    tags: ['manual-therapy', 'massage'],
    deliveredBy: 'Physiotherapist or massage therapist',
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG59: consider soft-tissue techniques only with exercise. ACP 2017: massage for acute or subacute LBP (low-quality evidence). No trial of trigger-point or myofascial release for iliopsoas pain was found.',
      sources: ['nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Short term',
    indications: [
      'iliopsoas-spasm',
      'myofascial-pain',
      'nonspecific-lbp',
      'iliopsoas-tendinopathy',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [
      CI_FEVER_HANDS_ON,
      CI_ANTICOAG_HANDS_ON,
      CI_CANCER_HANDS_ON,
      CI_MASS_HANDS_ON,
      {
        when: { fact: 'pregnancy' },
        severity: 'caution',
        reason: 'Pregnant: no deep pressure through the abdomen to reach the psoas.',
        sources: ['team'],
      },
    ],
    risks: ['Soreness', 'Bruising'],
    handout:
      'Massage can ease tight muscles for a short time. It works best with exercise. Tell your therapist if the pressure is too strong.',
    cost: 'moderate',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'seed-000',
      'seed-001',
      'seed-002',
      'finucane2020',
      'shields2012',
      'decker2022',
      'team',
      'downie2013',
      'tormenta2012',
      'getthediagnosis',
      'dionne2019',
      'robertson2017',
      'reiman2013',
    ],
  },
  {
    id: 'yoga',
    name: 'Yoga',
    aliases: ['Yoga classes'],
    tier: 2,
    tags: ['exercise', 'stretch', 'mind-body', 'loading', 'weight-bearing'],
    deliveredBy: 'Yoga teacher or physiotherapist; then self-managed',
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} It is a form of exercise, which NICE NG59 and ACP 2017 support for LBP in general.`,
      sources: ['seed-000', 'seed-001', 'seed-002', 'nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'myofascial-pain', 'nonspecific-lbp', 'fibromyalgia'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_ACUTE_STRAIN_STRETCH, CI_FRACTURE_SIGNS, CI_THR_END_RANGE],
    risks: ['Strain if poses are forced'],
    handout:
      'Gentle yoga can help flexibility and relaxation. Tell the teacher about your hip or back. Skip any pose that causes pain.',
    cost: 'low',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'nice2016lbp',
      'qaseem2017',
      'team',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'pilates',
    name: 'Pilates',
    aliases: ['Pilates classes'],
    tier: 2,
    tags: ['exercise', 'loading'],
    deliveredBy: 'Pilates teacher or physiotherapist; then self-managed',
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} It is a form of exercise, which NICE NG59 and ACP 2017 support for LBP in general.`,
      sources: ['seed-000', 'seed-001', 'seed-002', 'nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'nonspecific-lbp', 'sij-pain'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS, CI_THR_CHECK],
    risks: ['Short-lived muscle soreness'],
    handout:
      'Pilates builds strength in your tummy, back and hips. Start with a beginner or clinical class. Tell the teacher about your pain.',
    cost: 'low',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'nice2016lbp',
      'qaseem2017',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'team-rule',
      'peak2005',
    ],
  },
  {
    id: 'aquatic-exercise',
    name: 'Aquatic exercise (hydrotherapy)',
    aliases: ['Aquatic Therapy', 'Hydrotherapy', 'Water Aerobics'],
    tier: 2,
    tags: ['exercise', 'aquatic', 'loading', 'heat'],
    deliveredBy: 'Physiotherapist (pool), then self-managed',
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'hip-oa', 'nonspecific-lbp', 'fibromyalgia'],
    avoidIn: [...AVOID_URGENT],
    contraindications: [
      {
        when: { fact: 'fever' },
        severity: 'avoid',
        reason: 'Fever: possible infection; no pool until it is excluded.',
        sources: ['team'],
      },
    ],
    risks: ['Slips on pool surrounds'],
    handout:
      'Exercising in warm water takes weight off your joints. It can make moving easier. Walk carefully around the pool.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'team',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
    ],
  },
  {
    id: 'balance-training',
    name: 'Balance and stability training',
    aliases: ['Balance Training', 'Balance and Stability Exercises'],
    tier: 2,
    tags: ['exercise', 'balance', 'loading', 'weight-bearing'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    indications: [
      'iliopsoas-spasm',
      'hip-oa',
      'adductor-related-groin-pain',
      'gluteal-tendinopathy',
    ],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: ['Falls: practise near a support'],
    handout:
      'Practise standing on one leg near a wall or chair. Start with 10 to 30 seconds. Make it harder only when it feels easy.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'seed-002',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
    ],
  },
  {
    id: 'gait-training',
    name: 'Gait training',
    aliases: [],
    tier: 2,
    tags: ['exercise', 'loading', 'weight-bearing'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'option', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-spasm', 'hip-oa', 'gluteal-tendinopathy'],
    avoidIn: [...AVOID_URGENT, ...AVOID_FRACTURE],
    contraindications: [CI_FRACTURE_SIGNS],
    risks: [],
    handout:
      'Your physiotherapist will help you walk in a way that puts less strain on your hip. Practise for a few minutes each day.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'robertson2017',
      'reiman2013',
      'downie2013',
      'shields2012',
      'finucane2020',
      'decker2022',
      'getthediagnosis',
      'dionne2019',
    ],
  },
  {
    id: 'cbt-informed-care',
    name: 'Psychologically informed care (CBT-informed)',
    aliases: ['Cognitive behavioural therapy', 'CBT'],
    tier: 2,
    tags: ['psychological', 'education'],
    deliveredBy: 'Physiotherapist (CBT-informed) or psychologist',
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG59: consider a psychological (CBT) approach alongside exercise when there are psychosocial obstacles to recovery.',
      sources: ['nice2016lbp'],
    },
    timeToBenefit: 'Not reported',
    indications: ['nonspecific-lbp', 'fibromyalgia'],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Worry, low mood and stress can make pain harder to live with. Talking approaches can help you cope and get moving again. They work best with exercise.',
    cost: 'moderate',
    sources: ['nice2016lbp'],
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    aliases: [],
    tier: 2,
    tags: ['needling'],
    deliveredBy: 'Physiotherapist or acupuncturist trained in acupuncture',
    invasiveness: 2,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} Check NICE NG59 before offering: it recommends not offering acupuncture for low back pain with or without sciatica.`,
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      {
        when: { fact: 'anticoagulants' },
        severity: 'caution',
        reason: 'Anticoagulated: bleeding and bruising risk (standard needling precaution).',
        sources: ['team'],
      },
      {
        when: { fact: 'diabetes-immunosuppression' },
        severity: 'caution',
        reason: 'Diabetes or immunosuppression: infection risk (standard needling precaution).',
        sources: ['team'],
      },
      {
        when: { fact: 'fever' },
        severity: 'avoid',
        reason: 'Fever: possible infection.',
        sources: ['team'],
      },
    ],
    risks: ['Bruising', 'Short-lived soreness', 'Fainting'],
    handout:
      'Fine needles are placed in the skin for a short time. There is little evidence it helps hip pain. Tell the therapist if you take blood thinners.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'seed-001',
      'seed-002',
      'team',
      'injectionSecondary',
      'shields2012',
      'decker2022',
    ],
  },
  {
    id: 'cupping',
    name: 'Cupping therapy',
    aliases: [],
    tier: 2,
    tags: ['manual-therapy'],
    deliveredBy: 'Trained practitioner',
    invasiveness: 1,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_URGENT],
    contraindications: [CI_ANTICOAG_HANDS_ON],
    risks: ['Bruising', 'Skin marks'],
    handout:
      'Cups are placed on the skin to create suction. There is no evidence it helps hip pain. It often leaves round bruises.',
    cost: 'low',
    sources: [
      'seed-000',
      'decker2022',
      'team',
      'shields2012',
      'finucane2020',
      'getthediagnosis',
      'dionne2019',
      'downie2013',
    ],
  },
  {
    id: 'biofeedback',
    name: 'Biofeedback',
    aliases: ['EMG biofeedback'],
    tier: 2,
    tags: ['mind-body', 'electrotherapy'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Sensors on the skin show how tense a muscle is, so you can learn to relax it. There is no evidence for hip pain.',
    cost: 'moderate',
    sources: ['seed-000'],
  },
  {
    id: 'tens-interferential',
    name: 'TENS, PENS and interferential therapy',
    aliases: [
      'TENS (Transcutaneous Electrical Nerve Stimulation)',
      'Electrotherapy',
      'Interferential therapy',
    ],
    tier: 2,
    tags: ['electrotherapy'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59: do not offer TENS, PENS or interferential therapy for LBP with or without sciatica (as summarised). No trial for iliopsoas pain was found.',
      sources: ['nice2016lbp', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Skin irritation under the pads'],
    handout:
      'A small machine sends mild electrical pulses through pads on the skin. Guidelines for back pain advise against it because it does not help enough.',
    cost: 'low',
    sources: ['nice2016lbp', 'nice2016lbp-secondary', 'seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'therapeutic-ultrasound',
    name: 'Therapeutic ultrasound',
    aliases: ['Ultrasound Therapy'],
    tier: 2,
    tags: ['ultrasound-therapy'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59: do not offer ultrasound for LBP with or without sciatica (as summarised). No trial for iliopsoas pain was found.',
      sources: ['nice2016lbp', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'This uses sound waves through the skin. Guidelines for back pain advise against it because it does not help enough.',
    cost: 'low',
    sources: ['nice2016lbp', 'nice2016lbp-secondary', 'seed-000', 'seed-001'],
  },
  {
    id: 'electrical-muscle-stimulation',
    name: 'Electrical muscle stimulation (EMS)',
    aliases: ['Electrical Stimulation (EMS)'],
    tier: 2,
    tags: ['electrotherapy'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} NICE NG59’s "do not offer" names TENS, PENS, ultrasound and interferential; EMS is not named in the retrieved text.`,
      sources: ['seed-001', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Skin irritation under the pads'],
    handout:
      'Pads on the skin make the muscle tighten and relax. There is no evidence it helps hip pain.',
    cost: 'low',
    sources: ['seed-001', 'nice2016lbp-secondary'],
  },
  {
    id: 'foot-orthotics',
    name: 'Foot orthotics (shoe inserts)',
    aliases: ['Orthotics'],
    tier: 2,
    tags: ['orthosis'],
    deliveredBy: 'Physiotherapist or podiatrist',
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59: do not offer belts, corsets, foot orthotics, rocker soles or traction for LBP (as summarised). No trial for iliopsoas or hip pain was found.',
      sources: ['nice2016lbp', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Cost without benefit'],
    handout:
      'Shoe inserts change how your foot sits. Guidelines for back pain advise against them because they do not help enough.',
    cost: 'moderate',
    sources: ['nice2016lbp', 'nice2016lbp-secondary', 'seed-000'],
  },
  {
    id: 'heel-lift',
    name: 'Heel lift for a measured leg-length difference',
    aliases: ['Heel lift', 'Shoe raise'],
    tier: 2,
    tags: ['orthosis'],
    deliveredBy: 'Physiotherapist or podiatrist',
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary:
        'The team found no trial of a heel lift for hip, groin or back pain. Measure with standing blocks rather than a tape (more valid). NICE NG59 does not offer foot orthotics for LBP.',
      sources: ['legLength2014', 'beattie1990', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not known',
    dosage:
      'Only for a confirmed difference (over 5 mm); start with part of the difference (team suggestion).',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['New aches while the body adapts'],
    handout:
      'If one leg is measured as shorter, a small lift in one shoe can even you up. Wear it a few hours a day at first.',
    cost: 'low',
    sources: ['legLength2014', 'beattie1990', 'nice2016lbp-secondary', 'team'],
  },
  {
    id: 'supportive-brace',
    name: 'Lumbar or pelvic support belt (brace)',
    aliases: ['Use of Supportive Braces'],
    tier: 2,
    tags: ['orthosis'],
    deliveredBy: PHYSIO,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59: do not offer belts or corsets for LBP (as summarised). No trial for iliopsoas or hip pain was found.',
      sources: ['nice2016lbp', 'nice2016lbp-secondary'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Muscle deconditioning with long use'],
    handout:
      'Support belts hold the back or pelvis. Guidelines for back pain advise against them because they do not help enough.',
    cost: 'low',
    sources: ['nice2016lbp', 'nice2016lbp-secondary', 'seed-002'],
  },
  {
    id: 'protected-weight-bearing',
    name: 'Protected weight-bearing on crutches (femoral neck stress fracture)',
    aliases: ['Non-weight-bearing with crutches'],
    tier: 2,
    tags: ['protected-weight-bearing', 'rest'],
    deliveredBy: 'Orthopaedic team; physiotherapist teaches crutch use',
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'Compression-side fractures under 50% of neck width: non-weight-bearing for up to 6 weeks (secondary); tension-side or ≥ 50%: fixation. 13.9% progressed on 6-week MRI (JBJS 2018). Delay raises the risk of displacement.',
      sources: ['fracturesApp', 'robertson2017', 'jbjs2018'],
    },
    timeToBenefit:
      'Up to 6 weeks non-weight-bearing, then graded return as the orthopaedic team directs',
    dosage:
      'Non-weight-bearing on crutches until imaged; then as the orthopaedic team directs (up to 6 weeks for compression-side < 50%).',
    indications: ['femoral-neck-stress-fracture'],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'age-over-70' },
        severity: 'caution',
        reason: 'Falls risk on crutches: consider a frame and a home check.',
        sources: ['team'],
      },
    ],
    risks: ['Falls on crutches', 'Deconditioning'],
    handout:
      'Your thigh bone may have a stress crack near the hip. Keep weight off that leg and use crutches until a specialist says otherwise. Stop running and jumping completely.',
    cost: 'low',
    sources: ['fracturesApp', 'robertson2017', 'jbjs2018', 'team'],
  },

  // ════════════════════════════════ Tier 3: medicines (discuss with a prescriber) ════════════════
  {
    id: 'oral-nsaids',
    name: 'Oral NSAIDs',
    aliases: [
      'Nonsteroidal Anti-Inflammatory Drugs (NSAIDs)',
      'ibuprofen',
      'naproxen',
      'Prescription-Strength NSAIDs',
      'Aspirin',
      'Over-the-counter pain relievers',
      'Taking over-the-counter pain relievers',
    ],
    tier: 3,
    tags: ['medicine', 'nsaid', 'analgesic'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'moderate',
      stance: 'consider',
      summary:
        'NICE NG59: consider for LBP at the lowest effective dose for the shortest time, after GI, liver and cardio-renal risk assessment, with gastroprotection. ACP 2017: for acute LBP (moderate evidence) and first-line drug for chronic LBP. NICE: limited evidence in sciatica. Seed 003’s "over-the-counter pain relievers" also names paracetamol (separate entry).',
      sources: ['nice2016lbp', 'qaseem2017', 'nsaidGuides'],
    },
    timeToBenefit: 'Days',
    dosage:
      'Lowest effective dose for the shortest time; one NSAID at a time; the prescriber decides on a PPI.',
    indications: [
      'nonspecific-lbp',
      'hip-oa',
      'iliopsoas-tendinopathy',
      'iliopsoas-bursitis',
      'iliopsoas-strain',
      'fai-syndrome',
      'gluteal-tendinopathy',
      'adductor-related-groin-pain',
      'inflammatory-arthritis',
    ],
    avoidIn: [
      {
        condition: 'iliopsoas-haematoma',
        reason: 'NSAIDs add bleeding risk.',
        sources: ['nsaidGuides', 'decker2022'],
      },
    ],
    contraindications: [
      CI_NSAID_ACEI_DIURETIC,
      CI_NSAID_SSRI,
      CI_NSAID_LIVER,
      {
        when: { fact: 'kidney-disease' },
        severity: 'avoid',
        reason:
          'Avoid in moderate or severe renal impairment; caution in mild. Prescriber to check eGFR.',
        sources: ['nsaidGuides'],
      },
      {
        when: { fact: 'kidney-disease-severe' },
        severity: 'avoid',
        reason: 'eGFR below 30: the BNF advises avoiding NSAIDs in severe renal impairment.',
        sources: ['bnfNsaids'],
      },
      {
        when: { fact: 'anticoagulants' },
        severity: 'avoid',
        reason:
          'An NSAID with an anticoagulant raises the risk of bleeding, above all from the gut (BNF; NICE CKS): avoid, and discuss another pain relief with the prescriber.',
        sources: ['bnfNsaids', 'niceCksNsaids'],
      },
      {
        when: { fact: 'antiplatelets' },
        severity: 'avoid',
        reason:
          'An NSAID with aspirin, clopidogrel or another antiplatelet raises the risk of gut bleeding (BNF; NICE CKS), so it is set apart. The prescriber may still choose an NSAID with gastroprotection (a PPI) after weighing the risk: it can be added back with that reason.',
        sources: ['bnfNsaids', 'niceCksNsaids'],
      },
      {
        when: { fact: 'bleeding-disorder' },
        severity: 'avoid',
        reason:
          'NSAIDs impair platelet function. The BNF advises caution with coagulation defects; the team sets a bleeding disorder or low platelets apart (team rule). Discuss with the prescriber.',
        sources: ['bnfNsaids', 'team-rule'],
      },
      {
        when: { fact: 'gi-bleed-history' },
        severity: 'avoid',
        reason:
          'The BNF contraindicates NSAIDs with an active ulcer or bleed, a history of recurrent ulcers or bleeds, or a bleed on a previous NSAID: avoid. Where the history is less than that, the prescriber may weigh an NSAID with gastroprotection and add it back with that reason.',
        sources: ['bnfNsaids'],
      },
      {
        when: { fact: 'heart-failure-severe' },
        severity: 'avoid',
        reason: 'The BNF contraindicates NSAIDs in severe heart failure: avoid.',
        sources: ['bnfNsaids'],
      },
      {
        when: { fact: 'cardiovascular-disease' },
        severity: 'caution',
        reason: 'Heart failure or cardiovascular disease: cardio-renal risk.',
        sources: ['nsaidGuides'],
      },
      {
        when: { fact: 'steroids-osteoporosis' },
        severity: 'caution',
        reason: 'With corticosteroids: higher GI risk; add a PPI.',
        sources: ['nsaidGuides'],
      },
      {
        when: { fact: 'age-over-70' },
        severity: 'caution',
        reason: 'Older age raises GI risk (the guide’s threshold is over 75; flagged from 70).',
        sources: ['nsaidGuides'],
      },
      {
        when: { fact: 'pregnant-20-weeks-plus' },
        severity: 'avoid',
        reason:
          'The FDA (2020) advises avoiding NSAIDs from 20 weeks of pregnancy (fetal kidney problems, low amniotic fluid), and the BNF says to avoid them in the third trimester (early closure of the ductus arteriosus). Low-dose aspirin prescribed for the pregnancy itself is outside this advice.',
        sources: ['fdaNsaidPregnancy', 'bnfNsaids'],
      },
      {
        when: { fact: 'pregnancy' },
        unless: { fact: 'pregnant-20-weeks-plus' },
        severity: 'caution',
        reason:
          'Record the weeks pregnant: NSAIDs are avoided from 20 weeks (FDA 2020) and in the third trimester (BNF). Before 20 weeks the BNF advises avoiding them unless the benefit outweighs the risk: discuss with the prescriber.',
        sources: ['fdaNsaidPregnancy', 'bnfNsaids'],
      },
      {
        when: { fact: 'age-under-16' },
        severity: 'avoid',
        reason:
          'The BNF contraindicates aspirin under 16 (risk of Reye’s syndrome). This rule is about aspirin only, but this entry groups all oral NSAIDs, so the whole entry is set apart: ibuprofen and naproxen are not contraindicated by it, and the prescriber can add the entry back with that reason and a child’s dose.',
        sources: ['bnfAspirin'],
      },
    ],
    risks: ['Stomach ulcer or bleeding', 'Kidney injury', 'Heart and blood-pressure effects'],
    handout:
      'Anti-inflammatory tablets such as ibuprofen or naproxen can ease pain for a few days. Ask your doctor or pharmacist before taking them. Use the lowest dose for the shortest time. Stop and seek help if you have black stools or stomach pain.',
    cost: 'low',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'nsaidGuides',
      'bnfNsaids',
      'niceCksNsaids',
      'fdaNsaidPregnancy',
      'bnfAspirin',
      'team-rule',
      'decker2022',
      'team',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
    ],
  },
  {
    id: 'topical-nsaids',
    name: 'Topical NSAIDs (gel, cream or patch)',
    aliases: ['Topical NSAIDs', 'NSAID Patch Systems', 'Over-the-Counter Pain Patches'],
    tier: 3,
    tags: ['medicine', 'nsaid', 'topical', 'analgesic'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'option',
      summary: `${SEED_ONLY} The team found no trial or guideline figure for topical NSAIDs in hip, groin or back pain.`,
      sources: ['seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not reported',
    indications: [
      'iliopsoas-tendinopathy',
      'adductor-related-groin-pain',
      'gluteal-tendinopathy',
      'iliopsoas-strain',
    ],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'kidney-disease' },
        severity: 'caution',
        reason: 'Kidney disease: some NSAID is absorbed; pharmacist or prescriber to check.',
        sources: ['team'],
      },
      {
        when: { fact: 'kidney-disease-severe' },
        severity: 'caution',
        reason:
          'eGFR below 30: some of the NSAID is absorbed through the skin; the prescriber or pharmacist checks before use (team judgement).',
        sources: ['team'],
      },
      {
        when: { fact: 'pregnant-28-weeks-plus' },
        severity: 'avoid',
        reason:
          'The topical diclofenac label says not to use it in the last 3 months of pregnancy unless a doctor directs it: avoid from 28 weeks, and discuss with the prescriber.',
        sources: ['topicalDiclofenacLabel'],
      },
      {
        when: { fact: 'pregnant-20-weeks-plus' },
        unless: { fact: 'pregnant-28-weeks-plus' },
        severity: 'caution',
        reason:
          'The FDA (2020) advises avoiding NSAIDs from 20 weeks of pregnancy. Less is absorbed through the skin, so the prescriber or pharmacist weighs it; from 28 weeks it is avoided (diclofenac gel label).',
        sources: ['fdaNsaidPregnancy', 'topicalDiclofenacLabel'],
      },
      {
        when: { fact: 'pregnancy' },
        unless: { fact: 'pregnant-20-weeks-plus' },
        severity: 'caution',
        reason:
          'Record the weeks pregnant: topical NSAIDs call for caution from 20 weeks (FDA 2020) and are avoided in the last 3 months (diclofenac gel label). Earlier, the prescriber or pharmacist checks.',
        sources: ['fdaNsaidPregnancy', 'topicalDiclofenacLabel'],
      },
    ],
    risks: ['Skin irritation'],
    handout:
      'Anti-inflammatory gels or patches go on the skin over the sore area. Ask your doctor or pharmacist before using them. Wash your hands after.',
    cost: 'low',
    sources: ['seed-001', 'seed-002', 'team', 'fdaNsaidPregnancy', 'topicalDiclofenacLabel'],
  },
  {
    id: 'topical-counterirritants',
    name: 'Topical capsaicin or menthol',
    aliases: ['Topical Analgesics', 'menthol', 'capsaicin', 'Topical Capasaicin Cream'],
    tier: 3,
    tags: ['medicine', 'topical', 'analgesic'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [
      {
        when: REDUCED_SENSATION,
        severity: 'caution',
        reason: 'Reduced skin sensation: burn or irritation may go unnoticed.',
        sources: ['team'],
      },
    ],
    risks: ['Burning or stinging skin'],
    handout:
      'These creams make the skin feel hot or cool. Ask your doctor or pharmacist before using them. Keep them away from your eyes and wash your hands after.',
    cost: 'low',
    sources: ['seed-000', 'seed-001', 'seed-002', 'team'],
  },
  {
    id: 'lidocaine-patches',
    name: 'Lidocaine (lignocaine) patches',
    aliases: ['Lidocaine Patches'],
    tier: 3,
    tags: ['medicine', 'topical', 'analgesic'],
    deliveredBy: PRESCRIBER,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [CI_PREGNANCY_MEDICINE],
    risks: ['Skin irritation'],
    handout:
      'A patch with a numbing medicine goes on the sore area. Ask your doctor or pharmacist before using one. There is little evidence it helps hip pain.',
    cost: 'moderate',
    sources: ['seed-000', 'seed-001', 'team'],
  },
  {
    id: 'paracetamol',
    name: 'Paracetamol (acetaminophen)',
    aliases: [
      'Acetaminophen',
      'Acetaminophen (Paracetamol)',
      'Acetaminophen (Tylenol)',
      'Combination Analgesics',
      'Analgesic Combinations',
    ],
    tier: 3,
    tags: ['medicine', 'analgesic'],
    deliveredBy: PHARMACY,
    invasiveness: 2,
    evidence: {
      level: 'high',
      stance: 'do-not-offer',
      summary:
        'Cochrane (Saragiotto 2016): high-quality evidence of no difference from placebo in acute LBP at 1, 2, 4 and 12 weeks. NICE NG59: do not offer paracetamol alone for LBP. NICE NG226: not routinely recommended for OA (secondary).',
      sources: ['saragiotto2016', 'nice2016lbp', 'nice2022oa-secondary'],
    },
    timeToBenefit: 'No benefit over placebo in acute LBP',
    indications: [],
    avoidIn: [
      {
        condition: 'nonspecific-lbp',
        reason: 'NICE NG59: do not offer paracetamol alone for low back pain.',
        sources: ['nice2016lbp', 'saragiotto2016'],
      },
    ],
    contraindications: [CI_PARACETAMOL_LIVER],
    risks: ['Liver damage in overdose'],
    handout:
      'For back pain, paracetamol on its own works no better than a dummy tablet. Ask your doctor or pharmacist before taking it. Never take more than the label says.',
    cost: 'low',
    sources: [
      'saragiotto2016',
      'nice2016lbp',
      'nice2022oa-secondary',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
    ],
  },
  {
    id: 'muscle-relaxants',
    name: 'Skeletal muscle relaxants (cyclobenzaprine, methocarbamol)',
    aliases: [
      'Muscle Relaxants',
      'cyclobenzaprine',
      'Methocarbamol',
      'Antispasmodics',
      'Anti-Spasmodic Medications',
      'Anti-spasmodic Agents',
    ],
    tier: 3,
    tags: ['medicine', 'muscle-relaxant', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'ACP 2017: option for acute or subacute LBP (moderate evidence). Cashin 2021 (31 RCTs, n=6505): non-benzodiazepine antispasmodics cut acute LBP pain at ≤ 2 weeks by 7.7/100 (95% CI 3.3 to 12.1), below the 10-point minimal important difference (very low certainty); no effect on disability; adverse events RR 1.6 (1.2–2.0). Cyclobenzaprine contraindications not retrieved: verify against the label.',
      sources: ['qaseem2017', 'cashin2021'],
    },
    timeToBenefit: 'Within 2 weeks (trials ≤ 2 weeks)',
    dosage: 'Short course only (the trials cover ≤ 2 weeks); prescriber to set the dose.',
    indications: ['nonspecific-lbp', 'iliopsoas-spasm'],
    avoidIn: [],
    contraindications: [CI_BEERS_MUSCLE_RELAXANT, CI_PREGNANCY_MEDICINE],
    risks: ['Drowsiness', 'Dizziness', 'More side effects than placebo (RR 1.6)'],
    handout:
      'These medicines may ease muscle spasm a little for a short time. Ask your doctor or pharmacist before taking them. They can make you sleepy. Do not drive or drink alcohol if they do.',
    cost: 'low',
    sources: ['qaseem2017', 'cashin2021', 'beers2023', 'team', 'seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'tizanidine',
    name: 'Tizanidine',
    aliases: ['Tizanidine hydrochloride'],
    tier: 3,
    tags: ['medicine', 'muscle-relaxant', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'A non-benzodiazepine antispasmodic: ACP 2017 option for acute LBP; Cashin 2021 found a small, short effect (7.7/100 at ≤ 2 weeks, very low certainty). Contraindicated with fluvoxamine or ciprofloxacin (FDA 2006); causes hypotension; label warns of liver toxicity.',
      sources: ['qaseem2017', 'cashin2021', 'fdaTizanidine'],
    },
    timeToBenefit: 'Within 2 weeks (trials ≤ 2 weeks)',
    dosage: 'Short course only; prescriber to set the dose.',
    indications: ['nonspecific-lbp', 'iliopsoas-spasm'],
    avoidIn: [],
    contraindications: [
      CI_TIZANIDINE_LIVER,
      {
        when: { fact: 'cyp1a2-inhibitor' },
        severity: 'avoid',
        reason:
          'Taking fluvoxamine or ciprofloxacin (CYP1A2 inhibitors): tizanidine is contraindicated (FDA label 2006).',
        sources: ['fdaTizanidine'],
      },
      {
        when: { fact: 'cardiovascular-disease' },
        severity: 'caution',
        reason:
          'Tizanidine lowers blood pressure; caution with heart disease or blood-pressure medicines.',
        sources: ['fdaTizanidine'],
      },
      CI_OLDER_SEDATION_65,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Low blood pressure', 'Drowsiness', 'Liver toxicity (label warning)'],
    handout:
      'This medicine relaxes muscles but can lower your blood pressure and make you sleepy. Ask your doctor or pharmacist before taking it. Tell them about all your medicines, especially ciprofloxacin or fluvoxamine.',
    cost: 'low',
    sources: ['qaseem2017', 'cashin2021', 'fdaTizanidine', 'team', 'beers2023', 'seed-002'],
  },
  {
    id: 'baclofen',
    name: 'Baclofen',
    aliases: ['Baclofen tablets'],
    tier: 3,
    tags: ['medicine', 'muscle-relaxant', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} Baclofen is an antispastic for spasticity, not one of the skeletal muscle relaxants studied for LBP (pack note on Cashin 2021).`,
      sources: ['seed-000', 'seed-001', 'seed-002', 'cashin2021'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [CI_KIDNEY_DOSE, CI_OLDER_SEDATION_65, CI_PREGNANCY_MEDICINE],
    risks: ['Drowsiness', 'Weakness', 'Withdrawal effects if stopped suddenly'],
    handout:
      'Baclofen is mainly for stiffness caused by nerve conditions. There is no evidence it helps hip muscle spasm. Ask your doctor or pharmacist before taking it.',
    cost: 'low',
    sources: ['seed-000', 'seed-001', 'seed-002', 'cashin2021', 'team', 'beers2023'],
  },
  {
    id: 'benzodiazepines',
    name: 'Benzodiazepines (diazepam)',
    aliases: ['Diazepam'],
    tier: 3,
    tags: ['medicine', 'muscle-relaxant', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59 (2020): do not offer benzodiazepines for sciatica. The team found no evidence for iliopsoas spasm.',
      sources: ['nice2016lbp'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [
      {
        condition: 'lower-lumbar-radiculopathy',
        reason: 'NICE NG59: do not offer benzodiazepines for sciatica.',
        sources: ['nice2016lbp'],
      },
    ],
    contraindications: [CI_BEERS_BENZODIAZEPINE, CI_MISUSE, CI_PREGNANCY_MEDICINE],
    risks: ['Drowsiness', 'Dependence', 'Falls'],
    handout:
      'Diazepam is a sedative. Guidelines advise against it for back and leg pain. Ask your doctor or pharmacist before taking it.',
    cost: 'low',
    sources: ['nice2016lbp', 'beers2023', 'team', 'seed-002'],
  },
  {
    id: 'gabapentinoids',
    name: 'Gabapentinoids (gabapentin, pregabalin)',
    aliases: ['Gabapentin', 'Pregabalin', 'Anti-Seizure Medications'],
    tier: 3,
    tags: ['medicine', 'gabapentinoid', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'moderate',
      stance: 'do-not-offer',
      summary:
        'PRECISE RCT (n=207): pregabalin no better than placebo for sciatica leg pain at 8 weeks (MD 0.5, 95% CI −0.2 to 1.2) or 52 weeks, with more adverse events (227 vs 124). NICE NG59 (2020): do not offer gabapentinoids or other antiepileptics for sciatica. UK Schedule 3 controlled drugs since April 2019.',
      sources: ['mathieson2017', 'nice2016lbp'],
    },
    timeToBenefit: 'No benefit shown at 8 or 52 weeks (sciatica)',
    indications: [],
    avoidIn: [
      {
        condition: 'lower-lumbar-radiculopathy',
        reason: 'NICE NG59: do not offer gabapentinoids for sciatica; PRECISE showed no benefit.',
        sources: ['nice2016lbp', 'mathieson2017'],
      },
      {
        condition: 'upper-lumbar-radiculopathy',
        reason: 'NICE NG59’s sciatica advice, applied to upper lumbar root pain (team reading).',
        sources: ['nice2016lbp', 'team'],
      },
    ],
    contraindications: [
      { ...CI_OLDER_SEDATION, sources: ['mathieson2017', 'team'] },
      CI_MISUSE,
      CI_KIDNEY_DOSE,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Dizziness', 'Drowsiness', 'Dependence and misuse'],
    handout:
      'These nerve-pain medicines did not help sciatica in a large trial. They often cause dizziness. Ask your doctor or pharmacist before taking them. Never stop them suddenly.',
    cost: 'low',
    sources: ['mathieson2017', 'nice2016lbp', 'team', 'seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'opioids',
    name: 'Opioids (weak or strong)',
    aliases: [
      'Opioids',
      'Opioid Pain Relievers',
      'Opioids (Short-term Use)',
      'Tramadol',
      'codeine',
      'oxycodone',
    ],
    tier: 3,
    tags: ['medicine', 'opioid', 'analgesic', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'not-recommended',
      summary:
        'NICE NG59: consider a weak opioid (with or without paracetamol) for acute LBP only if an NSAID is contraindicated, not tolerated or ineffective; do not offer for chronic LBP or chronic sciatica. ACP 2017: last resort in chronic LBP (tramadol second line). NICE NG226: do not offer strong opioids for OA (secondary).',
      sources: ['nice2016lbp', 'qaseem2017', 'nice2022oa-secondary'],
    },
    timeToBenefit: 'Not reported',
    dosage:
      'Acute LBP only, weak opioid, shortest course, and only if an NSAID is unsuitable (NICE NG59); warn about withdrawal.',
    indications: ['nonspecific-lbp'],
    avoidIn: [
      {
        condition: 'hip-oa',
        reason: 'NICE NG226: do not offer strong opioids for OA (secondary summary).',
        sources: ['nice2022oa-secondary'],
      },
    ],
    contraindications: [
      {
        when: { fact: 'chronic-duration' },
        severity: 'avoid',
        reason:
          'Over 12 weeks: NICE NG59 says do not offer opioids for chronic LBP or chronic sciatica.',
        sources: ['nice2016lbp'],
      },
      { ...CI_OLDER_SEDATION, sources: ['nice2016lbp', 'team'] },
      CI_MISUSE,
      CI_KIDNEY_DOSE,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: [
      'Dependence',
      'Breathing problems (respiratory depression)',
      'Falls',
      'Constipation',
      'Withdrawal',
    ],
    handout:
      'Opioid painkillers are only for short-term use when other medicines are not suitable. They can cause drowsiness, constipation and dependence. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: [
      'nice2016lbp',
      'qaseem2017',
      'nice2022oa-secondary',
      'team',
      'seed-000',
      'seed-001',
      'seed-002',
    ],
  },
  {
    id: 'duloxetine',
    name: 'Duloxetine (SNRI antidepressant)',
    aliases: ['duloxetine', 'Serotonin-Norepinephrine Reuptake Inhibitors (SNRIs)'],
    tier: 3,
    tags: ['medicine', 'antidepressant'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'disputed',
      summary:
        'Guidelines disagree. ACP 2017: tramadol or duloxetine as second-line drugs for chronic LBP. NICE NG59: do not offer SSRIs, SNRIs or TCAs for LBP. Show both; evidence grades not retrieved.',
      sources: ['qaseem2017', 'nice2016lbp'],
    },
    timeToBenefit: 'Not reported',
    indications: ['nonspecific-lbp'],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'anticoagulants' },
        severity: 'caution',
        reason: 'With an anticoagulant: SNRIs add bleeding risk; prescriber to check.',
        sources: ['team'],
      },
      CI_KIDNEY_DOSE,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Nausea', 'Dizziness', 'Drowsiness', 'Withdrawal effects if stopped suddenly'],
    handout:
      'Duloxetine is an antidepressant also used for long-term pain. Guidelines disagree about it for back pain. Ask your doctor or pharmacist before taking it. Never stop it suddenly.',
    cost: 'low',
    sources: ['qaseem2017', 'nice2016lbp', 'team', 'seed-000'],
  },
  {
    id: 'tricyclic-antidepressants',
    name: 'Tricyclic antidepressants, low dose (amitriptyline)',
    aliases: ['Antidepressants', 'Tricyclic Antidepressants', 'amitriptyline'],
    tier: 3,
    tags: ['medicine', 'antidepressant', 'sedative'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'NICE NG59: do not offer SSRIs, SNRIs or TCAs for LBP. ACP 2017’s second-line antidepressant is duloxetine (separate entry, disputed); ACP’s view of TCAs was not retrieved. No evidence for iliopsoas pain was found.',
      sources: ['nice2016lbp', 'qaseem2017'],
    },
    timeToBenefit: 'Not reported',
    indications: [],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'cardiovascular-disease' },
        severity: 'caution',
        reason: 'Heart disease: TCAs can affect heart rhythm; prescriber to check.',
        sources: ['team'],
      },
      CI_OLDER_SEDATION,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Drowsiness', 'Dry mouth', 'Constipation', 'Dizziness'],
    handout:
      'Low-dose amitriptyline is sometimes used for long-term pain. Guidelines advise against it for back pain. Ask your doctor or pharmacist before taking it.',
    cost: 'low',
    sources: ['nice2016lbp', 'qaseem2017', 'team', 'seed-000', 'seed-001'],
  },
  {
    id: 'systemic-corticosteroids',
    name: 'Systemic corticosteroids (oral)',
    aliases: ['Oral Corticosteroids', 'Corticosteroids (Oral or Injected)'],
    tier: 3,
    tags: ['medicine', 'corticosteroid'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'low',
      stance: 'do-not-offer',
      summary:
        'ACP 2017: no benefit for acute or subacute LBP, even with radicular symptoms. NICE NG59: do not offer oral corticosteroids for sciatica. Local steroid injection is a separate entry.',
      sources: ['qaseem2017', 'nice2016lbp'],
    },
    timeToBenefit: 'No benefit shown in LBP',
    indications: [],
    avoidIn: [
      {
        condition: 'lower-lumbar-radiculopathy',
        reason: 'NICE NG59: do not offer oral corticosteroids for sciatica.',
        sources: ['nice2016lbp'],
      },
      {
        condition: 'nonspecific-lbp',
        reason: 'ACP 2017: no benefit in acute or subacute LBP.',
        sources: ['qaseem2017'],
      },
    ],
    contraindications: [
      {
        when: { fact: 'diabetes-immunosuppression' },
        severity: 'caution',
        reason: 'Diabetes: steroids raise blood glucose; immunosuppression: infection risk.',
        sources: ['team'],
      },
      {
        when: { fact: 'gi-bleed-history' },
        severity: 'caution',
        reason: 'Previous ulcer or bleed: steroids add GI risk, more so with an NSAID.',
        sources: ['nsaidGuides'],
      },
      {
        when: { fact: 'fever' },
        severity: 'avoid',
        reason: 'Fever: exclude infection first.',
        sources: ['team'],
      },
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['High blood sugar', 'Mood and sleep change', 'Infection', 'Stomach irritation'],
    handout:
      'Steroid tablets have not been shown to help back pain or sciatica. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: [
      'qaseem2017',
      'nice2016lbp',
      'nsaidGuides',
      'team',
      'seed-000',
      'seed-001',
      'seed-002',
    ],
  },
  {
    id: 'calcium-channel-blockers',
    name: 'Calcium channel blockers (diltiazem)',
    aliases: ['Calcium Channel Blockers', 'diltiazem'],
    tier: 3,
    tags: ['medicine'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'cardiovascular-disease' },
        severity: 'caution',
        reason:
          'Acts on heart rate and blood pressure: prescriber to check with existing heart disease or medicines.',
        sources: ['team'],
      },
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Low blood pressure', 'Slow heart rate', 'Ankle swelling'],
    handout:
      'These are heart and blood-pressure medicines. There is no evidence they help hip muscle spasm. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: ['seed-000', 'team'],
  },
  {
    id: 'magnesium-supplements',
    name: 'Magnesium supplements',
    aliases: [],
    tier: 3,
    tags: ['medicine', 'supplement'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} The seeds advise it only when a deficiency is present.`,
      sources: ['seed-000', 'seed-001'],
    },
    timeToBenefit: 'Not known',
    dosage: 'Only if a deficiency is shown (seeds).',
    indications: [],
    avoidIn: [],
    contraindications: [
      {
        when: { fact: 'kidney-disease' },
        severity: 'caution',
        reason: 'Kidney disease: magnesium can build up; prescriber to check.',
        sources: ['team'],
      },
    ],
    risks: ['Diarrhoea'],
    handout:
      'Magnesium tablets only help if your body is low in magnesium. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: ['seed-000', 'seed-001', 'team'],
  },
  {
    id: 'vitamin-d-supplements',
    name: 'Vitamin D supplements',
    aliases: [],
    tier: 3,
    tags: ['medicine', 'supplement'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} The seed advises it for a vitamin D deficiency.`,
      sources: ['seed-000'],
    },
    timeToBenefit: 'Not known',
    dosage: 'Only if a deficiency is shown (seed).',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Too much can raise blood calcium'],
    handout:
      'Vitamin D tablets help if your body is low in vitamin D. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: ['seed-000'],
  },
  {
    id: 'multivitamin-supplements',
    name: 'Multivitamin supplements',
    aliases: [],
    tier: 3,
    tags: ['medicine', 'supplement'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'A multivitamin may help if your diet is poor. There is no evidence it helps hip pain. Ask your doctor or pharmacist before taking one.',
    cost: 'low',
    sources: ['seed-000'],
  },
  {
    id: 'vitamin-b-complex',
    name: 'Vitamin B complex',
    aliases: [],
    tier: 3,
    tags: ['medicine', 'supplement'],
    deliveredBy: PHARMACY,
    invasiveness: 1,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Vitamin B tablets may help if your body is low in B vitamins. There is no evidence they help hip pain. Ask your doctor or pharmacist before taking them.',
    cost: 'low',
    sources: ['seed-001'],
  },
  {
    id: 'muscle-enzyme-modulators',
    name: 'Muscle enzyme modulators',
    aliases: [],
    tier: 3,
    tags: ['medicine'],
    deliveredBy: PRESCRIBER,
    invasiveness: 2,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} This is not a recognised drug class and the seed gives no example; clarify what is meant before discussing it.`,
      sources: ['seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Unknown'],
    handout:
      'This is not a recognised type of medicine. Ask your doctor or pharmacist before taking any product sold this way.',
    cost: 'moderate',
    sources: ['seed-001'],
  },

  // ════════════════════════════════ Tier 4: injections and procedures ═══════════════════════════
  {
    id: 'iliopsoas-bursa-injection',
    name: 'Image-guided iliopsoas bursa or tendon-sheath corticosteroid injection',
    aliases: [
      'Corticosteroid Injections',
      'Local Steroid Injections',
      'Ultrasound-Guided Injections',
      'Injections',
      'Local Anesthetic Injections',
    ],
    tier: 4,
    tags: ['injection', 'image-guided', 'corticosteroid', 'needling'],
    deliveredBy: INJECTOR,
    invasiveness: 3,
    evidence: {
      level: 'very-low',
      stance: 'option',
      summary:
        'Case series (n=39): 49% improved at 1 month, with NRS reduction from 15 min to 1 month (attributed to Agten 2015; verify). Bursography with injection relieved symptoms for 2 weeks to 2 years (8 patients; Vaccaro 1995). Described as an option for persistent painful snapping, combined with physiotherapy.',
      sources: ['agten2015', 'vaccaro1995'],
    },
    timeToBenefit: 'Minutes (local anaesthetic) to 1 month',
    dosage:
      'Corticosteroid with or without local anaesthetic under ultrasound or fluoroscopy; avoid repeated injections.',
    indications: ['iliopsoas-bursitis', 'iliopsoas-tendinopathy', 'internal-snapping-hip'],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_ALLERGY,
      CI_INJ_FEVER,
      CI_INJ_LOCAL_INFECTION,
      ...CI_DEEP_INJ_BLEEDING,
      CI_INJ_DIABETES,
      CI_INJ_PROSTHESIS,
      {
        when: { fact: 'surgery-planned' },
        severity: 'caution',
        reason:
          'Hip surgery within 3 months: the bursa can connect with the joint (9 of 19 in Tormenta 2012); steroid near a joint before arthroplasty raises infection risk.',
        sources: ['injectionSecondary', 'tormenta2012'],
      },
    ],
    risks: [
      'Infection (septic arthritis about 1 in 50,000, as cited)',
      'Raised blood glucose for 1–3 days',
      'Short-lived pain flare',
      'Skin thinning or colour change',
    ],
    handout:
      'A doctor or trained clinician can inject steroid near the hip tendon using an ultrasound scan as a guide. It may ease pain for weeks to months. Discuss the risks and benefits with your doctor first.',
    cost: 'high',
    sources: [
      'agten2015',
      'vaccaro1995',
      'injectionSecondary',
      'asra2018pain',
      'team-rule',
      'tormenta2012',
      'shields2012',
      'decker2022',
      'team',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
    ],
  },
  {
    id: 'intra-articular-hip-steroid',
    name: 'Intra-articular hip corticosteroid injection',
    aliases: ['Hip joint steroid injection'],
    tier: 4,
    tags: ['injection', 'image-guided', 'intra-articular', 'corticosteroid', 'needling'],
    deliveredBy: INJECTOR,
    invasiveness: 3,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG226: consider intra-articular corticosteroid for short-term relief so the person can engage with exercise (secondary summary).',
      sources: ['nice2022oa-secondary'],
    },
    timeToBenefit: 'Short term (not quantified in the studies found)',
    dosage: 'Image-guided; as a bridge to exercise, not on its own.',
    indications: ['hip-oa'],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_ALLERGY,
      CI_INJ_FEVER,
      CI_INJ_LOCAL_INFECTION,
      CI_INJ_BLEEDING_LOW_RISK,
      CI_INJ_DIABETES,
      CI_INJ_PROSTHESIS,
      {
        when: { fact: 'surgery-planned' },
        severity: 'avoid',
        reason:
          'Hip replacement planned within 3 months: avoid (periprosthetic infection OR 1.21, knee data).',
        sources: ['injectionSecondary'],
      },
    ],
    risks: ['Joint infection', 'Raised blood glucose for 1–3 days', 'Short-lived pain flare'],
    handout:
      'A steroid injection into the hip joint may ease arthritis pain for a while. It helps you keep up your exercises. Discuss it with your doctor, especially if hip surgery is planned.',
    cost: 'high',
    sources: [
      'nice2022oa-secondary',
      'injectionSecondary',
      'asra2018pain',
      'shields2012',
      'decker2022',
      'team',
    ],
  },
  {
    id: 'epidural-steroid-injection',
    name: 'Epidural local anaesthetic and steroid injection',
    aliases: ['Epidural steroid injection'],
    tier: 4,
    tags: ['injection', 'image-guided', 'corticosteroid', 'spinal-procedure', 'needling'],
    deliveredBy: SPECIALIST,
    invasiveness: 4,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG59: consider epidural local anaesthetic plus steroid in acute and severe sciatica (not retrieved verbatim; verify before quoting).',
      sources: ['nice2016lbp'],
    },
    timeToBenefit: 'Not reported',
    indications: ['lower-lumbar-radiculopathy', 'upper-lumbar-radiculopathy'],
    avoidIn: [
      ...AVOID_INFECTION_BLEED,
      {
        condition: 'cauda-equina',
        reason: 'Emergency surgical assessment, not injection.',
        sources: ['dionne2019'],
      },
    ],
    contraindications: [
      CI_INJ_ALLERGY,
      CI_INJ_FEVER,
      ...CI_SPINAL_BLEEDING,
      CI_INJ_DIABETES,
    ],
    risks: ['Headache', 'Infection', 'Bleeding', 'Rare nerve injury'],
    handout:
      'For severe leg pain from a trapped nerve, a specialist can inject medicine near the nerve in your spine. Discuss the risks and benefits with your doctor.',
    cost: 'high',
    sources: [
      'nice2016lbp',
      'injectionSecondary',
      'asra2018pain',
      'shields2012',
      'decker2022',
      'dionne2019',
      'team',
    ],
  },
  {
    id: 'botulinum-toxin-injection',
    name: 'Botulinum toxin A injection into iliopsoas (ultrasound-guided)',
    aliases: ['Botox Injections'],
    tier: 4,
    tags: ['injection', 'image-guided', 'needling'],
    deliveredBy: SPECIALIST,
    invasiveness: 3,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary:
        'Evidence is limited to spasticity or dystonia (a technical series of 13 patients and 26 injections without complications, and 10 patients). No trials for non-neurological iliopsoas spasm or tendinopathy were found. Specialist only.',
      sources: ['westhoff2003', 'sconfienza2008'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_FEVER,
      ...CI_DEEP_INJ_BLEEDING,
      CI_PREGNANCY_MEDICINE,
    ],
    risks: ['Hip-flexor weakness', 'Unproven benefit'],
    handout:
      'Botulinum toxin weakens a muscle for a few months. It has not been tested for this kind of hip pain. Discuss it with a specialist doctor.',
    cost: 'high',
    sources: [
      'westhoff2003',
      'sconfienza2008',
      'injectionSecondary',
      'asra2018pain',
      'team-rule',
      'shields2012',
      'decker2022',
      'team',
      'seed-000',
      'seed-001',
    ],
  },
  {
    id: 'trigger-point-injection',
    name: 'Trigger-point injection',
    aliases: ['Trigger Point Injections'],
    tier: 4,
    tags: ['injection', 'needling'],
    deliveredBy: INJECTOR,
    invasiveness: 3,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} Trigger-point injection trials were searched for and not found.`,
      sources: ['seed-000', 'seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: ['myofascial-pain'],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_ALLERGY,
      CI_INJ_FEVER,
      CI_INJ_LOCAL_INFECTION,
      CI_INJ_BLEEDING_LOW_RISK,
    ],
    risks: ['Bruising', 'Short-lived soreness', 'Infection'],
    handout:
      'Numbing medicine or steroid is injected into a tight knot in the muscle. It has not been tested for hip pain. Discuss it with your doctor.',
    cost: 'moderate',
    sources: [
      'seed-000',
      'seed-001',
      'injectionSecondary',
      'asra2018pain',
      'shields2012',
      'decker2022',
    ],
  },
  {
    id: 'nerve-block',
    name: 'Nerve block',
    aliases: ['Nerve Blocks'],
    tier: 4,
    tags: ['injection', 'image-guided', 'needling'],
    deliveredBy: SPECIALIST,
    invasiveness: 3,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} A lateral femoral cutaneous nerve block is described only as a diagnostic test for meralgia paresthetica (meralgia review).`,
      sources: ['seed-000', 'seed-001', 'meralgiaReview'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_ALLERGY,
      CI_INJ_FEVER,
      ...CI_DEEP_BLOCK_BLEEDING,
    ],
    risks: ['Short-lived numbness or weakness', 'Bleeding', 'Infection'],
    handout:
      'Numbing medicine is injected near a nerve to block pain for a while. It is mostly used to find the cause of pain. Discuss it with your doctor.',
    cost: 'high',
    sources: [
      'seed-000',
      'seed-001',
      'meralgiaReview',
      'injectionSecondary',
      'asra2018',
      'asra2018pain',
      'shields2012',
      'decker2022',
    ],
  },
  {
    id: 'percutaneous-needle-tenotomy',
    name: 'Percutaneous needle tenotomy',
    aliases: ['Needle tenotomy'],
    tier: 4,
    tags: ['injection', 'image-guided', 'needling'],
    deliveredBy: SPECIALIST,
    invasiveness: 3,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_FEVER,
      CI_INJ_LOCAL_INFECTION,
      ...CI_DEEP_INJ_BLEEDING,
    ],
    risks: ['Pain flare', 'Infection', 'Bleeding'],
    handout:
      'A needle is passed into the tendon many times under a scan. It has not been tested for hip pain. Discuss it with a specialist doctor.',
    cost: 'high',
    sources: [
      'seed-001',
      'injectionSecondary',
      'asra2018pain',
      'team-rule',
      'shields2012',
      'decker2022',
    ],
  },
  {
    id: 'implantable-neurostimulator',
    name: 'Implantable neurostimulator',
    aliases: ['Implantable Neurostimulators'],
    tier: 4,
    tags: ['implant', 'spinal-procedure', 'surgery'],
    deliveredBy: 'Pain-medicine specialist or neurosurgeon',
    invasiveness: 4,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} The seed describes it as rarely used when other treatments have failed.`,
      sources: ['seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [...AVOID_INFECTION_BLEED],
    contraindications: [
      CI_INJ_FEVER,
      ...CI_SPINAL_BLEEDING,
      CI_SURGERY_INFECTION_RISK,
    ],
    risks: ['Infection', 'Lead movement', 'Further surgery'],
    handout:
      'A small device is placed under the skin to send signals that may block pain. It is only for severe pain when everything else has failed. Discuss it with a specialist.',
    cost: 'very-high',
    sources: [
      'seed-001',
      'injectionSecondary',
      'asra2018pain',
      'shields2012',
      'decker2022',
      'team',
    ],
  },

  // ════════════════════════════════ Tier 5: surgical referral ═══════════════════════════════════
  {
    id: 'surgical-opinion',
    name: 'Referral for a surgical opinion',
    aliases: ['Surgery'],
    tier: 5,
    tags: ['referral', 'surgery'],
    deliveredBy: SPINAL,
    invasiveness: 1,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'Seed 003: surgery is a last resort when conservative care fails and pain is severe or persistent. NICE NG226: refer for joint replacement when symptoms badly affect quality of life and non-surgical care has been tried (secondary). Procedure evidence is in each surgical entry.',
      sources: ['seed-003', 'nice2022oa-secondary'],
    },
    timeToBenefit: 'Depends on the procedure',
    indications: [
      'internal-snapping-hip',
      'hip-oa',
      'fai-syndrome',
      'labral-tear',
      'lumbar-stenosis',
      'lower-lumbar-radiculopathy',
      'upper-lumbar-radiculopathy',
      'femoral-neck-stress-fracture',
    ],
    avoidIn: [],
    contraindications: [],
    risks: [],
    handout:
      'Sometimes pain stays severe after a good try of other treatments. A surgeon can then tell you whether an operation might help. Seeing a surgeon does not commit you to surgery.',
    cost: 'moderate',
    sources: ['seed-003', 'nice2022oa-secondary'],
  },
  {
    id: 'arthroscopic-iliopsoas-release',
    name: 'Arthroscopic iliopsoas tenotomy or fractional lengthening',
    aliases: [
      'Iliopsoas Release Surgery',
      'Psoas Release Surgery',
      'Psoas Tendon Lengthening',
      'Arthroscopic Psoas Tendon Release',
      'Endoscopic Psoas Release',
      'Minimally Invasive Tendon Release',
    ],
    tier: 5,
    tags: ['surgery', 'arthroscopic'],
    deliveredBy: ORTHO,
    invasiveness: 4,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'SR (21 studies, 875 hips): 93% resolution of internal snapping. Arthroscopic vs open: recurrence 5.1% vs 21.7%, groin-pain relief 89.1% vs 85.6%, complications 4.2% vs 21.1%. 2023 SR (24 studies, n=1021): all improved, but no comparative study showed added benefit of fractional lengthening. Observational studies only. Caution in borderline dysplasia or ligamentous laxity.',
      sources: ['gouveia2021', 'longstaffe2021', 'baur2023'],
    },
    timeToBenefit: 'Hip-flexor weakness resolves by 3–6 months (Anderson 2016)',
    indications: ['internal-snapping-hip', 'iliopsoas-tendinopathy'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: [
      'Hip-flexor weakness',
      'Hip instability',
      'Muscle wasting',
      'Recurrent snapping (5.1%)',
    ],
    handout:
      'Keyhole surgery can lengthen or release the hip-flexor tendon to stop painful snapping. The hip may feel weak for 3 to 6 months. Discuss the risks and benefits with your surgeon.',
    cost: 'very-high',
    sources: [
      'gouveia2021',
      'longstaffe2021',
      'baur2023',
      'anderson2016',
      'team',
      'seed-000',
      'seed-002',
    ],
  },
  {
    id: 'open-iliopsoas-release',
    name: 'Open iliopsoas release',
    aliases: ['Retroperitoneal Psoas Release'],
    tier: 5,
    tags: ['surgery', 'open-surgery'],
    deliveredBy: ORTHO,
    invasiveness: 5,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'Against arthroscopic release (SR): recurrence 21.7% vs 5.1%, groin-pain relief 85.6% vs 89.1%, complications 21.1% vs 4.2%. The retroperitoneal approach was not covered by the studies found.',
      sources: ['longstaffe2021'],
    },
    timeToBenefit: 'Not reported',
    indications: ['internal-snapping-hip'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Complications about 1 in 5', 'Recurrent snapping', 'Hip-flexor weakness'],
    handout:
      'Open surgery to release the hip-flexor tendon has more problems than keyhole surgery. Discuss the risks and benefits with your surgeon.',
    cost: 'very-high',
    sources: ['longstaffe2021', 'team', 'seed-002'],
  },
  {
    id: 'hip-arthroscopy',
    name: 'Hip arthroscopy for FAI or labral tear',
    aliases: ['Hip Arthroscopy', 'Labral Repair', 'Arthroscopic Evaluation'],
    tier: 5,
    tags: ['surgery', 'arthroscopic'],
    deliveredBy: ORTHO,
    invasiveness: 4,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'UK FASHIoN (n=348): arthroscopy vs personalised hip therapy, iHOT-33 at 12 months. FAIT (n=222): arthroscopy vs physiotherapy plus activity modification, Hip Outcome Score at 8 months. Numeric results were not retrieved; verify before display. Trial exclusions: OA (KL ≥ 2), dysplasia (CEA < 20°).',
      sources: ['griffin2018', 'palmer2019'],
    },
    timeToBenefit: '8–12 months (trial follow-up)',
    indications: ['fai-syndrome', 'labral-tear'],
    avoidIn: [
      {
        condition: 'hip-oa',
        reason: 'Hip OA (KL ≥ 2) was an exclusion in FASHIoN and FAIT.',
        sources: ['griffin2018', 'palmer2019'],
      },
    ],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Nerve irritation from traction', 'Infection', 'Further surgery'],
    handout:
      'Keyhole surgery can reshape the hip joint or repair a torn rim of cartilage. Recovery takes many months. Discuss the risks and benefits with your surgeon.',
    cost: 'very-high',
    sources: ['griffin2018', 'palmer2019', 'team', 'seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'lumbar-discectomy',
    name: 'Lumbar discectomy',
    aliases: ['Discectomy'],
    tier: 5,
    tags: ['surgery', 'spinal-procedure'],
    deliveredBy: SPINAL,
    invasiveness: 4,
    evidence: {
      level: 'moderate',
      stance: 'option',
      summary:
        'Peul 2007 (n=283, sciatica 6–12 weeks): early surgery gave faster leg-pain relief and recovery (HR 1.97), but 95% had recovered at 1 year in both groups; 39% of the conservative arm had surgery by 1 year (44% by 2). Complications 1.6%.',
      sources: ['peul2007'],
    },
    timeToBenefit: 'Faster relief at 2–24 weeks; same as conservative care by 1 year',
    indications: ['lower-lumbar-radiculopathy', 'upper-lumbar-radiculopathy'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Complications 1.6%', 'Recurrent disc herniation'],
    handout:
      'Surgery can remove the part of a disc pressing on a nerve. It eases leg pain faster, but most people are as well after a year without it. Discuss it with your surgeon.',
    cost: 'very-high',
    sources: ['peul2007', 'team', 'seed-002'],
  },
  {
    id: 'lumbar-decompression',
    name: 'Lumbar decompression',
    aliases: ['Spinal Decompression Surgery', 'Nerve Decompression Surgery'],
    tier: 5,
    tags: ['surgery', 'spinal-procedure'],
    deliveredBy: SPINAL,
    invasiveness: 5,
    evidence: {
      level: 'low',
      stance: 'option',
      summary:
        'Cochrane (Zaina 2016; 5 RCTs, n=643): no clear benefit of surgery over non-surgical care for stenosis. ODI at 24 months favoured decompression (MD −4.43) but not at 6 or 12 months. Side effects 10–24% with surgery, none reported with conservative care.',
      sources: ['zaina2016'],
    },
    timeToBenefit: 'Difference only at 24 months in the trials',
    indications: ['lumbar-stenosis'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Side effects in 10–24%'],
    handout:
      'Surgery can make more room for squeezed nerves in the lower back. Studies show no clear gain over other care, and side effects are common. Discuss it carefully with your surgeon.',
    cost: 'very-high',
    sources: ['zaina2016', 'team', 'seed-000', 'seed-002'],
  },
  {
    id: 'lumbar-fusion',
    name: 'Lumbar fusion',
    aliases: ['Lumbar Fusion Surgery'],
    tier: 5,
    tags: ['surgery', 'spinal-procedure', 'open-surgery'],
    deliveredBy: SPINAL,
    invasiveness: 5,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: SEED_ONLY,
      sources: ['seed-000', 'seed-002'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Major surgery', 'Further surgery at the next level'],
    handout:
      'Fusion joins bones in the lower back together. There is no evidence it helps this kind of hip or back pain. Discuss it carefully with a spinal surgeon.',
    cost: 'very-high',
    sources: ['seed-000', 'seed-002', 'team'],
  },
  {
    id: 'total-hip-arthroplasty',
    name: 'Total hip arthroplasty',
    aliases: ['Hip Replacement Surgery'],
    tier: 5,
    tags: ['surgery', 'open-surgery'],
    deliveredBy: ORTHO,
    invasiveness: 5,
    evidence: {
      level: 'low',
      stance: 'consider',
      summary:
        'NICE NG226: refer when symptoms substantially affect quality of life and non-surgical management has been tried; do not exclude on age, sex or obesity alone (secondary summary).',
      sources: ['nice2022oa-secondary'],
    },
    timeToBenefit: 'Not reported',
    indications: ['hip-oa'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Infection', 'Dislocation', 'Blood clots', 'Leg-length change'],
    handout:
      'A hip replacement swaps a worn hip joint for an artificial one. It is an option when arthritis badly affects your life despite other treatment. Discuss it with your surgeon.',
    cost: 'very-high',
    sources: ['nice2022oa-secondary', 'team', 'seed-000'],
  },
  {
    id: 'femoral-neck-fixation',
    name: 'Surgical fixation of a femoral neck stress fracture',
    aliases: ['Femoral neck stress fracture fixation'],
    tier: 5,
    tags: ['surgery', 'open-surgery'],
    deliveredBy: ORTHO,
    invasiveness: 4,
    evidence: {
      level: 'low',
      stance: 'recommended',
      summary:
        'Tension-side fractures, or compression-side fractures ≥ 50% of neck width: surgical fixation (secondary summary). Delayed diagnosis raises the risk of displacement; 13.9% progressed on 6-week MRI.',
      sources: ['fracturesApp', 'robertson2017', 'jbjs2018'],
    },
    timeToBenefit: 'Not reported',
    indications: ['femoral-neck-stress-fracture'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG],
    risks: ['Infection', 'Non-union', 'Avascular necrosis'],
    handout:
      'Some stress cracks in the hip need screws to stop the bone breaking through. The surgeon will explain the plan and recovery.',
    cost: 'very-high',
    sources: ['fracturesApp', 'robertson2017', 'jbjs2018', 'team'],
  },
  {
    id: 'neurectomy',
    name: 'Neurectomy',
    aliases: [],
    tier: 5,
    tags: ['surgery'],
    deliveredBy: 'Surgeon (specialist)',
    invasiveness: 5,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Permanent numbness or weakness', 'Nerve pain'],
    handout:
      'This operation cuts or removes a nerve. It cannot be undone. There is no evidence it helps hip pain. Discuss it with a specialist.',
    cost: 'very-high',
    sources: ['seed-000', 'team'],
  },
  {
    id: 'iliopsoas-bursectomy',
    name: 'Iliopsoas bursectomy',
    aliases: ['Bursectomy'],
    tier: 5,
    tags: ['surgery'],
    deliveredBy: ORTHO,
    invasiveness: 4,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-000'] },
    timeToBenefit: 'Not known',
    indications: ['iliopsoas-bursitis'],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Infection', 'Recurrence'],
    handout:
      'Surgery can remove an inflamed fluid sac near the hip. It is rarely needed. Discuss it with your surgeon.',
    cost: 'very-high',
    sources: ['seed-000', 'team'],
  },
  {
    id: 'endoscopic-debridement',
    name: 'Endoscopic debridement',
    aliases: [],
    tier: 5,
    tags: ['surgery', 'arthroscopic'],
    deliveredBy: ORTHO,
    invasiveness: 4,
    evidence: { level: 'none', stance: 'no-trials', summary: SEED_ONLY, sources: ['seed-001'] },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [CI_SURGERY_ANTICOAG, CI_SURGERY_INFECTION_RISK],
    risks: ['Infection', 'Further scarring'],
    handout:
      'Keyhole surgery can remove scar tissue. There is no evidence it helps hip muscle spasm. Discuss it with your surgeon.',
    cost: 'very-high',
    sources: ['seed-001', 'team'],
  },
  {
    id: 'fasciotomy',
    name: 'Fasciotomy (surgical fascial release)',
    aliases: ['Fasciotomy', 'Surgical Release'],
    tier: 5,
    tags: ['surgery', 'open-surgery'],
    deliveredBy: 'Surgeon (emergency or orthopaedic)',
    invasiveness: 5,
    evidence: {
      level: 'none',
      stance: 'no-trials',
      summary: `${SEED_ONLY} The seed ties it to compartment syndrome, a surgical emergency handled outside this plan.`,
      sources: ['seed-001'],
    },
    timeToBenefit: 'Not known',
    indications: [],
    avoidIn: [],
    contraindications: [],
    risks: ['Wound problems', 'Infection'],
    handout:
      'This operation cuts the tight tissue around a muscle to relieve pressure. It is an emergency treatment and rarely needed. A surgeon decides.',
    cost: 'very-high',
    sources: ['seed-001'],
  },
] as const satisfies readonly TreatmentEntry[];

export type Treatment = (typeof TREATMENTS)[number];
export type TreatmentId = Treatment['id'];
