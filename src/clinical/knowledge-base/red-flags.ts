import type { ConditionId } from './conditions.ts';
import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { RedFlagDef } from './types.ts';

/**
 * Red flags are rules, not rankings: each fires on its own findings, whatever the differential
 * says, and nothing else recorded can switch it off (the engine evaluates them before, and apart
 * from, the scoring). Most red flags alone barely change the probability of serious disease
 * (IFOMPT 2020; 80% of acute back-pain patients have one, Henschke 2009), which is why they
 * prompt an action rather than move a rank.
 *
 * Every "when to see a doctor" item of the seeds is one of these rules, under the seed's wording.
 */
const groinHipOrThigh = { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }, { fact: 'pain-anterior-thigh' }] } as const;

/** Femoral nerve or psoas signs: what a bleed into the iliopsoas compresses or irritates. */
const femoralOrPsoasSigns = {
  any: [
    { fact: 'knee-extension-weak' },
    { fact: 'patellar-reflex-reduced' },
    { fact: 'hip-held-flexed' },
    { fact: 'swelling-mass' },
    { fact: 'sensation-l3' },
    { fact: 'sensation-l4' },
  ],
} as const;

/** Dermatomal sensory change on one side (the lateral-thigh nerve excepted: meralgia is often bilateral and benign). */
const sensoryChange = (side: 'left' | 'right') =>
  ({
    any: [
      { fact: 'sensation-l2', side },
      { fact: 'sensation-l3', side },
      { fact: 'sensation-l4', side },
      { fact: 'sensation-l5', side },
      { fact: 'sensation-s1', side },
    ],
  }) as const;

/**
 * The findings that may raise an emergency. An emergency rule needs at least one of them; the
 * property test proves that no combination of other findings raises one. Everything else (nerve
 * signs, pain sites, special tests, risk factors) can only add to a flag, or raise an urgent or
 * soon one.
 */
export const RED_FLAG_FINDINGS = [
  // The red-flag screen
  'fever',
  'weight-loss',
  'night-pain-unrelieved',
  'saddle-anaesthesia',
  'bladder-bowel-change',
  'bilateral-leg-symptoms',
  'progressive-weakness',
  'cannot-bear-weight',
  'non-weight-bearing',
  'collapse-faint',
  // History that makes a presentation dangerous
  'trauma',
  'anticoagulants',
  'antiplatelets',
  'bleeding-disorder',
  'cancer-history',
  'injected-drug-use',
  // Abdominal and visceral signs
  'pain-lower-abdomen',
  'rlq-tenderness',
  'migrating-pain',
  'anorexia-vomiting',
  'pulsatile-abdominal-mass',
  'irreducible-groin-lump',
  'scrotal-pain',
  'vaginal-bleeding',
  // A red, hot joint
  'redness-warmth',
] as const;

