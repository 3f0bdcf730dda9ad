import type { FactId } from './facts.ts';
import { ageBand, computed, estimate, prior, published, secondary } from './provenance.ts';
import type { SourceId } from './sources.ts';
import type { ConditionDef } from './types.ts';

/**
 * Serious conditions. They are ranked like the others, but they are never missed because of a
 * ranking: the red-flag rules (red-flags.ts) fire on their own findings, whatever the differential.
 * Their priors are tiny, so the ranking alone would under-call them; that is the point of the rules.
 */
export const SERIOUS_CONDITIONS = [
  {
    id: 'psoas-abscess',
    name: 'Psoas abscess',
    aliases: ['Iliopsoas abscess', 'Infection'],
    icd10: 'K68.12',
    icd10Note: 'K68.1x retroperitoneal abscess (K68.11 postprocedural, K68.19 other).',
    category: 'systemic',
    description:
      'A collection of pus in the psoas, usually spread from spine, bowel or urinary tract. The classic triad of fever, back or flank pain and limp is present in only about 30%. In-hospital mortality 12–25%.',
    priors: {
      general: prior(0.0005, 'expert-estimate', ['shields2012'], 'Incidence 0.4 per 100,000 in the UK population; team estimate for patients presenting with hip, groin or back pain.'),
      sports: prior(0.0002, 'expert-estimate', ['shields2012'], 'Incidence 0.4 per 100,000 in the UK population; team estimate for athletes presenting with hip, groin or back pain.'),
    },
    findings: [
      estimate('fever', { pos: 25, neg: 0.3 }, 'fever is the commonest feature of psoas abscess (Sn taken as 0.75; the full triad is present in only about 30%) and is present in about 3% of other musculoskeletal outpatients (team assumption): 0.75/0.03 = 25.', ['shields2012']),
      estimate('hip-held-flexed', { pos: 15, neg: 0.5 }, 'fixed flexion deformity (Sn taken as 0.5) is seen in about 3% of other outpatients (team assumption).', ['psoasAbscessSecondary'], { group: 'psoas-irritation' }),
      estimate('psoas-sign', { pos: 10 }, 'psoas irritation; no accuracy figure for abscess (Sn taken as 0.5, positive in 5% of others). Counted once with a flexed hip.', ['psoasAbscessSecondary'], { group: 'psoas-irritation' }),
      estimate('flank-pain', { pos: 2 }, 'part of the triad.', ['shields2012']),
      estimate('diabetes-immunosuppression', { pos: 2 }, 'named risk factors.', ['shields2012']),
      estimate('injected-drug-use', { pos: 3 }, '7 of 42 cases in one series.', ['wong2013']),
      estimate('antalgic-gait', { pos: 1.5 }, 'limp is part of the triad.', ['shields2012']),
    ],
    action:
      'Same-day medical referral: CRP, ESR, white cells, blood cultures and CT of the abdomen and pelvis. No heat, massage, stretching or loading while it is possible; fever is absent in many.',
    sources: ['shields2012', 'navarro2009', 'wong2013', 'bmcid2013', 'seed-000', 'icd10cm'],
    serious: true,
  },
  {
    id: 'appendicitis',
    name: 'Acute appendicitis',
    aliases: ['Appendicitis'],
    icd10: 'K35.80',
    icd10Note: 'Unspecified acute appendicitis (K35.2-, K35.3- with peritonitis).',
    snomed: '85189001',
    category: 'visceral',
    description:
      'Inflamed appendix: pain moving from the navel to the right lower abdomen, loss of appetite, fever. A retrocaecal appendix can present as right hip or groin pain with a positive psoas sign.',
    priors: {
      general: prior(0.002, 'expert-estimate', ['signsEvidence'], 'About 1.6% in unselected acute abdominal pain; far lower in a musculoskeletal clinic. Team estimate.'),
      sports: prior(0.001, 'expert-estimate', ['signsEvidence'], 'About 1.6% in unselected acute abdominal pain; far lower in a sports clinic. Team estimate.'),
    },
    findings: [
      computed('psoas-sign', 0.358, 0.772, ['ahn2016', 'wagner1996', 'getthediagnosis'], 'Ahn 2016: 292 emergency patients with suspected appendicitis (165 with appendicitis); psoas sign in 59 of 165 with and 29 of 127 without. Wagner 1996 (JAMA Rational Clinical Examination) lists the psoas sign among findings that raise the likelihood of appendicitis; its LR+ 2.38, LR− 0.90 (as cited) could not be checked against the paper, and getthediagnosis.org gives only Sn 16%, Sp 95% without its study, so the primary data set is used. These figures compare patients who all have abdominal pain, which is the right comparison once abdominal pain is already counted. A right-sided sign.', { group: 'peritoneal-signs', onlySide: 'right' }),
      computed('obturator-sign', 0.279, 0.811, ['ahn2016'], 'A secondary source gives Sn 8%, Sp 94%.', { group: 'peritoneal-signs', onlySide: 'right' }),
      computed('rovsing-sign', 0.255, 0.85, ['ahn2016'], 'A claim of LR+ 3.52 (secondary) is unverified.', { group: 'peritoneal-signs' }),
      estimate('rlq-tenderness', { pos: 8, neg: 0.2 }, 'standard teaching (Sn taken as 0.8); right lower quadrant tenderness is uncommon in musculoskeletal outpatients (taken as 10%). Lower-abdominal pain and tenderness there are one piece of evidence (the abdomen hurts), so they share a dependency group.', ['signsEvidence'], { group: 'appendicitis-abdomen' }),
      computed('migrating-pain', 0.485, 0.772, ['ahn2016', 'wagner1996'], 'Ahn 2016 (292 emergency patients with suspected appendicitis): migration of pain in 80 of 165 with appendicitis and 29 of 127 without. Wagner 1996 names migration among the findings that raise the likelihood; its figure (LR+ 3.18, LR− 0.50 as cited) could not be checked against the paper. Migration presupposes abdominal pain, so a figure from patients with abdominal pain is the right one.'),
      computed('anorexia-vomiting', 0.521, 0.591, ['ahn2016', 'wagner1996'], 'Ahn 2016 (292 emergency patients with suspected appendicitis): nausea or vomiting in 86 of 165 with appendicitis and 52 of 127 without; loss of appetite alone, 36% against 32% (LR+ 1.13). The figures cited from Wagner 1996 for anorexia (Sn 0.68, Sp 0.36 as cited; not checked against the paper) also give an LR near 1. Among people with abdominal pain these symptoms barely separate appendicitis from other causes, and the score reaches appendicitis only through abdominal pain, so a higher figure taken against musculoskeletal outpatients would count the same evidence twice.', { group: 'appendicitis-nausea' }),
      estimate('fever', { pos: 3, neg: 0.7 }, 'low-grade fever is common in appendicitis and uncommon in musculoskeletal outpatients.', ['signsEvidence']),
      estimate('pain-lower-abdomen', { pos: 8, neg: 0.2 }, 'abdominal pain is usual in appendicitis, but a retrocaecal appendix can present as flank, hip or groin pain instead, so Sn is taken as 0.8 (not 0.95); present in about 10% of hip, groin and back patients (team assumption): LR+ 0.8/0.1 = 8, LR− 0.2/1 ≈ 0.2. Counted as absent only when the pain map is marked complete.', ['signsEvidence'], { group: 'appendicitis-abdomen' }),
    ],
    action: 'Emergency surgical assessment today; nothing by mouth until seen.',
    sources: ['ahn2016', 'wagner1996', 'getthediagnosis', 'signsEvidence', 'icd10cm'],
    serious: true,
  },
  {
    id: 'iliopsoas-haematoma',
    name: 'Iliopsoas haematoma',
    aliases: ['Retroperitoneal haematoma', 'Psoas haematoma', 'Iliopsoas haemorrhage'],
    icd10: 'K68.3',
    icd10Note:
      'Retroperitoneal haematoma, non-traumatic; S39.03XA traumatic; add the anticoagulant adverse-effect code (T45.515-).',
    category: 'systemic',
    description:
      'Bleeding into the iliopsoas, mostly in people on anticoagulants: groin or thigh pain, a flexed hip and femoral nerve weakness. Mortality 22.9% in one series.',
    priors: {
      general: prior(0.0005, 'expert-estimate', ['decker2022'], 'Rare; team estimate.'),
      sports: prior(0.0002, 'expert-estimate', ['decker2022'], 'Rare; team estimate.'),
    },
    findings: [
      estimate('anticoagulants', { pos: 9.6, neg: 0.25 }, '77% of spontaneous iliopsoas haemorrhages were on anticoagulants (Decker 2022); about 8% of other outpatients are assumed to take them (team): 0.77/0.08 ≈ 9.6.', ['decker2022']),
      estimate('antiplatelets', { pos: 2 }, 'antiplatelets add bleeding risk, less than anticoagulants (team judgement).', ['decker2022']),
      estimate('bleeding-disorder', { pos: 10 }, 'iliopsoas bleeds are a recognised complication of haemophilia and other bleeding disorders; rare in other outpatients.', ['decker2022']),
      estimate('trauma', { pos: 2 }, 'a blow or forced hip extension can bleed into the iliacus in athletes.', ['consultant360']),
      estimate('hip-held-flexed', { pos: 10 }, 'a flexed hip (psoas irritation by blood) is uncommon in other outpatients.', ['decker2022'], { group: 'psoas-irritation' }),
      estimate('knee-extension-weak', { pos: 5 }, 'femoral neuropathy is a common presenting sign.', ['consultant360']),
      estimate('patellar-reflex-reduced', { pos: 3 }, 'femoral neuropathy.', ['consultant360']),
      estimate('swelling-mass', { pos: 4 }, 'a mass may be felt in the iliac fossa or groin.', [
        'consultant360',
      ]),
      estimate('sudden-onset', { pos: 2 }, 'acute onset.', ['consultant360']),
      estimate('pain-groin', { pos: 1.5 }, 'groin or thigh pain.', ['decker2022']),
    ],
    action:
      'Emergency referral: full blood count, clotting and contrast CT. No heat, massage, stretching, needling or NSAIDs.',
    sources: ['decker2022', 'consultant360', 'icd10cm'],
    serious: true,
  },
  {
    id: 'femoral-neck-stress-fracture',
    name: 'Femoral neck stress fracture',
    aliases: ['Femoral stress fracture', 'Hip stress fracture'],
    icd10: 'M84.35-',
    icd10Note:
      'Stress fracture, pelvis and femur: M84.351A right femur, M84.352A left femur (WHO M84.3).',
    category: 'bone',
    description:
      'A fatigue fracture of the femoral neck in endurance runners and recruits: insidious, exercise-related groin pain eased by rest. Radiographs are often normal early; missing it risks displacement.',
    priors: {
      general: prior(0.002, 'expert-estimate', ['robertson2017'], 'About 3% of sport-related stress fractures; team estimate for this setting.'),
      sports: prior(0.01, 'expert-estimate', ['robertson2017'], 'Team estimate for a sports clinic.'),
    },
    findings: [
      estimate('endurance-or-military', { pos: 4, neg: 0.3 }, 'endurance runners and military recruits are the at-risk groups.', ['robertson2017']),
      estimate('hop-test', { pos: 4, neg: 0.3 }, 'no accuracy figure found; pain on hopping is the usual screen (Sn taken as 0.8, painful in 20% of others).', ['robertson2017'], { group: 'fracture-screen' }),
      estimate('fulcrum-test', { pos: 2 }, 'figures exist only for femoral shaft stress fracture (Sn 88–93%, n=7 and 6); applied here as the nearest evidence.', ['reiman2013'], { group: 'fracture-screen' }),
      estimate('patellar-pubic-percussion', { pos: 2 }, 'validated for hip fracture, not stress fracture.', ['reiman2013'], { group: 'fracture-screen' }),
      estimate('worse-impact', { pos: 2.5, neg: 0.4 }, 'pain with impact.', ['robertson2017']),
      estimate('training-increase', { pos: 2 }, 'load error.', ['robertson2017']),
      estimate('night-pain', { pos: 1.5 }, 'night pain with a stress fracture.', ['robertson2017']),
    ],
    action:
      'Stop running and impact; crutches until imaged; urgent MRI within 24–48 hours (radiographs are often normal early).',
    sources: ['robertson2017', 'jbjs2018', 'reiman2013', 'icd10cm'],
    serious: true,
  },
  {
    id: 'hip-fracture',
    name: 'Hip fracture',
    aliases: ['Fractured neck of femur', 'Femoral neck fracture', 'Fracture'],
    icd10: 'S72.0-',
    icd10Note:
      'Fracture of head and neck of femur (WHO S72.0); the subcode is not verified against the ICD-10-CM tabular list.',
    category: 'bone',
    description:
      'A fracture of the proximal femur after a fall or minor trauma, especially in older people or with osteoporosis or long-term steroids: cannot bear weight.',
    priors: {
      general: prior(0.005, 'expert-estimate', ['downie2013'], 'Team estimate when age is not recorded.'),
      sports: prior(0.002, 'expert-estimate', ['downie2013'], 'Team estimate when age is not recorded.'),
    },
    priorsByAge: [
      ageBand(65, 121, 'age 65 or over', { general: 0.01, sports: 0.005 }, 'Team estimate: hip fracture is a disease of older people (NICE CG124).', ['nice2011hip']),
      ageBand(50, 65, 'age 50–64', { general: 0.002, sports: 0.001 }, 'Team estimate between the age bands either side.', ['downie2013']),
      ageBand(0, 50, 'age under 50', { general: 0.0005, sports: 0.0003 }, 'Team estimate: below 50 a hip fracture needs high-energy trauma.', ['downie2013']),
    ],
    findings: [
      published('patellar-pubic-percussion', { pos: 6.11, neg: 0.07 }, ['reiman2013'], 'Pooled Sn 95%, Sp 86%.', { group: 'fracture-screen' }),
      estimate('cannot-bear-weight', { pos: 5, neg: 0.3 }, 'fracture post-test probability 11% after severe trauma and 90% with multiple flags (Downie 2013).', ['downie2013']),
      estimate('trauma', { pos: 3, neg: 0.3 }, 'a fall or injury.', ['downie2013']),
      estimate('age-over-70', { pos: 2 }, 'one of three informative fracture flags (Henschke 2009).', ['henschke2009']),
      estimate('steroids-osteoporosis', { pos: 3 }, 'fracture post-test probability 33% (Downie 2013).', ['downie2013']),
    ],
    action:
      'Emergency department today for radiographs, and MRI if they are normal and suspicion remains; non-weight-bearing until imaged.',
    sources: ['reiman2013', 'downie2013', 'henschke2009', 'nice2011hip'],
    serious: true,
  },
  {
    id: 'bone-malignancy',
    name: 'Malignancy or bone metastasis',
    aliases: ['Bone metastasis', 'Spinal malignancy', 'Cancer'],
    icd10: 'C79.51',
    icd10Note: 'Secondary malignant neoplasm of bone (WHO C79.5).',
    snomed: '94222008',
    category: 'bone',
    description:
      'Cancer in the spine, pelvis or proximal femur: a history of cancer, age 50 or over, night pain, weight loss and failure to improve.',
    priors: {
      general: prior(0.0066, 'published', ['deyo1988'], 'Cancer in 0.66% of walk-in back-pain patients (Deyo 1988); 0% of 1,172 in Henschke 2009.'),
      sports: prior(0.001, 'expert-estimate', ['team'], 'Team estimate for a younger population.'),
    },
    findings: [
      secondary('cancer-history', { pos: 15.5, neg: 0.7 }, ['deyo1988', 'downie2013'], "Deyo & Diehl 1988: 1,975 walk-in patients with back pain, 13 (0.66%) with cancer; a previous history of cancer was significantly associated with it. Sn 0.31, Sp 0.98 as reported from the paper (the table itself was not reached to check; 0.31 matches 4 of the 13): LR+ = 0.31/0.02 = 15.5, LR− = 0.69/0.98 = 0.70. Downie 2013's post-test probability of 33% after a history of cancer comes from higher-prevalence settings and is not combined with Deyo's primary-care base rate."),
      estimate('weight-loss', { pos: 2.5, neg: 0.9 }, 'not an independent predictor in Deyo 1988, used as a trigger by Joines.', ['deyo1988', 'joines2001']),
      estimate('night-pain-unrelieved', { pos: 2, neg: 0.8 }, 'diagnostic accuracy not established.', ['finucane2020']),
      estimate('age-over-50', { pos: 2, neg: 0.5 }, 'age 50 or over is associated with cancer (Deyo 1988).', ['deyo1988']),
      estimate('not-improving', { pos: 2 }, 'failure to improve.', ['deyo1988']),
    ],
    action:
      'Urgent referral to the doctor for assessment, bloods and MRI; no manipulation or firm pressure over the spine or pelvis.',
    sources: ['deyo1988', 'downie2013', 'henschke2009', 'joines2001', 'icd10cm'],
    serious: true,
  },
  {
    id: 'cauda-equina',
    name: 'Cauda equina syndrome',
    aliases: ['CES'],
    icd10: 'G83.4',
    snomed: '192970008',
    category: 'spinal',
    description:
      'Compression of the lumbosacral nerve roots: saddle numbness, bladder or bowel change, leg symptoms on both sides. A surgical emergency.',
    priors: {
      general: prior(0.0004, 'published', ['dionne2019'], 'Estimated 0.04% of people with low back pain (conference abstract).'),
      sports: prior(0.0002, 'expert-estimate', ['dionne2019'], 'Halved for a younger population; team estimate.'),
    },
    findings: [
      estimate('saddle-anaesthesia', { pos: 50, neg: 0.4 }, 'Sn 0.6 for altered perianal sensation (AJEM series). That series gives Sp 0.67 among patients already suspected of CES (LR+ 1.8); in unselected back-pain outpatients saddle numbness is far rarer (taken as 1.2%), so 0.6/0.012 = 50.', ['ajem2019', 'dionne2019']),
      estimate('bladder-bowel-change', { pos: 15, neg: 0.3 }, 'Sn 0.72 for bladder dysfunction (AJEM series, Sp 0.36 among suspected CES); taken as present in 5% of other outpatients.', ['ajem2019', 'dionne2019']),
      estimate('bilateral-leg-symptoms', { pos: 3, neg: 0.6 }, 'Sn 0.6, Sp 0.7 in suspected CES (LR+ 2.0); somewhat rarer in unselected outpatients.', ['ajem2019']),
      estimate('progressive-weakness', { pos: 2 }, 'progressive deficit.', ['nice2016lbp']),
    ],
    action: 'Emergency referral today for MRI and surgical assessment.',
    sources: ['dionne2019', 'ajem2019', 'bestbets', 'icd10cm'],
    serious: true,
  },
] as const satisfies readonly ConditionDef<SourceId, FactId>[];
