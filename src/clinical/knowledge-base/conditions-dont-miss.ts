import type { FactId } from './facts.ts';
import { ageBand, CANNOT_APPLY, estimate, prior, published } from './provenance.ts';
import type { SourceId } from './sources.ts';
import type { ConditionDef } from './types.ts';

/**
 * Causes of hip, groin and back pain that a musculoskeletal clinic must not miss: infection, bone
 * that is breaking or dying, children's hip disease, and the vascular, urological, gynaecological
 * and surgical mimics. Most have no accuracy study for the findings a physiotherapist records, so
 * most figures are the team's estimates and say so; where a published figure exists it is used.
 *
 * Priors depend on age (and sex where a condition needs one): `priors` is the age-unknown figure,
 * kept cautious, and `priorsByAge` replaces it once an age is recorded. A prior of 1 in 10⁶ stands
 * for "cannot apply" (CANNOT_APPLY: a testis in a patient recorded female, an open growth plate at
 * 40): never 0, so the arithmetic stays defined, and the band's label says why.
 */

export const DONT_MISS_CONDITIONS = [
  {
    id: 'septic-arthritis-hip',
    name: 'Septic arthritis of the hip',
    aliases: ['Septic hip', 'Pyogenic arthritis of the hip', 'Infected hip joint'],
    icd10: 'M00.9',
    icd10Note: 'Pyogenic arthritis, unspecified; of the hip by organism: M00.05- staphylococcal, M00.85- other bacteria (WHO M00).',
    category: 'joint',
    description:
      'Bacterial infection of the hip joint: a hot, irritable hip that the patient will not move or bear weight on, usually with fever. Commonest in young children and in older adults with diabetes, rheumatoid arthritis, a prosthesis or recent joint surgery. Cartilage can be destroyed within days.',
    priors: {
      general: prior(0.001, 'expert-estimate', ['kocher1999', 'margaretten2007'], 'Team estimate for hip or groin pain of unknown age in a musculoskeletal clinic.'),
      sports: prior(0.0003, 'expert-estimate', ['kocher1999'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [
      ageBand(0, 16, 'age under 16', { general: 0.01, sports: 0.003 }, 'Team estimate: in a child with an irritable hip, transient synovitis is far commoner than septic arthritis (Kocher 1999 compared the two).', ['kocher1999']),
      ageBand(80, 121, 'age 80 or over', { general: 0.003, sports: 0.003 }, 'Team estimate; age over 80 raised the likelihood of septic arthritis (LR 3.5) among adults with a painful joint (Margaretten 2007).', ['margaretten2007']),
    ],
    findings: [
      estimate('fever', { pos: 3, neg: 0.4 }, 'temperature over 38.5 °C is one of the four Kocher predictors; fever was present in only 57% of adults with septic arthritis (Margaretten 2007), so its absence does not exclude it.', ['kocher1999', 'margaretten2007']),
      estimate('non-weight-bearing', { pos: 4, neg: 0.3 }, 'refusing to bear weight is one of the four Kocher predictors in children; with all four the probability was 99.6% and with none 0.2% (Kocher 1999), figures for the combined rule, not for this finding alone.', ['kocher1999']),
      estimate('hip-held-flexed', { pos: 3 }, 'an infected joint is held in the position of greatest capsular volume (flexion, abduction, external rotation).', ['margaretten2007']),
      estimate('redness-warmth', { pos: 3 }, 'a hot joint; the hip is deep, so warmth is often absent.', ['margaretten2007']),
      published('recent-surgery', { pos: 6.9 }, ['margaretten2007'], 'Recent joint surgery, LR 6.9 among adults with a painful joint (Margaretten 2007); this item also covers spine surgery.'),
      published('hip-prosthesis', { pos: 3.1 }, ['margaretten2007'], 'Hip or knee prosthesis, LR 3.1 (Margaretten 2007).'),
      published('diabetes-immunosuppression', { pos: 2.7 }, ['margaretten2007'], 'Diabetes, LR 2.7 among adults with a painful joint (Margaretten 2007); this item also covers immunosuppression.'),
      estimate('injected-drug-use', { pos: 3 }, 'injected drug use seeds joints with bacteria through the blood.', ['margaretten2007']),
    ],
    action:
      'Same-day emergency referral (paediatric or orthopaedic on-call for a child): white cell count, ESR, CRP, ultrasound and joint aspiration. Do not treat the hip locally or wait for a fever.',
    sources: ['kocher1999', 'caird2006', 'margaretten2007', 'icd10cm'],
    serious: true,
  },
  {
    id: 'avascular-necrosis-hip',
    name: 'Avascular necrosis of the femoral head',
    aliases: ['Osteonecrosis of the femoral head', 'AVN', 'Femoral head osteonecrosis'],
    icd10: 'M87.05-',
    icd10Note: 'Idiopathic aseptic necrosis of femur (M87.051 right, M87.052 left); due to drugs M87.15-, other secondary M87.35- (WHO M87).',
    category: 'bone',
    description:
      'Death of bone in the femoral head from a lost blood supply, mostly at 30–50 with long-term corticosteroids, alcohol excess or sickle cell disease: deep groin pain, painful internal rotation, later a limp. Radiographs are normal early; the head collapses if it is missed.',
    priors: {
      general: prior(0.003, 'expert-estimate', ['mont2015'], 'Team estimate for a musculoskeletal clinic.'),
      sports: prior(0.001, 'expert-estimate', ['mont2015'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [ageBand(0, 16, 'age under 16', { general: 0.0005, sports: 0.0003 }, 'Team estimate: in children, femoral head necrosis is Perthes disease, listed separately.', ['perry2011'])],
    findings: [
      estimate('steroids-osteoporosis', { pos: 4 }, 'corticosteroid use is the commonest non-traumatic cause (Mont 2015); this item also covers osteoporosis.', ['mont2015']),
      estimate('alcohol-excess', { pos: 3 }, 'alcohol excess is a leading risk factor (Mont 2015).', ['mont2015']),
      estimate('sickle-cell', { pos: 5 }, 'sickle cell disease is a leading risk factor (Mont 2015).', ['mont2015']),
      estimate('pain-on-ir', { pos: 1.5, neg: 0.7 }, 'deep groin pain on internal rotation, as in other intra-articular hip disease.', ['mont2015']),
      estimate('pain-groin', { pos: 1.5 }, 'groin pain is the usual presentation.', ['mont2015']),
      estimate('night-pain', { pos: 1.5 }, 'rest and night pain are described.', ['mont2015']),
    ],
    action:
      'Refer to the doctor within days for MRI of both hips (radiographs are normal early, and it is often bilateral); avoid impact and heavy loading until it is excluded.',
    sources: ['mont2015', 'icd10cm'],
    serious: true,
  },
  {
    id: 'slipped-capital-femoral-epiphysis',
    name: 'Slipped capital femoral epiphysis',
    aliases: ['SCFE', 'Slipped upper femoral epiphysis', 'SUFE'],
    icd10: 'M93.0-',
    icd10Note: 'Slipped upper femoral epiphysis (nontraumatic): M93.01- acute, M93.02- chronic, M93.03- acute on chronic (WHO M93.0).',
    category: 'bone',
    description:
      'The femoral head slips on its growth plate in a growing adolescent, often overweight: hip, thigh or only knee pain, a limp, and the thigh rolling outwards as the hip bends. An unstable slip (cannot bear weight) risks avascular necrosis; delay makes the slip worse.',
    priors: {
      general: prior(0.001, 'expert-estimate', ['lehmann2006'], 'Team estimate when age is not recorded.'),
      sports: prior(0.001, 'expert-estimate', ['lehmann2006'], 'Team estimate when age is not recorded.'),
    },
    priorsByAge: [
      ageBand(9, 17, 'age 9–16', { general: 0.02, sports: 0.01 }, 'Team estimate for a child of 9–16 with hip, thigh or knee pain; SCFE presents in early adolescence (Lehmann 2006; Peck 2017).', ['lehmann2006', 'peck2017']),
      ageBand(0, 9, 'age under 9', { general: 0.001, sports: 0.001 }, 'Team estimate: uncommon before 9 (Peck 2017).', ['peck2017']),
      ageBand(17, 121, 'age 17 or over (growth plate closed)', CANNOT_APPLY, 'The growth plate has closed: a new slip cannot occur (team judgement).', ['peck2017']),
    ],
    findings: [
      estimate('drehmann-sign', { pos: 5, neg: 0.4 }, 'obligatory external rotation on hip flexion is the classic sign (Peck 2017); no accuracy study found.', ['peck2017']),
      estimate('hip-ir-below-15', { pos: 3, neg: 0.5 }, 'loss of internal rotation is typical (Peck 2017).', ['peck2017']),
      estimate('overweight', { pos: 2.5 }, 'obesity is the main risk factor (Peck 2017).', ['peck2017']),
      estimate('pain-knee', { pos: 2 }, 'referred knee or thigh pain is a common presentation and a common cause of delay (Peck 2017).', ['peck2017']),
      estimate('antalgic-gait', { pos: 2, neg: 0.5 }, 'a limp is usual (Peck 2017).', ['peck2017']),
      estimate('non-weight-bearing', { pos: 2 }, 'an unstable slip cannot bear weight, even with crutches (Peck 2017).', ['peck2017']),
    ],
    action:
      'Same-day orthopaedic referral: radiographs of both hips, AP and frog-leg lateral; non-weight-bearing on crutches until seen. Do not stretch, mobilise or load the hip.',
    sources: ['peck2017', 'lehmann2006', 'icd10cm'],
    serious: true,
  },
  {
    id: 'perthes-disease',
    name: 'Perthes disease',
    aliases: ['Legg-Calvé-Perthes disease', 'Legg–Calvé–Perthes disease'],
    icd10: 'M91.1-',
    icd10Note: 'Juvenile osteochondrosis of head of femur (M91.11 right, M91.12 left) (WHO M91.1).',
    category: 'bone',
    description:
      'Avascular necrosis of the femoral head in a child, mostly boys of 4–8: a limp, intermittent hip, thigh or knee pain, and loss of internal rotation and abduction.',
    priors: {
      general: prior(0.0005, 'expert-estimate', ['perry2011'], 'Team estimate when age is not recorded.'),
      sports: prior(0.0003, 'expert-estimate', ['perry2011'], 'Team estimate when age is not recorded.'),
    },
    priorsByAge: [
      ageBand(2, 13, 'age 2–12', { general: 0.01, sports: 0.005 }, 'Team estimate for a child with a limp or hip pain; Perthes disease mostly presents at 4–8 (Perry & Hall 2011).', ['perry2011']),
      ageBand(13, 121, 'age 13 or over', CANNOT_APPLY, 'Perthes disease begins in childhood; after 12 a new case is very unlikely (team judgement informed by Perry & Hall 2011).', ['perry2011']),
    ],
    findings: [
      estimate('antalgic-gait', { pos: 3, neg: 0.3 }, 'a limp is the usual presenting complaint (Perry & Hall 2011).', ['perry2011']),
      estimate('hip-ir-below-15', { pos: 3, neg: 0.5 }, 'loss of internal rotation and abduction (Perry & Hall 2011).', ['perry2011']),
      estimate('pain-knee', { pos: 1.5 }, 'pain is often referred to the thigh or knee.', ['perry2011']),
      estimate('sex-male', { pos: 1.6, neg: 0.4 }, 'boys are affected about four times as often as girls (Perry & Hall 2011): about 0.8 of cases against 0.5 of other children, ≈ 1.6; girls 0.2/0.5 ≈ 0.4.', ['perry2011']),
    ],
    action:
      'Refer to a paediatric orthopaedic clinic (urgent, within days) for radiographs of both hips; avoid impact meanwhile.',
    sources: ['perry2011', 'icd10cm'],
    serious: true,
  },
  {
    id: 'apophyseal-avulsion',
    name: 'Apophyseal avulsion fracture of the pelvis',
    aliases: ['Pelvic avulsion fracture', 'ASIS avulsion', 'AIIS avulsion', 'Ischial tuberosity avulsion'],
    icd10: 'S32.31-',
    icd10Note: 'Avulsion fracture of ilium (ASIS, AIIS) S32.31-; of ischium S32.61-; lesser trochanter S72.12- (WHO S32.3, S32.6, S72.1).',
    category: 'bone',
    description:
      'A growth-plate attachment of a muscle pulled off the pelvis by a sudden sprint, kick or jump in an adolescent: a pop, sudden pain and tenderness over the ASIS (sartorius), AIIS (rectus femoris) or ischial tuberosity (hamstrings).',
    priors: {
      general: prior(0.002, 'expert-estimate', ['rossi2001'], 'Team estimate when age is not recorded.'),
      sports: prior(0.005, 'expert-estimate', ['rossi2001'], 'Team estimate when age is not recorded.'),
    },
    priorsByAge: [
      ageBand(11, 19, 'age 11–18', { general: 0.01, sports: 0.05 }, 'Team estimate; 203 avulsions were found among adolescent competitive athletes imaged for pelvic pain (Rossi & Dragoni 2001).', ['rossi2001']),
      ageBand(25, 121, 'age 25 or over (apophyses fused)', CANNOT_APPLY, 'The apophyses have fused: avulsion is then rare (team judgement).', ['rossi2001']),
    ],
    findings: [
      estimate('sudden-onset', { pos: 3, neg: 0.2 }, 'a single violent contraction is the mechanism (Rossi & Dragoni 2001).', ['rossi2001']),
      estimate('apophysis-tender', { pos: 5, neg: 0.3 }, 'point tenderness over the apophysis; no accuracy study found.', ['rossi2001']),
      estimate('kicking-sport', { pos: 2 }, 'football, gymnastics and sprinting dominated the series (Rossi & Dragoni 2001).', ['rossi2001']),
      estimate('antalgic-gait', { pos: 1.5 }, 'a limp after the injury.', ['rossi2001']),
    ],
    action:
      'Refer for a pelvic radiograph; stop sprinting and kicking, crutches if walking hurts; orthopaedic opinion if the fragment is displaced. Do not stretch the attached muscle early.',
    sources: ['rossi2001', 'icd10cm'],
    serious: false,
  },
  {
    id: 'pelvic-insufficiency-fracture',
    name: 'Pubic ramus or sacral insufficiency fracture',
    aliases: ['Pelvic insufficiency fracture', 'Pubic ramus fracture', 'Sacral insufficiency fracture', 'Fragility fracture of the pelvis'],
    icd10: 'M84.350',
    icd10Note: 'Stress fracture, pelvis (M84.350A); with osteoporosis, age-related osteoporosis with current pathological fracture (M80.0-) (WHO M84.3, M80).',
    category: 'bone',
    description:
      'A fracture of weakened bone after a minor fall or none: groin, buttock or low back pain in an older person, often with osteoporosis or long-term steroids, who can usually still walk. Radiographs often miss sacral fractures.',
    priors: {
      general: prior(0.003, 'expert-estimate', ['rommens2013'], 'Team estimate when age is not recorded.'),
      sports: prior(0.0005, 'expert-estimate', ['rommens2013'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [
      ageBand(70, 121, 'age 70 or over', { general: 0.02, sports: 0.005 }, 'Team estimate: fragility fractures of the pelvis are a disease of older people (Rommens & Hofmann 2013).', ['rommens2013']),
      ageBand(0, 50, 'age under 50', { general: 0.0003, sports: 0.0001 }, 'Team estimate: uncommon before 50 without bone disease.', ['rommens2013']),
    ],
    findings: [
      estimate('steroids-osteoporosis', { pos: 4 }, 'osteoporosis is the underlying cause (Rommens & Hofmann 2013).', ['rommens2013']),
      estimate('trauma', { pos: 2 }, 'often a low-energy fall, sometimes none (Rommens & Hofmann 2013).', ['rommens2013']),
      estimate('pubic-symphysis-tender', { pos: 2 }, 'tenderness over the pubic ramus.', ['rommens2013']),
      estimate('worse-walking', { pos: 1.5 }, 'pain on walking and standing.', ['rommens2013']),
      estimate('cannot-bear-weight', { pos: 2 }, 'some cannot walk; many can.', ['rommens2013']),
    ],
    action:
      'Refer to the doctor within 24–48 hours for radiographs, then CT or MRI if they are normal; walking aid meanwhile, no manipulation or impact; bone health assessment afterwards.',
    sources: ['rommens2013', 'icd10cm'],
    serious: true,
  },
  {
    id: 'impacted-femoral-neck-fracture',
    name: 'Femoral neck fracture after a fall (impacted, still walking)',
    aliases: ['Impacted hip fracture', 'Occult hip fracture', 'Impacted femoral neck fracture'],
    icd10: 'S72.0-',
    icd10Note: 'Fracture of head and neck of femur (WHO S72.0); the ICD-10-CM subcodes name the site and displacement.',
    category: 'bone',
    description:
      'A fracture of the femoral neck whose ends are driven together, so the patient can still walk, often with only groin or knee pain after a fall. It can displace if loaded; radiographs can miss it.',
    priors: {
      general: prior(0.003, 'expert-estimate', ['nice2011hip'], 'Team estimate when age is not recorded.'),
      sports: prior(0.0005, 'expert-estimate', ['nice2011hip'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [
      ageBand(65, 121, 'age 65 or over', { general: 0.01, sports: 0.003 }, 'Team estimate for an older adult with hip or groin pain; hip fracture is a disease of older people (NICE CG124).', ['nice2011hip']),
      ageBand(0, 50, 'age under 50', { general: 0.0002, sports: 0.0001 }, 'Team estimate: needs high-energy trauma below 50.', ['nice2011hip']),
    ],
    findings: [
      estimate('trauma', { pos: 4, neg: 0.1 }, 'almost all follow a fall (team judgement); LR− kept at 0.1 because some patients do not recall one.', ['nice2011hip']),
      published('patellar-pubic-percussion', { pos: 6.11, neg: 0.07 }, ['reiman2013'], 'Pooled Sn 95%, Sp 86% for hip fracture (Reiman 2013).', { group: 'fracture-screen' }),
      estimate('log-roll', { pos: 2 }, 'pain on rolling the leg; no accuracy study for fracture found.', ['team'], { group: 'fracture-screen' }),
      estimate('pain-on-ir', { pos: 2 }, 'pain at the end of internal rotation.', ['team'], { group: 'fracture-screen' }),
      estimate('antalgic-gait', { pos: 2 }, 'a limp; the patient can still walk.', ['nice2011hip']),
      estimate('steroids-osteoporosis', { pos: 2.5 }, 'fragile bone.', ['downie2013']),
    ],
    action:
      'Send to the emergency department today for hip radiographs, and MRI if they are normal and a fracture is still suspected (NICE CG124); walking aid or non-weight-bearing until imaged.',
    sources: ['nice2011hip', 'reiman2013', 'downie2013', 'icd10cm'],
    serious: true,
  },
  {
    id: 'abdominal-aortic-aneurysm',
    name: 'Abdominal aortic aneurysm',
    aliases: ['AAA', 'Aortic aneurysm'],
    icd10: 'I71.4',
    icd10Note: 'WHO I71.4 without rupture, I71.3 ruptured; ICD-10-CM FY2023 subdivides these (I71.40–I71.43, I71.30–I71.33).',
    category: 'visceral',
    description:
      'A widened abdominal aorta, mostly in men over 65 who smoke or smoked. Expansion or rupture causes back, flank, abdominal or groin pain, sometimes with collapse; rupture is usually fatal without surgery.',
    priors: {
      general: prior(0.001, 'expert-estimate', ['nice2020aaa'], 'Team estimate when age and sex are not recorded.'),
      sports: prior(0.0001, 'expert-estimate', ['nice2020aaa'], 'Team estimate for a younger sports population.'),
    },
    priorsByAge: [
      ageBand(65, 121, 'men 65 or over', { general: 0.01, sports: 0.005 }, 'Team estimate; men are screened from 65 (NICE NG156).', ['nice2020aaa'], 'male'),
      ageBand(65, 121, 'age 65 or over', { general: 0.003, sports: 0.001 }, 'Team estimate; aneurysm is less common in women, who are not screened (NICE NG156).', ['nice2020aaa']),
      ageBand(0, 50, 'age under 50', { general: 0.00005, sports: 0.00002 }, 'Team estimate: rare under 50 without a connective-tissue disease.', ['nice2020aaa']),
    ],
    findings: [
      published('pulsatile-abdominal-mass', { pos: 12, neg: 0.72 }, ['lederle1999'], 'Abdominal palpation for an aneurysm of 3 cm or more: LR+ 12.0, LR− 0.72 (Lederle & Simel 1999, pooled screening studies); palpation misses many small aneurysms, more in obese patients.'),
      estimate('smoking', { pos: 2.5 }, 'smoking is the main modifiable risk factor (NICE NG156).', ['nice2020aaa']),
      estimate('collapse-faint', { pos: 5 }, 'collapse with back or abdominal pain suggests rupture.', ['nice2020aaa']),
      estimate('flank-pain', { pos: 2 }, 'expansion can cause flank or back pain that mimics renal colic.', ['nice2020aaa']),
      estimate('cardiovascular-disease', { pos: 1.5 }, 'shares risk factors with other vascular disease.', ['nice2020aaa']),
    ],
    action:
      'Pain with a pulsatile mass, or collapse: emergency (call an ambulance) for possible rupture. A pulsatile mass without pain: ask the doctor to arrange aortic ultrasound (NICE NG156). No deep abdominal pressure or psoas palpation.',
    sources: ['lederle1999', 'nice2020aaa', 'icd10cm'],
    serious: true,
  },
  {
    id: 'renal-colic',
    name: 'Renal or ureteric colic',
    aliases: ['Kidney stone', 'Ureteric stone', 'Urolithiasis'],
    icd10: 'N23',
    icd10Note: 'Unspecified renal colic; calculus of kidney and ureter N20.- (WHO N23, N20).',
    category: 'visceral',
    description:
      'A stone passing down the ureter: severe colicky flank pain moving to the groin or genitals, nausea, blood in the urine; the patient cannot keep still. With fever it is an infected obstructed kidney, an emergency.',
    priors: {
      general: prior(0.003, 'expert-estimate', ['nice2019stones'], 'Team estimate for a musculoskeletal clinic.'),
      sports: prior(0.001, 'expert-estimate', ['nice2019stones'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [ageBand(0, 16, 'age under 16', { general: 0.0005, sports: 0.0003 }, 'Team estimate: stones are uncommon in children.', ['nice2019stones'])],
    findings: [
      estimate('colicky-pain', { pos: 5, neg: 0.3 }, 'colicky pain that comes in waves is the typical pattern (NICE NG118).', ['nice2019stones']),
      estimate('flank-pain', { pos: 4, neg: 0.3 }, 'flank pain radiating to the groin (NICE NG118).', ['nice2019stones']),
      estimate('haematuria', { pos: 2.5, neg: 0.4 }, 'blood in the urine is part of the STONE score (Moore 2014); its absence does not exclude a stone.', ['moore2014']),
      estimate('anorexia-vomiting', { pos: 2 }, 'nausea or vomiting is part of the STONE score (Moore 2014).', ['moore2014']),
      estimate('sudden-onset', { pos: 2 }, 'onset within hours is part of the STONE score (Moore 2014).', ['moore2014']),
      estimate('sex-male', { pos: 1.3, neg: 0.7 }, 'male sex scores in the STONE score (Moore 2014).', ['moore2014']),
    ],
    action:
      'Same-day GP or emergency review (NICE NG118): analgesia and low-dose non-contrast CT within 24 hours; emergency if there is fever, a single kidney or uncontrolled pain. Over 60 with new flank pain, an aortic aneurysm must be excluded first.',
    sources: ['nice2019stones', 'moore2014', 'icd10cm'],
    serious: true,
  },
  {
    id: 'testicular-torsion',
    name: 'Testicular torsion',
    aliases: ['Torsion of the testis', 'Spermatic cord torsion'],
    icd10: 'N44.00',
    icd10Note: 'Torsion of testis, unspecified (N44.01 extravaginal, N44.02 intravaginal) (WHO N44).',
    category: 'visceral',
    description:
      'The testis twists on its cord and loses its blood supply, mostly in boys and young men: sudden testicular pain, sometimes felt only in the groin or lower abdomen, with nausea or vomiting. The chance of saving the testis falls within hours.',
    priors: {
      general: prior(0.0003, 'expert-estimate', ['barbosa2013'], 'Team estimate when age and sex are not recorded.'),
      sports: prior(0.0003, 'expert-estimate', ['barbosa2013'], 'Team estimate when age and sex are not recorded.'),
    },
    priorsByAge: [
      ageBand(0, 121, 'recorded female', CANNOT_APPLY, 'No testes (team judgement; record the sex at birth or anatomy that applies).', ['team'], 'female'),
      ageBand(0, 26, 'males under 26', { general: 0.003, sports: 0.003 }, 'Team estimate: torsion is mostly a condition of boys and young men (Barbosa 2013 studied children).', ['barbosa2013'], 'male'),
      ageBand(26, 121, 'males 26 or over', { general: 0.0002, sports: 0.0002 }, 'Team estimate: uncommon after 25.', ['barbosa2013'], 'male'),
    ],
    findings: [
      estimate('scrotal-pain', { pos: 20, neg: 0.1 }, 'testicular pain or swelling is near-universal in torsion and rare in hip and groin outpatients (team assumption), so this estimate is above the usual cap of 5; some boys report only groin or abdominal pain, so its absence does not exclude it.', ['barbosa2013']),
      estimate('sudden-onset', { pos: 3, neg: 0.3 }, 'sudden onset.', ['barbosa2013']),
      estimate('anorexia-vomiting', { pos: 3 }, 'nausea or vomiting is part of the TWIST score (Barbosa 2013).', ['barbosa2013']),
    ],
    action:
      'Emergency: send to the emergency department now for surgical assessment; do not wait for a scan. Ask about and examine for testicular pain in any boy or young man with sudden groin or lower abdominal pain.',
    sources: ['barbosa2013', 'icd10cm'],
    serious: true,
  },
  {
    id: 'ovarian-torsion',
    name: 'Ovarian torsion',
    aliases: ['Adnexal torsion', 'Torsion of the ovary'],
    icd10: 'N83.5-',
    icd10Note: 'Torsion of ovary, ovarian pedicle and fallopian tube (ICD-10-CM N83.51- ovary, N83.52- tube, N83.53 both) (WHO N83.5).',
    category: 'visceral',
    description:
      'An ovary, usually enlarged by a cyst, twists on its pedicle: sudden severe one-sided lower abdominal or pelvic pain, often radiating to the groin, with nausea or vomiting.',
    priors: {
      general: prior(0.0003, 'expert-estimate', ['huchon2010'], 'Team estimate when age and sex are not recorded.'),
      sports: prior(0.0003, 'expert-estimate', ['huchon2010'], 'Team estimate when age and sex are not recorded.'),
    },
    priorsByAge: [
      ageBand(0, 121, 'recorded male', CANNOT_APPLY, 'No ovaries (team judgement; record the sex at birth or anatomy that applies).', ['team'], 'male'),
      ageBand(10, 56, 'females 10–55', { general: 0.002, sports: 0.002 }, 'Team estimate: mostly in the reproductive years (Huchon & Fauconnier 2010).', ['huchon2010'], 'female'),
    ],
    findings: [
      estimate('pain-lower-abdomen', { pos: 3, neg: 0.1 }, 'lower abdominal or pelvic pain is the presenting symptom (Huchon & Fauconnier 2010).', ['huchon2010']),
      estimate('sudden-onset', { pos: 3, neg: 0.4 }, 'sudden onset (Huchon & Fauconnier 2010).', ['huchon2010']),
      estimate('anorexia-vomiting', { pos: 3, neg: 0.5 }, 'nausea or vomiting is common (Huchon & Fauconnier 2010).', ['huchon2010']),
    ],
    action: 'Emergency gynaecology or emergency department assessment today (ultrasound with Doppler; surgery saves the ovary).',
    sources: ['huchon2010', 'icd10cm'],
    serious: true,
  },
  {
    id: 'ectopic-pregnancy',
    name: 'Ectopic pregnancy',
    aliases: ['Tubal pregnancy'],
    icd10: 'O00.9',
    icd10Note: 'Ectopic pregnancy, unspecified; tubal O00.1- (WHO O00).',
    category: 'visceral',
    description:
      'A pregnancy outside the uterus, usually in a tube: lower abdominal or pelvic pain, sometimes only groin or shoulder-tip pain, with or without bleeding, from about 6 weeks after the last period. Rupture causes collapse. Atypical presentations are common.',
    priors: {
      general: prior(0.0005, 'expert-estimate', ['nice2019ectopic'], 'Team estimate when age and sex are not recorded.'),
      sports: prior(0.0003, 'expert-estimate', ['nice2019ectopic'], 'Team estimate when age and sex are not recorded.'),
    },
    priorsByAge: [
      ageBand(0, 121, 'recorded male', CANNOT_APPLY, 'Cannot be pregnant (team judgement; record the sex at birth or anatomy that applies).', ['team'], 'male'),
      ageBand(12, 56, 'females 12–55', { general: 0.002, sports: 0.001 }, 'Team estimate for the reproductive years; NICE NG126 asks for a pregnancy test in anyone of reproductive age with abdominal or pelvic pain.', ['nice2019ectopic'], 'female'),
      ageBand(56, 121, 'age 56 or over', CANNOT_APPLY, 'After the menopause a pregnancy is not possible without treatment (team judgement).', ['team']),
    ],
    findings: [
      estimate('could-be-pregnant', { pos: 10, neg: 0.05 }, 'an ectopic needs a pregnancy: "cannot be pregnant" makes it very unlikely, but not impossible, because people can be pregnant without knowing it; hence a pregnancy test (NICE NG126).', ['nice2019ectopic'], { group: 'pregnancy' }),
      estimate('pregnancy', { pos: 10 }, 'a known early pregnancy.', ['nice2019ectopic'], { group: 'pregnancy' }),
      estimate('pain-lower-abdomen', { pos: 3, neg: 0.2 }, 'abdominal or pelvic pain is the commonest symptom (NICE NG126).', ['nice2019ectopic']),
      estimate('vaginal-bleeding', { pos: 4 }, 'vaginal bleeding with pain (NICE NG126).', ['nice2019ectopic']),
      estimate('collapse-faint', { pos: 5 }, 'dizziness or collapse suggests rupture (NICE NG126).', ['nice2019ectopic']),
    ],
    action:
      'Urine pregnancy test today for anyone who could be pregnant with abdominal, pelvic or groin pain (NICE NG126); if positive, same-day early pregnancy assessment; collapse, shoulder-tip pain or heavy bleeding: emergency.',
    sources: ['nice2019ectopic', 'icd10cm'],
    serious: true,
  },
  {
    id: 'incarcerated-groin-hernia',
    name: 'Incarcerated or strangulated inguinal or femoral hernia',
    aliases: ['Strangulated hernia', 'Incarcerated hernia', 'Irreducible hernia'],
    icd10: 'K40.3-',
    icd10Note: 'Unilateral inguinal hernia with obstruction, without gangrene K40.30/K40.31; with gangrene K40.4-; femoral K41.3-/K41.4- (WHO K40.3, K40.4, K41.3, K41.4).',
    category: 'visceral',
    description:
      'A hernia that will not go back: a tender, tense groin lump, sometimes with vomiting and colicky abdominal pain (bowel obstruction). Strangulation cuts off the blood supply of the bowel. Femoral hernias, commoner in older women, strangulate most often and are easily missed.',
    priors: {
      general: prior(0.001, 'expert-estimate', ['herniasurge2018'], 'Team estimate.'),
      sports: prior(0.0003, 'expert-estimate', ['herniasurge2018'], 'Team estimate.'),
    },
    priorsByAge: [ageBand(65, 121, 'age 65 or over', { general: 0.003, sports: 0.001 }, 'Team estimate: emergency presentation is commoner in older patients (HerniaSurge 2018).', ['herniasurge2018'])],
    findings: [
      estimate('irreducible-groin-lump', { pos: 20, neg: 0.1 }, 'a tender lump that will not reduce is the defining sign (HerniaSurge 2018), rare in other groin pain, so this estimate is above the usual cap of 5; a small femoral hernia can be missed in obese patients.', ['herniasurge2018']),
      estimate('palpable-hernia', { pos: 3 }, 'a known hernia.', ['herniasurge2018']),
      estimate('anorexia-vomiting', { pos: 3 }, 'vomiting suggests bowel obstruction.', ['herniasurge2018']),
      estimate('redness-warmth', { pos: 2 }, 'red, hot skin over the lump suggests strangulation.', ['herniasurge2018']),
    ],
    action: 'Emergency surgical referral today; do not try to force it back; nothing to eat or drink until seen.',
    sources: ['herniasurge2018', 'icd10cm'],
    serious: true,
  },
  {
    id: 'spinal-infection',
    name: 'Spinal infection (discitis, vertebral osteomyelitis, epidural abscess)',
    aliases: ['Discitis', 'Vertebral osteomyelitis', 'Spinal epidural abscess', 'Spondylodiscitis'],
    icd10: 'M46.4-',
    icd10Note: 'Discitis, unspecified (M46.46 lumbar); vertebral osteomyelitis M46.2- (M46.26 lumbar); intraspinal abscess G06.1 (WHO M46.4, M46.2, G06.1).',
    category: 'spinal',
    description:
      'Infection of a disc, vertebra or the epidural space, after injected drug use, a spinal procedure, bacteraemia or immunosuppression: constant back pain, spinal tenderness, often no fever; an epidural abscess then causes weakness and numbness. It can seed a psoas abscess.',
    priors: {
      general: prior(0.0005, 'expert-estimate', ['berbari2015', 'davis2004'], 'Team estimate for back, hip or groin pain in a musculoskeletal clinic.'),
      sports: prior(0.0001, 'expert-estimate', ['berbari2015'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [ageBand(50, 121, 'age 50 or over', { general: 0.001, sports: 0.0003 }, 'Team estimate: vertebral osteomyelitis is commoner with age (Berbari 2015).', ['berbari2015'])],
    findings: [
      estimate('fever', { pos: 4, neg: 0.5 }, 'fever is often absent: the classic triad of back pain, fever and neurological deficit is present in a minority of spinal epidural abscesses (Davis 2004).', ['davis2004']),
      estimate('injected-drug-use', { pos: 4 }, 'a leading risk factor (Davis 2004).', ['davis2004']),
      estimate('recent-surgery', { pos: 3 }, 'a recent spinal procedure (Berbari 2015).', ['berbari2015']),
      estimate('diabetes-immunosuppression', { pos: 2 }, 'diabetes and immunosuppression (Davis 2004).', ['davis2004']),
      estimate('lumbar-spine-tender', { pos: 2 }, 'focal spinal tenderness.', ['berbari2015']),
      estimate('night-pain-unrelieved', { pos: 2 }, 'constant pain not eased by rest.', ['berbari2015']),
      estimate('progressive-weakness', { pos: 3 }, 'a growing deficit suggests an epidural abscess (Davis 2004).', ['davis2004']),
    ],
    action:
      'Same-day medical referral: CRP, ESR, white cells and blood cultures, and MRI of the spine with contrast (IDSA 2015); emergency if any new weakness, numbness or bladder change.',
    sources: ['berbari2015', 'davis2004', 'umem', 'icd10cm'],
    serious: true,
  },
  {
    id: 'axial-spondyloarthritis',
    name: 'Axial spondyloarthritis',
    aliases: ['Ankylosing spondylitis', 'axSpA', 'Non-radiographic axial spondyloarthritis'],
    icd10: 'M45.9',
    icd10Note: 'Ankylosing spondylitis of unspecified sites (M45.6 lumbar, M45.8 sacral); ICD-10-CM FY2023 adds non-radiographic axial spondyloarthritis M45.A- (WHO M45).',
    category: 'systemic',
    description:
      'Inflammatory arthritis of the sacroiliac joints and spine, starting before 45: back or buttock pain for more than 3 months, stiff in the morning, better with exercise and not with rest, waking in the second half of the night. Often missed for years; a non-urgent rheumatology referral.',
    priors: {
      general: prior(0.01, 'expert-estimate', ['nice2017spa'], 'Team estimate for back, buttock and hip pain in a musculoskeletal clinic.'),
      sports: prior(0.005, 'expert-estimate', ['nice2017spa'], 'Team estimate for a sports clinic.'),
    },
    priorsByAge: [
      ageBand(16, 45, 'age 16–44', { general: 0.02, sports: 0.01 }, 'Team estimate: NICE NG65 suspects axial spondyloarthritis when back pain began before 45.', ['nice2017spa']),
      ageBand(45, 121, 'age 45 or over', { general: 0.002, sports: 0.002 }, 'Team estimate: new axial spondyloarthritis after 45 is uncommon; NICE NG65 suspects it when back pain began before 45.', ['nice2017spa']),
      ageBand(0, 16, 'age under 16', { general: 0.002, sports: 0.002 }, 'Team estimate: juvenile spondyloarthritis is uncommon and usually presents with enthesitis or peripheral arthritis first.', ['nice2017spa']),
    ],
    findings: [
      estimate('morning-stiffness-over-30', { pos: 2, neg: 0.6 }, 'morning stiffness is an inflammatory feature (NICE NG65).', ['nice2017spa'], { group: 'inflammatory-back-pain' }),
      estimate('wakes-second-half-night', { pos: 2.5 }, 'waking in the second half of the night is one of the NICE NG65 criteria.', ['nice2017spa'], { group: 'inflammatory-back-pain' }),
      estimate('eased-exercise', { pos: 2 }, 'better with movement is one of the NICE NG65 criteria.', ['nice2017spa'], { group: 'inflammatory-back-pain' }),
      estimate('family-history-spa', { pos: 3 }, 'a first-degree relative with spondyloarthritis is one of the NICE NG65 criteria.', ['nice2017spa']),
      estimate('spa-features', { pos: 3 }, 'psoriasis, inflammatory bowel disease, uveitis or enthesitis are NICE NG65 criteria.', ['nice2017spa']),
      estimate('chronic-duration', { pos: 1.5, neg: 0.5 }, 'NICE NG65 asks for back pain lasting more than 3 months.', ['nice2017spa']),
    ],
    action:
      'Non-urgent rheumatology referral (NICE NG65) when back pain began before 45, has lasted more than 3 months and has the inflammatory features; do not rely on HLA-B27 or CRP to exclude it.',
    sources: ['nice2017spa', 'sieper2009', 'icd10cm'],
    serious: false,
  },
] as const satisfies readonly ConditionDef<SourceId, FactId>[];