export const RED_FLAGS = [
  {
    id: 'cauda-equina',
    name: 'Possible cauda equina syndrome',
    aliases: [],
    urgency: 'emergency',
    when: {
      any: [
        { fact: 'saddle-anaesthesia' },
        { fact: 'bladder-bowel-change' },
        { all: [{ fact: 'bilateral-leg-symptoms' }, { any: [{ fact: 'numbness-tingling' }, { fact: 'progressive-weakness' }] }] },
      ],
    },
    message: 'Saddle numbness, bladder or bowel change, or leg symptoms on both sides with numbness or weakness.',
    action: 'Refer as an emergency today for same-day MRI and surgical assessment. Do not wait for symptoms to progress.',
    suspects: ['cauda-equina'],
    contraindicates: ['manual-therapy', 'loading', 'injection'],
    sources: ['dionne2019', 'ajem2019', 'finucane2020'],
  },
  {
    id: 'psoas-abscess',
    name: 'Possible psoas abscess or deep infection',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { fact: 'fever' },
        { any: [{ fact: 'hip-held-flexed' }, { fact: 'psoas-sign' }, { fact: 'flank-pain' }, { fact: 'diabetes-immunosuppression' }, { fact: 'injected-drug-use' }] },
      ],
    },
    message: 'Fever with a flexed painful hip, a positive psoas sign, flank pain, or a risk factor (diabetes, immunosuppression, injected drug use). The classic triad is present in only about 30%.',
    action: 'Refer the same day for medical assessment: bloods (FBC, CRP, ESR, cultures) and CT of the abdomen and pelvis. Do not treat the hip locally.',
    suspects: ['psoas-abscess'],
    contraindicates: ['manual-therapy', 'heat', 'loading', 'injection', 'stretch'],
    sources: ['shields2012', 'wong2013', 'umem'],
  },
  {
    id: 'psoas-abscess-afebrile',
    name: 'Possible psoas abscess without fever',
    aliases: [],
    urgency: 'urgent',
    when: {
      all: [
        { any: [{ fact: 'hip-held-flexed' }, { fact: 'psoas-sign' }] },
        {
          any: [
            { fact: 'diabetes-immunosuppression' },
            { fact: 'injected-drug-use' },
            { fact: 'recent-surgery' },
            { fact: 'flank-pain' },
          ],
        },
      ],
    },
    message:
      'A flexed hip or a positive psoas sign with flank pain, diabetes, immunosuppression, injected drug use or recent surgery. Fever is absent in many psoas abscesses: the classic triad of fever, back or flank pain and limp is present in only about 30%.',
    action:
      'Ask the doctor for bloods (CRP, ESR, white cells) the same or next day, and CT of the abdomen and pelvis if they are raised; emergency if fever or feeling unwell develops. No heat, massage or stretching until it is excluded.',
    suspects: ['psoas-abscess', 'spinal-infection', 'septic-arthritis-hip'],
    contraindicates: ['manual-therapy', 'heat', 'loading', 'injection', 'stretch'],
    sources: ['shields2012', 'navarro2009'],
  },
  {
    id: 'septic-arthritis',
    name: 'Possible septic arthritis of the hip',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { any: [{ fact: 'fever' }, { fact: 'non-weight-bearing' }, { fact: 'redness-warmth' }] },
        {
          any: [
            { fact: 'fever' },
            { fact: 'hip-prosthesis' },
            { fact: 'recent-surgery' },
            { fact: 'diabetes-immunosuppression' },
            { fact: 'injected-drug-use' },
            { fact: 'age-under-16' },
          ],
        },
        { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }, { fact: 'pain-anterior-thigh' }, { fact: 'pain-knee' }, { fact: 'antalgic-gait' }, { fact: 'hip-held-flexed' }] },
      ],
    },
    message:
      'Hip, groin, thigh or knee pain or a limp with fever, or a child or an at-risk adult (prosthesis, recent surgery, diabetes, immunosuppression, injected drug use) who will not bear weight or has a red, hot hip. In children, fever and refusing to bear weight are two of the four Kocher predictors.',
    action:
      'Same-day emergency referral (paediatric or orthopaedic on-call for a child) for white cells, ESR, CRP, ultrasound and joint aspiration. Do not treat the hip locally.',
    suspects: ['septic-arthritis-hip'],
    contraindicates: ['manual-therapy', 'heat', 'loading', 'weight-bearing', 'stretch', 'injection'],
    sources: ['kocher1999', 'caird2006', 'margaretten2007'],
  },
  {
    id: 'fever-infection',
    name: 'Fever or signs of infection',
    aliases: ['Fever', 'Signs of Infection', 'Accompanying Fever or Signs of Infection'],
    urgency: 'emergency',
    when: { any: [{ fact: 'fever' }, { all: [{ fact: 'redness-warmth' }, { fact: 'swelling-mass' }] }] },
    message: 'Fever, or a red, warm, swollen hip: infection (septic hip, spinal infection, abscess) must be excluded.',
    action: 'Refer for same-day medical review with bloods (CRP, ESR, WBC). ESR/CRP are raised in 84–100% of spinal infections.',
    // The message names spinal infection: with fever it is a suspect whatever the ranking, so it
    // is listed as not yet excluded (an epidural abscess can follow a lifting strain).
    suspects: ['psoas-abscess', 'spinal-infection'],
    contraindicates: ['manual-therapy', 'heat', 'injection'],
    sources: ['umem', 'shields2012', 'seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'appendicitis',
    name: 'Possible appendicitis',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { any: [{ fact: 'pain-lower-abdomen' }, { fact: 'rlq-tenderness' }] },
        {
          any: [
            { fact: 'psoas-sign', side: 'right' },
            { fact: 'obturator-sign', side: 'right' },
            { fact: 'rovsing-sign' },
            { fact: 'migrating-pain' },
            { fact: 'anorexia-vomiting' },
            { fact: 'fever' },
          ],
        },
      ],
    },
    message: 'Right lower abdominal pain or tenderness with a positive psoas, obturator or Rovsing sign, migrating pain, loss of appetite or vomiting, or fever.',
    action: 'Refer as an emergency for surgical assessment today.',
    suspects: ['appendicitis'],
    contraindicates: ['manual-therapy', 'heat', 'loading', 'medicine'],
    sources: ['getthediagnosis', 'ahn2016'],
  },
  {
    id: 'iliopsoas-haematoma',
    name: 'Possible iliopsoas haematoma (bleeding risk or injury)',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { any: [{ fact: 'anticoagulants' }, { fact: 'antiplatelets' }, { fact: 'bleeding-disorder' }, { fact: 'trauma' }] },
        groinHipOrThigh,
        femoralOrPsoasSigns,
      ],
    },
    message:
      'Groin or thigh pain with a flexed hip, a mass, or femoral nerve signs (weak knee extension, reduced knee jerk, thigh numbness) in someone on an anticoagulant or antiplatelet, with a bleeding disorder or low platelets, or after a blow or injury (a traumatic iliacus haematoma in an athlete). Mortality 22.9% in one series of spontaneous bleeds.',
    action: 'Emergency referral now: INR, full blood count and contrast-enhanced CT. Do not apply heat, massage or stretching.',
    suspects: ['iliopsoas-haematoma', 'femoral-neuropathy'],
    contraindicates: ['manual-therapy', 'heat', 'stretch', 'loading', 'injection', 'nsaid', 'needling'],
    sources: ['decker2022', 'consultant360'],
  },
  {
    id: 'fracture-trauma',
    name: 'Possible hip or pelvic fracture',
    aliases: [],
    urgency: 'emergency',
    when: { any: [{ fact: 'cannot-bear-weight' }, { all: [{ fact: 'trauma' }, { fact: 'patellar-pubic-percussion' }] }] },
    message: 'Unable to bear weight after trauma, or a positive patellar-pubic percussion test after a fall (LR+ 6.1).',
    action: 'Send to the emergency department for imaging today. Keep non-weight-bearing.',
    suspects: ['hip-fracture', 'impacted-femoral-neck-fracture', 'pelvic-insufficiency-fracture'],
    contraindicates: ['manual-therapy', 'loading', 'weight-bearing', 'stretch'],
    sources: ['downie2013', 'reiman2013'],
  },
  {
    id: 'fall-older-adult',
    name: 'Possible hip or pelvic fracture after a fall (still walking)',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { fact: 'trauma' },
        { fact: 'age-65-plus' },
        { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }, { fact: 'pain-buttock' }, { fact: 'pain-knee' }] },
        {
          any: [
            { fact: 'antalgic-gait' },
            { fact: 'worse-walking' },
            { fact: 'pain-on-ir' },
            { fact: 'log-roll' },
            { fact: 'sit-to-stand-impaired' },
            { fact: 'patellar-pubic-percussion' },
            { fact: 'steroids-osteoporosis' },
          ],
        },
      ],
    },
    message:
      'Hip, groin, buttock or knee pain after a fall at 65 or over, with a limp, pain on walking or rotating the hip, or fragile bone. Impacted femoral neck and pubic ramus fractures can still bear weight.',
    action:
      'Send to the emergency department today for radiographs, and MRI or CT if they are normal and suspicion remains (NICE CG124). Walking aid or non-weight-bearing until imaged.',
    suspects: ['impacted-femoral-neck-fracture', 'hip-fracture', 'pelvic-insufficiency-fracture'],
    contraindicates: ['manual-therapy', 'loading', 'weight-bearing', 'stretch'],
    sources: ['nice2011hip', 'rommens2013', 'reiman2013'],
  },
  {
    id: 'femoral-neck-stress-fracture',
    name: 'Possible femoral neck stress fracture',
    aliases: [],
    urgency: 'urgent',
    when: {
      all: [
        { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }] },
        {
          any: [
            { fact: 'hop-test' },
            { fact: 'fulcrum-test' },
            { all: [{ fact: 'endurance-or-military' }, { fact: 'worse-impact' }] },
            {
              all: [
                { fact: 'worse-impact' },
                { any: [{ fact: 'low-energy-athlete' }, { fact: 'previous-stress-fracture' }, { fact: 'training-increase' }] },
              ],
            },
          ],
        },
      ],
    },
    message:
      'Groin or hip pain with a positive hop or fulcrum test, or pain worse with running or impact in a runner or recruit, or with a recent rise in training, missed periods or low body weight, or a previous stress fracture. Night pain is often absent, and the hop test is not yet validated.',
    action: 'Stop running and impact now; non-weight-bearing with crutches until imaged. Refer for urgent MRI within 24–48 hours (radiographs are often normal early).',
    suspects: ['femoral-neck-stress-fracture', 'pelvic-insufficiency-fracture'],
    contraindicates: ['loading', 'weight-bearing', 'manual-therapy', 'impact'],
    sources: ['robertson2017', 'jbjs2018', 'mountjoy2018'],
  },
  {
    id: 'fragility-fracture',
    name: 'Fracture risk: steroids or osteoporosis',
    aliases: [],
    urgency: 'urgent',
    when: { all: [{ fact: 'steroids-osteoporosis' }, { any: [{ fact: 'trauma' }, { fact: 'age-over-70' }, { fact: 'antalgic-gait' }] }] },
    message: 'Long-term corticosteroids or osteoporosis with trauma, age over 70 or a limp: fracture post-test probability 33% with steroid use.',
    action: 'Refer for radiographs within 24–48 hours, then MRI if negative and suspicion stays high.',
    suspects: ['hip-fracture', 'pelvic-insufficiency-fracture', 'impacted-femoral-neck-fracture', 'avascular-necrosis-hip'],
    contraindicates: ['manual-therapy', 'loading'],
    sources: ['downie2013', 'acrStressSecondary'],
  },
  {
    id: 'malignancy-history',
    name: 'History of cancer with new pain',
    aliases: [],
    urgency: 'urgent',
    when: { fact: 'cancer-history' },
    message: 'A history of cancer raises the probability of spinal or bone metastasis to about 33% in back pain.',
    action: 'Refer urgently to the doctor for assessment and MRI, especially with night pain, weight loss or age 50 or over.',
    suspects: ['bone-malignancy'],
    contraindicates: ['manual-therapy', 'injection'],
    sources: ['downie2013', 'deyo1988'],
  },
  {
    id: 'systemic-features',
    name: 'Unexplained weight loss or night pain',
    aliases: [],
    urgency: 'soon',
    when: { any: [{ fact: 'weight-loss' }, { fact: 'night-pain-unrelieved' }] },
    message: 'Unexplained weight loss or night pain not eased by rest. Alone these have weak diagnostic value; together or with other flags they matter.',
    action: 'Ask the patient\'s doctor to review soon (ESR/CRP, FBC); make it urgent if combined with other red flags.',
    suspects: ['bone-malignancy', 'psoas-abscess', 'femoral-neck-stress-fracture'],
    contraindicates: [],
    sources: ['finucane2020', 'joines2001', 'deyo1988'],
  },
  {
    id: 'progressive-neuro-deficit',
    name: 'Progressive neurological deficit',
    aliases: [],
    urgency: 'urgent',
    when: { fact: 'progressive-weakness' },
    message: 'Progressive leg weakness: severe root compression, cauda equina, or femoral neuropathy from a haematoma or mass.',
    action: 'Refer urgently (within 24–48 hours) for medical assessment and MRI; emergency if bladder, bowel or saddle symptoms appear.',
    suspects: ['upper-lumbar-radiculopathy', 'lower-lumbar-radiculopathy', 'cauda-equina', 'femoral-neuropathy'],
    contraindicates: ['manual-therapy'],
    sources: ['nice2016lbp'],
  },
  {
    id: 'injected-drug-use',
    name: 'Injected drug use with new pain',
    aliases: [],
    urgency: 'urgent',
    when: { fact: 'injected-drug-use' },
    message: 'Injected drug use raises the risk of spinal epidural abscess, vertebral osteomyelitis, psoas abscess and septic arthritis.',
    action: 'Refer for urgent medical review with bloods; emergency if fever is present.',
    suspects: ['psoas-abscess', 'spinal-infection', 'septic-arthritis-hip'],
    contraindicates: ['injection'],
    sources: ['wong2013'],
  },
  {
    id: 'post-surgery',
    name: 'New pain after recent surgery',
    aliases: ['Previous Surgery', 'Post-Surgical Complications'],
    urgency: 'urgent',
    when: { fact: 'recent-surgery' },
    message: 'New or worsening pain or spasm after recent hip or back surgery: infection, haematoma or a surgical complication must be excluded.',
    action: 'Contact the surgical team within 24–48 hours before treating.',
    suspects: ['psoas-abscess', 'iliopsoas-haematoma'],
    contraindicates: ['manual-therapy', 'injection'],
    sources: ['seed-000'],
  },
  {
    id: 'inflammatory-pattern',
    name: 'Inflammatory back or joint pain pattern',
    aliases: ['Chronic Condition'],
    urgency: 'soon',
    when: { any: [{ all: [{ fact: 'morning-stiffness-over-30' }, { fact: 'eased-exercise' }] }, { fact: 'widespread-pain' }] },
    message: 'Long morning stiffness that eases with exercise, or widespread pain: an inflammatory or chronic pain condition needs its own management.',
    action: 'Ask the patient\'s doctor to consider rheumatology referral (NICE NG59: exclude spondyloarthritis; NICE NG65 lists the features that prompt it) and to coordinate care of the chronic condition.',
    suspects: ['inflammatory-arthritis', 'axial-spondyloarthritis', 'fibromyalgia'],
    contraindicates: [],
    sources: ['nice2016lbp', 'nice2017spa', 'seed-000'],
  },
  {
    id: 'post-trauma',
    name: 'Pain after a fall, injury or accident',
    aliases: ['History of Trauma', 'Post-Trauma Pain'],
    urgency: 'soon',
    when: { fact: 'trauma' },
    message: 'The pain followed trauma: a fracture, avulsion or tear must be considered before a muscle diagnosis.',
    action: 'Screen for fracture (weight-bearing, percussion); refer for imaging if in doubt.',
    suspects: ['hip-fracture', 'iliopsoas-strain', 'labral-tear'],
    contraindicates: [],
    sources: ['seed-000', 'seed-002', 'downie2013'],
  },
  {
    id: 'nerve-involvement',
    name: 'Nerve signs in both legs',
    aliases: ['Numbness or Tingling', 'Signs of Nerve Involvement'],
    urgency: 'urgent',
    when: {
      any: [
        { all: [sensoryChange('left'), sensoryChange('right')] },
        { all: [{ fact: 'numbness-tingling' }, { fact: 'bilateral-symptoms' }] },
      ],
    },
    message:
      'A dermatomal sensory change recorded in both legs, or numbness or tingling with symptoms on both sides: more than one nerve root, or the cauda equina, may be compressed. Numbness or a sensory change in one leg alone is part of a radiculopathy or a meralgia paresthetica and is weighed in the differential, not flagged.',
    action:
      'Check saddle sensation and bladder and bowel function now (emergency if either has changed); otherwise ask the doctor to review within 1–2 days, sooner if weakness develops or progresses.',
    suspects: ['cauda-equina', 'lumbar-stenosis', 'upper-lumbar-radiculopathy', 'lower-lumbar-radiculopathy'],
    contraindicates: ['manual-therapy'],
    sources: ['seed-000', 'seed-001', 'seed-002', 'nice2016lbp', 'dionne2019'],
  },
  {
    id: 'persistent-worsening',
    name: 'Severe, persistent or worsening symptoms',
    aliases: [
      'Severe Pain',
      'Persistent Symptoms',
      'Worsening Symptoms',
      'Severe or Increasing Pain',
      'Persistent Muscle Spasms',
      'Lack of Improvement',
      'Persistent Pain',
      'Severe Spasms',
    ],
    urgency: 'soon',
    when: { any: [{ fact: 'not-improving' }, { all: [{ fact: 'severe-pain' }, { fact: 'night-pain' }] }] },
    message: 'Symptoms that are severe, persist or worsen despite rest and home care.',
    action: 'Ask the patient\'s doctor to review soon; reconsider the diagnosis and step up the plan.',
    suspects: [],
    contraindicates: [],
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'mobility-loss',
    name: 'Marked loss of mobility',
    aliases: ['Limited Mobility', 'Difficulty Walking or Standing', 'Difficulty Walking or Bending'],
    urgency: 'soon',
    when: { all: [{ any: [{ fact: 'antalgic-gait' }, { fact: 'sit-to-stand-impaired' }] }, { any: [{ fact: 'severe-pain' }, { fact: 'not-improving' }] }] },
    message: 'Severe pain or no improvement with difficulty walking, standing or bending.',
    action: 'Ask the patient\'s doctor to review soon; provide walking aids and safety advice meanwhile.',
    suspects: [],
    contraindicates: [],
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'swelling',
    name: 'Swelling or a mass in the hip or groin',
    aliases: ['Swelling'],
    urgency: 'soon',
    when: { fact: 'swelling-mass' },
    message: 'Noticeable swelling or a mass: bursitis, haematoma, hernia or, rarely, a tumour.',
    action: 'Ask the doctor to review soon for ultrasound; urgent if on anticoagulants or with fever.',
    suspects: ['iliopsoas-bursitis', 'iliopsoas-haematoma', 'inguinal-related-groin-pain'],
    contraindicates: [],
    sources: ['seed-000', 'tormenta2012'],
  },
  {
    id: 'child-limp',
    name: 'Limp or hip pain in a child or adolescent',
    aliases: [],
    urgency: 'urgent',
    when: {
      all: [
        { fact: 'age-under-16' },
        {
          any: [
            { fact: 'antalgic-gait' },
            { fact: 'non-weight-bearing' },
            { fact: 'drehmann-sign' },
            { fact: 'hip-ir-below-15' },
            { all: [{ fact: 'pain-knee' }, { any: [{ fact: 'pain-hip' }, { fact: 'pain-groin' }, { fact: 'pain-anterior-thigh' }] }] },
          ],
        },
      ],
    },
    message:
      'Under 16 with a limp, refusal to bear weight, loss of hip internal rotation, the thigh rolling outwards as the hip bends, or knee pain with hip or thigh pain: slipped capital femoral epiphysis, Perthes disease, septic arthritis and avulsion come before a muscle diagnosis. Knee pain alone can be the only symptom of a hip problem.',
    action:
      'Refer for radiographs of both hips (AP and frog-leg lateral) within 24 hours, and the same day on crutches if the child cannot bear weight or has a fever. Do not stretch, mobilise or load the hip until it is explained.',
    suspects: ['slipped-capital-femoral-epiphysis', 'perthes-disease', 'septic-arthritis-hip', 'apophyseal-avulsion'],
    contraindicates: ['manual-therapy', 'loading', 'stretch', 'impact'],
    sources: ['peck2017', 'perry2011', 'kocher1999'],
  },
  {
    id: 'apophyseal-avulsion',
    name: 'Possible apophyseal avulsion in a young athlete',
    aliases: [],
    urgency: 'soon',
    when: {
      all: [
        { fact: 'sudden-onset' },
        {
          any: [
            { all: [{ fact: 'age-under-25' }, { fact: 'apophysis-tender' }] },
            { all: [{ fact: 'age-under-16' }, { fact: 'kicking-sport' }, { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }, { fact: 'pain-buttock' }] }] },
          ],
        },
      ],
    },
    message:
      'Sudden pain during a sprint, kick or jump with tenderness over the ASIS, AIIS or ischial tuberosity before the apophyses have fused (about 25), or in a child under 16 in a kicking or sprinting sport: possibly an avulsion fracture, not a muscle strain.',
    action:
      'Refer for a pelvic radiograph before loading or stretching; orthopaedic opinion if the fragment is displaced.',
    suspects: ['apophyseal-avulsion'],
    contraindicates: ['stretch', 'impact'],
    sources: ['rossi2001'],
  },
  {
    id: 'abdominal-aortic-aneurysm',
    name: 'Possible abdominal aortic aneurysm',
    aliases: [],
    urgency: 'emergency',
    when: {
      any: [
        {
          all: [
            { fact: 'pulsatile-abdominal-mass' },
            { any: [{ fact: 'pain-lower-back' }, { fact: 'flank-pain' }, { fact: 'pain-lower-abdomen' }, { fact: 'pain-groin' }, { fact: 'collapse-faint' }] },
          ],
        },
        { all: [{ fact: 'collapse-faint' }, { fact: 'age-65-plus' }, { any: [{ fact: 'pain-lower-back' }, { fact: 'flank-pain' }, { fact: 'pain-lower-abdomen' }] }] },
      ],
    },
    message:
      'A pulsatile abdominal mass with back, flank, abdominal or groin pain, or collapse with back or abdominal pain at 65 or over: an expanding or leaking aortic aneurysm.',
    action:
      'Call an ambulance (emergency). A pulsatile mass found without pain or collapse: ask the doctor to arrange aortic ultrasound (NICE NG156). No deep abdominal pressure.',
    suspects: ['abdominal-aortic-aneurysm'],
    contraindicates: ['manual-therapy', 'loading', 'heat', 'needling', 'injection', 'medicine'],
    sources: ['lederle1999', 'nice2020aaa'],
  },
  {
    id: 'pulsatile-mass',
    name: 'Pulsatile abdominal mass',
    aliases: [],
    urgency: 'urgent',
    when: { fact: 'pulsatile-abdominal-mass' },
    message: 'A pulsatile, expansile abdominal mass (LR+ 12 for an aneurysm of 3 cm or more; Lederle & Simel 1999).',
    action: 'Ask the doctor to arrange aortic ultrasound (NICE NG156); emergency if pain or collapse develops.',
    suspects: ['abdominal-aortic-aneurysm'],
    contraindicates: ['manual-therapy'],
    sources: ['lederle1999', 'nice2020aaa'],
  },
  {
    id: 'renal-colic',
    name: 'Possible renal or ureteric colic',
    aliases: [],
    urgency: 'urgent',
    when: { all: [{ fact: 'flank-pain' }, { any: [{ fact: 'colicky-pain' }, { fact: 'haematuria' }] }] },
    message: 'Flank pain that comes in waves or with blood in the urine: a kidney stone. Over 60, an aortic aneurysm can present the same way.',
    action:
      'Same-day GP or emergency review (NICE NG118); emergency if fever, a single kidney or uncontrolled pain. Exclude an aneurysm first in anyone over 60.',
    suspects: ['renal-colic', 'abdominal-aortic-aneurysm'],
    contraindicates: ['manual-therapy'],
    sources: ['nice2019stones', 'moore2014'],
  },
  {
    id: 'testicular-torsion',
    name: 'Possible testicular torsion',
    aliases: [],
    urgency: 'emergency',
    when: { all: [{ fact: 'scrotal-pain' }, { any: [{ fact: 'sudden-onset' }, { fact: 'anorexia-vomiting' }, { fact: 'age-under-25' }] }] },
    message: 'Testicular or scrotal pain that began suddenly, with nausea or vomiting, or in anyone under 25. Some boys report only groin or lower abdominal pain.',
    action: 'Emergency: the emergency department now for surgical assessment; do not wait for a scan.',
    suspects: ['testicular-torsion', 'incarcerated-groin-hernia'],
    contraindicates: ['manual-therapy', 'loading', 'medicine'],
    sources: ['barbosa2013'],
  },
  {
    id: 'pregnancy-pain',
    name: 'Possible ectopic pregnancy, or pain or bleeding in pregnancy',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { any: [{ fact: 'could-be-pregnant' }, { fact: 'pregnancy' }] },
        { any: [{ fact: 'vaginal-bleeding' }, { fact: 'collapse-faint' }, { fact: 'pain-lower-abdomen' }] },
      ],
    },
    message:
      'Lower abdominal or pelvic pain, bleeding or collapse in someone who could be pregnant. Ectopic pregnancy often presents atypically, as groin, shoulder-tip or bowel symptoms.',
    action:
      'Urine pregnancy test now (NICE NG126); if positive, or already known to be pregnant, same-day early pregnancy or obstetric assessment; collapse, shoulder-tip pain or heavy bleeding: call an ambulance.',
    suspects: ['ectopic-pregnancy', 'ovarian-torsion'],
    contraindicates: ['manual-therapy', 'medicine', 'needling', 'injection'],
    sources: ['nice2019ectopic'],
  },
  {
    id: 'acute-abdomen',
    name: 'Sudden lower abdominal or groin pain with vomiting',
    aliases: [],
    urgency: 'emergency',
    when: {
      all: [
        { fact: 'anorexia-vomiting' },
        { fact: 'sudden-onset' },
        { any: [{ fact: 'pain-lower-abdomen' }, { fact: 'pain-groin' }] },
      ],
    },
    message:
      'Sudden lower abdominal or groin pain with nausea or vomiting: torsion of an ovary or testis, a strangulated hernia or appendicitis, not a muscle injury.',
    action: 'Emergency department today; check for a groin lump and ask about testicular or pelvic pain.',
    suspects: ['ovarian-torsion', 'testicular-torsion', 'incarcerated-groin-hernia', 'appendicitis', 'renal-colic'],
    contraindicates: ['manual-therapy', 'loading', 'heat', 'medicine'],
    sources: ['huchon2010', 'barbosa2013', 'herniasurge2018'],
  },
  {
    id: 'incarcerated-hernia',
    name: 'Possible incarcerated or strangulated hernia',
    aliases: [],
    urgency: 'emergency',
    when: { fact: 'irreducible-groin-lump' },
    message: 'A tender groin lump that will not go back: an incarcerated or strangulated inguinal or femoral hernia.',
    action: 'Emergency surgical referral today; do not try to force it back; nothing to eat or drink until seen.',
    suspects: ['incarcerated-groin-hernia'],
    contraindicates: ['manual-therapy', 'loading', 'stretch', 'heat'],
    sources: ['herniasurge2018'],
  },
  {
    id: 'spinal-infection',
    name: 'Possible spinal infection',
    aliases: [],
    urgency: 'urgent',
    when: {
      all: [
        { any: [{ fact: 'injected-drug-use' }, { fact: 'diabetes-immunosuppression' }, { fact: 'recent-surgery' }] },
        { fact: 'pain-lower-back' },
        { any: [{ fact: 'night-pain-unrelieved' }, { fact: 'lumbar-spine-tender' }, { fact: 'progressive-weakness' }] },
      ],
    },
    message:
      'Back pain that is constant or tender to touch, or with a growing weakness, in someone who injects drugs, has diabetes or immunosuppression, or had recent surgery. Fever is often absent.',
    action:
      'Same-day or next-day medical review with CRP, ESR and white cells; MRI of the spine with contrast if raised (IDSA 2015); emergency with fever or any new weakness or numbness.',
    suspects: ['spinal-infection', 'psoas-abscess'],
    contraindicates: ['manual-therapy', 'injection'],
    sources: ['davis2004', 'berbari2015', 'umem'],
  },
  {
    id: 'avascular-necrosis-risk',
    name: 'Groin pain with risk factors for avascular necrosis',
    aliases: [],
    urgency: 'soon',
    when: {
      all: [
        { any: [{ fact: 'steroids-osteoporosis' }, { fact: 'alcohol-excess' }, { fact: 'sickle-cell' }] },
        { any: [{ fact: 'pain-groin' }, { fact: 'pain-hip' }] },
        { any: [{ fact: 'pain-on-ir' }, { fact: 'hip-ir-below-15' }, { fact: 'antalgic-gait' }, { fact: 'night-pain' }] },
      ],
    },
    message:
      'Groin or hip pain with painful or limited internal rotation, a limp or night pain, in someone on long-term corticosteroids, with alcohol excess or with sickle cell disease.',
    action: 'Ask the doctor for MRI of both hips within weeks (radiographs are normal early); avoid impact meanwhile.',
    suspects: ['avascular-necrosis-hip'],
    contraindicates: ['impact'],
    sources: ['mont2015'],
  },
] as const satisfies readonly RedFlagDef<SourceId, FactId, ConditionId>[];

export type RedFlag = (typeof RED_FLAGS)[number];
export type RedFlagId = RedFlag['id'];
