import { choice, num, opts, test, text, yesNo } from './exam-item-builders.ts';
import type { SourceId } from './sources.ts';
import type { ExamItemDef } from './types.ts';

/**
 * Everything the examination can record, in DESIGN.md's sections. The form, the stored-record
 * schema and the engine all read this one table; ranges live here and nowhere else.
 */
export const EXAM_ITEMS = [
  // ── History and onset ──
  num('age', 'Age', 'history', { unit: 'years', min: 0, max: 120 }),
  choice('sex', 'Sex', 'history', opts(['female', 'Female'], ['male', 'Male']), {
    howTo:
      'Filled in from the patient record when known; it sets the starting probability of conditions that affect one sex (testicular or ovarian torsion, ectopic pregnancy).',
  }),
  choice('onset', 'Onset', 'history', opts(['sudden', 'Sudden'], ['gradual', 'Gradual']), {
    aliases: ['Sudden Movements'],
    howTo:
      'Ask how the pain began: with a definite moment (sudden) or building over days to weeks (gradual).',
  }),
  num('duration-weeks', 'Duration of symptoms', 'history', { unit: 'weeks', min: 0, max: 1040 }),
  yesNo('trauma', 'Trauma or fall', 'history', {
    sources: ['seed-000', 'seed-001'],
    aliases: ['Trauma or Injury', 'Direct Trauma'],
  }),
  text('mechanism', 'Mechanism of injury', 'history', 300),
  text('sport-activity', 'Sport and activity', 'history', 300),
  yesNo('endurance-or-military', 'Endurance running or military training', 'history', {
    howTo:
      'Long-distance running, marathon training or recruit training: the groups at risk of femoral neck stress fracture.',
    sources: ['robertson2017'],
  }),
  yesNo('kicking-sport', 'Kicking, sprinting or change-of-direction sport', 'history', {
    sources: ['holmich2007'],
  }),
  yesNo('training-increase', 'Recent increase in training load', 'history', {
    aliases: ['Overtraining', 'Muscle Overuse'],
  }),
  num(
    'sitting-hours',
    'Hours sitting per day',
    'history',
    { unit: 'hours-per-day', min: 0, max: 24 },
    { aliases: ['Prolonged Sitting'] },
  ),
  yesNo('recent-surgery', 'Recent hip or spine surgery', 'history', {
    aliases: ['Previous Surgery'],
  }),
  yesNo('hip-prosthesis', 'Hip replacement on the painful side', 'history', {
    sources: ['injectionSecondary'],
  }),
  yesNo('surgery-planned', 'Hip surgery planned within 3 months', 'history', {
    sources: ['injectionSecondary'],
  }),
  yesNo('previous-episodes', 'Previous episodes', 'history', { aliases: ['Previous Injuries'] }),
  yesNo('not-improving', 'Not improving despite home care', 'history', {
    aliases: ['Lack of Improvement', 'Worsening Symptoms', 'Persistent Symptoms'],
    howTo:
      'Symptoms unchanged or worse after several days of rest, activity modification and simple pain relief.',
  }),
  yesNo('anticoagulants', 'Anticoagulant use', 'history', {
    howTo: 'Warfarin, a DOAC (apixaban, rivaroxaban, dabigatran, edoxaban) or heparin.',
    sources: ['decker2022'],
  }),
  yesNo('antiplatelets', 'Antiplatelet use', 'history', {
    howTo: 'Aspirin (any dose), clopidogrel, prasugrel, ticagrelor or dipyridamole.',
    sources: ['asra2018pain', 'bnfNsaids'],
  }),
  yesNo('bleeding-disorder', 'Bleeding disorder or low platelets', 'history', {
    howTo:
      'Haemophilia, von Willebrand disease, a known low platelet count, or liver disease with a clotting problem.',
    sources: ['decker2022', 'asra2018pain'],
  }),
  yesNo('antithrombotic-plan', 'Plan to pause the anticoagulant or antiplatelet agreed', 'history', {
    group: 'medicines-safety',
    howTo:
      'The prescriber and the proceduralist have agreed when to stop and restart it around an injection (record who and when in the notes).',
    sources: ['asra2018pain'],
  }),
  yesNo('diabetes-immunosuppression', 'Diabetes or immunosuppression', 'history', {
    howTo: 'Diabetes, long-term steroids or biologics, HIV, chemotherapy, renal failure.',
    sources: ['shields2012'],
  }),
  yesNo('cancer-history', 'History of cancer', 'history', { sources: ['downie2013', 'deyo1988'] }),
  yesNo('injected-drug-use', 'Injected drug use', 'history', { sources: ['wong2013'] }),
  yesNo('steroids-osteoporosis', 'Long-term corticosteroids or osteoporosis', 'history', {
    sources: ['downie2013'],
  }),
  yesNo('kidney-disease', 'Kidney disease', 'history', {
    group: 'medicines-safety',
    sources: ['nsaidGuides'],
  }),
  yesNo('gi-bleed-history', 'Stomach ulcer or gut bleeding in the past', 'history', {
    group: 'medicines-safety',
    sources: ['nsaidGuides'],
  }),
  yesNo('cardiovascular-disease', 'Heart failure, heart disease or stroke', 'history', {
    group: 'medicines-safety',
    sources: ['nsaidGuides'],
  }),
  yesNo('heart-failure-severe', 'Severe heart failure', 'history', {
    group: 'medicines-safety',
    howTo:
      'Breathless at rest or on minimal exertion (NYHA class III–IV: the team’s reading of “severe” in the BNF).',
    sources: ['bnfNsaids'],
  }),
  yesNo('kidney-disease-severe', 'Severe kidney disease (eGFR below 30)', 'history', {
    group: 'medicines-safety',
    sources: ['bnfNsaids'],
  }),
  yesNo('cyp1a2-inhibitor', 'Taking fluvoxamine or ciprofloxacin', 'history', {
    group: 'medicines-safety',
    sources: ['fdaTizanidine'],
  }),
  yesNo('liver-disease', 'Liver disease', 'history', {
    group: 'medicines-safety',
    sources: ['nice2016lbp', 'fdaTizanidine'],
  }),
  yesNo('ssri-snri', 'Taking an SSRI or SNRI antidepressant', 'history', {
    group: 'medicines-safety',
    sources: ['nsaidGuides'],
  }),
  yesNo('acei-arb-diuretic', 'Taking an ACE inhibitor or ARB with a diuretic', 'history', {
    group: 'medicines-safety',
    sources: ['nsaidGuides'],
  }),
  yesNo('injection-allergy', 'Allergy to corticosteroid or local anaesthetic', 'history', {
    group: 'medicines-safety',
    sources: ['injectionSecondary'],
  }),
  yesNo('pregnancy', 'Pregnant', 'history', {
    group: 'medicines-safety',
    sources: ['meralgiaReview'],
  }),
  num(
    'weeks-pregnant',
    'Weeks pregnant',
    'history',
    { unit: 'weeks', min: 0, max: 45 },
    {
      group: 'medicines-safety',
      howTo: 'Weeks since the first day of the last period, or by scan.',
      sources: ['fdaNsaidPregnancy'],
    },
  ),
  yesNo('could-be-pregnant', 'Could be pregnant', 'history', {
    howTo:
      'Anyone who could be pregnant: sexually active, periods not stopped, a late or missed period, or unsure. Ask privately.',
    sources: ['nice2019ectopic'],
  }),
  yesNo('smoking', 'Smoker', 'history', { sources: ['nice2020aaa'] }),
  yesNo('alcohol-excess', 'Alcohol excess', 'history', {
    howTo: 'Regularly more than 14 units a week (the UK low-risk limit), or a history of alcohol dependence.',
    sources: ['mont2015', 'ukCmo2016'],
  }),
  yesNo('sickle-cell', 'Sickle cell disease', 'history', { sources: ['mont2015'] }),
  yesNo('low-energy-athlete', 'Missed periods or low body weight in an athlete', 'history', {
    howTo:
      'Periods stopped or irregular for 3 months or more, low body weight, restricted eating, or low energy availability (the female athlete triad; RED-S).',
    sources: ['mountjoy2018'],
  }),
  yesNo('previous-stress-fracture', 'Previous stress fracture', 'history', {
    sources: ['mountjoy2018', 'robertson2017'],
  }),
  yesNo('family-history-spa', 'Close relative with spondyloarthritis or psoriasis', 'history', {
    howTo:
      'A parent, sibling or child with ankylosing spondylitis, axial spondyloarthritis or psoriasis.',
    sources: ['nice2017spa'],
  }),
  yesNo('spa-features', 'Psoriasis, inflammatory bowel disease, uveitis or enthesitis', 'history', {
    howTo:
      'Now or in the past: psoriasis, Crohn’s disease or ulcerative colitis, a red painful eye (uveitis), or heel or tendon-insertion pain (enthesitis).',
    sources: ['nice2017spa'],
  }),
  yesNo('wakes-second-half-night', 'Wakes with back pain in the second half of the night', 'history', {
    sources: ['nice2017spa', 'sieper2009'],
  }),
  yesNo('high-stress', 'High stress or anxiety', 'history', {
    sources: ['seed-002'],
    group: 'contributing',
    aliases: ['Psychological Stress', 'Stress', 'Pain Worsening with Stress'],
  }),
  yesNo('low-fluid-intake', 'Low fluid intake', 'history', {
    group: 'contributing',
    aliases: ['Dehydration'],
  }),
  yesNo('possible-nutritional-deficiency', 'Possible nutritional deficiency', 'history', {
    group: 'contributing',
    aliases: ['Nutritional Deficiencies', 'Electrolyte Imbalance'],
    howTo:
      'Restricted diet, low intake of magnesium, calcium, potassium or vitamin D, or a known deficiency.',
  }),
  yesNo('sedentary', 'Sedentary lifestyle', 'history', {
    group: 'contributing',
    aliases: ['Sedentary Lifestyle'],
  }),
  yesNo('poor-ergonomics', 'Poor workstation set-up', 'history', {
    group: 'contributing',
    aliases: ['Poor Ergonomics'],
  }),
  yesNo('improper-stretching', 'Stretching without warm-up, or overstretching', 'history', {
    group: 'contributing',
    aliases: ['Improper Stretching', 'Overstretching'],
  }),
  yesNo('overweight', 'Overweight', 'history', {
    group: 'contributing',
    sources: ['meralgiaReview'],
  }),
  yesNo('tight-belt', 'Tight belt, tool belt or tight clothing at the waist', 'history', {
    group: 'contributing',
    sources: ['meralgiaReview'],
  }),
  yesNo('widespread-pain', 'Widespread pain (both sides, above and below the waist)', 'history', {
    aliases: ['Fibromyalgia'],
  }),
  yesNo('fatigue-poor-sleep', 'Fatigue or unrefreshing sleep', 'history', {
    sources: ['seed-001', 'seed-002'],
    aliases: ['Fatigue', 'Fatigue in the Lower Body'],
  }),
  yesNo('numbness-tingling', 'Numbness or tingling in the leg', 'history', {
    aliases: ['Numbness or Tingling'],
  }),
  text('history-notes', 'History notes', 'history', 2000),

  // ── Red-flag screen ──
  yesNo('fever', 'Fever', 'red-flag-screen', {
    aliases: ['Signs of Infection'],
    howTo: 'Temperature ≥ 38 °C, sweats, rigors or feeling generally unwell.',
    sources: ['umem', 'shields2012'],
  }),
  yesNo('weight-loss', 'Unexplained weight loss', 'red-flag-screen', {
    sources: ['joines2001', 'deyo1988'],
  }),
  yesNo('night-pain-unrelieved', 'Night pain not eased by rest', 'red-flag-screen', {
    sources: ['finucane2020'],
  }),
  yesNo('saddle-anaesthesia', 'Saddle anaesthesia', 'red-flag-screen', {
    howTo: 'Numbness between the legs, around the back passage or genitals.',
    sources: ['dionne2019'],
  }),
  yesNo('bladder-bowel-change', 'Bladder or bowel change', 'red-flag-screen', {
    howTo:
      'New difficulty passing urine, loss of bladder or bowel control, or loss of sensation when passing urine.',
    sources: ['dionne2019'],
  }),
  yesNo('bilateral-leg-symptoms', 'Leg symptoms on both sides', 'red-flag-screen', {
    sources: ['dionne2019'],
  }),
  yesNo('progressive-weakness', 'Progressive leg weakness', 'red-flag-screen', {
    sources: ['nice2016lbp'],
  }),
  yesNo('non-weight-bearing', 'Will not bear weight (no injury)', 'red-flag-screen', {
    howTo:
      'Cannot or will not put weight through the leg without a fall or injury to explain it (a child refusing to walk counts).',
    sources: ['kocher1999'],
  }),
  yesNo('collapse-faint', 'Fainting, collapse or feeling faint', 'red-flag-screen', {
    sources: ['nice2020aaa', 'nice2019ectopic'],
  }),
  yesNo('cannot-bear-weight', 'Inability to bear weight after trauma', 'red-flag-screen', {
    sources: ['downie2013'],
  }),

  // ── Pain ──
  num('pain-now', 'Pain now', 'pain', { unit: 'nrs', min: 0, max: 10 }),
  num('pain-best', 'Pain at best', 'pain', { unit: 'nrs', min: 0, max: 10 }),
  num('pain-worst', 'Pain at worst', 'pain', { unit: 'nrs', min: 0, max: 10 }),
  yesNo('pain-lower-back', 'Lower back', 'pain', {
    sources: ['seed-000', 'seed-002'],
    group: 'pain-location',
    aliases: ['Lower Back Pain', 'Sharp or Dull Lower Back Pain'],
  }),
  yesNo('pain-hip', 'Hip', 'pain', {
    sources: ['seed-000', 'seed-002'],
    group: 'pain-location',
    aliases: ['Hip Pain'],
  }),
  yesNo('pain-groin', 'Groin', 'pain', {
    sources: ['seed-000', 'seed-002'],
    group: 'pain-location',
    aliases: ['Groin Pain', 'Pain in the Groin'],
  }),
  yesNo('pain-anterior-thigh', 'Front of thigh', 'pain', {
    sources: ['seed-000', 'seed-001', 'seed-002'],
    group: 'pain-location',
    aliases: ['Anterior thigh', 'Radiating Pain'],
  }),
  yesNo('pain-lateral-thigh', 'Outer thigh or lateral hip', 'pain', {
    group: 'pain-location',
    aliases: ['Lateral thigh'],
  }),
  yesNo('pain-buttock', 'Buttock', 'pain', { group: 'pain-location' }),
  yesNo('pain-lower-abdomen', 'Lower abdomen or right lower quadrant', 'pain', {
    sources: ['seed-001', 'seed-002'],
    aliases: ['Sharp or Dull Pain', 'Abdominal Discomfort', 'Pelvic pain'],
    howTo: 'Includes pelvic pain.',
    group: 'pain-location',
  }),
  yesNo('pain-knee', 'Knee', 'pain', { group: 'pain-location' }),
  yesNo('pain-below-knee', 'Leg below the knee', 'pain', { group: 'pain-location' }),
  yesNo('pain-map-complete', 'Pain map complete: regions not ticked are pain-free', 'pain', {
    group: 'pain-map',
    howTo:
      'Tick this only after asking about every region. Until then a region left unticked counts as not asked, not as pain-free.',
    sources: ['team'],
  }),
  choice(
    'symptomatic-side',
    'Symptomatic side',
    'pain',
    opts(['left', 'Left'], ['right', 'Right'], ['both', 'Both']),
    {
      howTo:
        'Special tests count for the symptomatic side(s); with no side recorded, a positive on either side counts.',
    },
  ),
  yesNo('night-pain', 'Night pain', 'pain', {
    sources: ['seed-000', 'seed-002'],
    aliases: ['Night Pain', 'Discomfort During Sleep'],
  }),
  yesNo('worse-sitting', 'Worse with sitting', 'pain', {
    sources: ['seed-000', 'seed-001'],
    group: 'aggravating',
    aliases: ['Pain While Sitting', 'Pain at Rest'],
  }),
  yesNo('worse-standing', 'Worse with standing', 'pain', {
    sources: ['seed-003'],
    aliases: ['Standing for prolonged periods'],
    group: 'aggravating',
  }),
  yesNo('worse-walking', 'Worse with walking', 'pain', {
    sources: ['seed-003'],
    aliases: ['Walking or running'],
    group: 'aggravating',
  }),
  yesNo('worse-stairs', 'Worse with stairs', 'pain', {
    sources: ['seed-000', 'seed-003'],
    aliases: ['Pain with Movement', 'Climbing stairs'],
    group: 'aggravating',
  }),
  yesNo('worse-hip-flexion', 'Worse with hip flexion', 'pain', {
    sources: ['seed-000', 'seed-003'],
    group: 'aggravating',
    aliases: ['Pain with Hip Flexion', 'Hip flexion activities'],
    howTo: 'E.g. lifting the knee, getting out of a car or bed.',
  }),
  yesNo('worse-stretching', 'Worse with stretching', 'pain', {
    sources: ['seed-000', 'seed-001'],
    group: 'aggravating',
    aliases: ['Pain with Stretching', 'Pain During Stretching'],
  }),
  yesNo('worse-squatting', 'Worse with squatting', 'pain', {
    group: 'aggravating',
    sources: ['sutlive2008'],
  }),
  yesNo('worse-impact', 'Worse with running or impact', 'pain', {
    group: 'aggravating',
    sources: ['robertson2017'],
  }),
  yesNo('worse-cough', 'Worse with coughing or sneezing', 'pain', {
    group: 'aggravating',
    sources: ['doha2015'],
  }),
  yesNo('worse-after-activity', 'Sore after activity', 'pain', {
    group: 'aggravating',
    aliases: ['Soreness After Activity', 'Increased Pain with Activity'],
    sources: ['seed-001', 'seed-002'],
  }),
  yesNo('eased-rest', 'Eased by rest', 'pain', { group: 'relieving' }),
  yesNo('eased-sitting-flexion', 'Eased by sitting or bending forward', 'pain', {
    group: 'relieving',
  }),
  yesNo('eased-exercise', 'Eased by movement or exercise', 'pain', {
    group: 'relieving',
    sources: ['nice2016lbp'],
  }),
  yesNo('clicking-catching', 'Clicking, catching or locking', 'pain', {
    sources: ['seed-001'],
    aliases: ['Occasional Popping Sensation'],
  }),
  yesNo('anterior-snap', 'Snap or clunk felt at the front of the hip', 'pain', {
    sources: ['orthoreviews'],
  }),
  yesNo('colicky-pain', 'Colicky pain that comes in waves', 'pain', {
    howTo: 'Severe pain that builds and eases in waves; the patient cannot keep still.',
    sources: ['nice2019stones'],
  }),
  yesNo('cramping', 'Cramping', 'pain', {
    sources: ['seed-000', 'seed-001', 'seed-002'],
    aliases: ['Cramping Sensation', 'Cramping Sensations'],
  }),
  yesNo('muscle-tightness', 'Feeling of tightness or a knot', 'pain', {
    sources: ['seed-000', 'seed-001'],
    aliases: ['Muscle Tightness', 'Sensation of a Knot', 'Tightness'],
  }),
  num(
    'morning-stiffness',
    'Morning stiffness',
    'pain',
    { unit: 'minutes', min: 0, max: 720 },
    {
      aliases: ['Stiffness', 'Stiffness in the Lower Back', 'Stiffness After Rest'],
      sources: ['altman1991', 'seed-000', 'seed-001', 'seed-002'],
    },
  ),

  // ── Observation, gait and posture ──
  yesNo('antalgic-gait', 'Antalgic gait', 'observation', {
    sources: ['seed-000', 'seed-001', 'seed-002'],
    aliases: ['Difficulty Walking'],
  }),
  yesNo('trendelenburg-gait', 'Trendelenburg gait', 'observation'),
  yesNo('anterior-pelvic-tilt', 'Anterior pelvic tilt', 'observation', {
    sources: ['seed-000', 'seed-002'],
    aliases: ['Postural Changes', 'Pelvic Imbalance'],
  }),
  yesNo('poor-posture', 'Poor sitting or standing posture', 'observation', {
    aliases: ['Poor Posture'],
  }),
  yesNo('hip-held-flexed', 'Hip held in flexion', 'observation', {
    howTo:
      'Hip held flexed at rest and reluctant to extend: screen for psoas abscess or haematoma first.',
    sources: ['shields2012', 'decker2022'],
  }),
  num(
    'leg-length-difference',
    'Leg-length difference',
    'observation',
    { unit: 'cm', min: 0, max: 10, integer: false },
    {
      aliases: ['Leg Length Discrepancy'],
      howTo: 'Tape from the ASIS to the medial malleolus, supine; or standing blocks (more valid).',
      sources: ['legLength2014', 'beattie1990'],
    },
  ),
  yesNo('swelling-mass', 'Swelling or mass', 'observation', {
    aliases: ['Swelling', 'Localized Swelling'],
    sources: ['tormenta2012', 'seed-001'],
  }),
  yesNo('redness-warmth', 'Redness or warmth over the hip', 'observation'),
  text('observation-notes', 'Gait and posture notes', 'observation', 1000),

  // ── Range of motion (degrees, both sides) ──
  num(
    'hip-flexion-rom',
    'Hip flexion',
    'range-of-motion',
    { unit: 'degrees', min: 0, max: 160, normal: [110, 130], sided: true },
    {
      aliases: ['Limited Range of Motion', 'Limited Hip Flexion'],
      sources: ['altman1991', 'seed-000', 'seed-001', 'seed-002'],
    },
  ),
  num('hip-extension-rom', 'Hip extension', 'range-of-motion', {
    unit: 'degrees',
    min: -40,
    max: 60,
    normal: [10, 30],
    sided: true,
  }),
  num(
    'hip-ir-rom',
    'Hip internal rotation',
    'range-of-motion',
    { unit: 'degrees', min: 0, max: 90, normal: [30, 45], sided: true },
    { sources: ['altman1991', 'sutlive2008'] },
  ),
  num('hip-er-rom', 'Hip external rotation', 'range-of-motion', {
    unit: 'degrees',
    min: 0,
    max: 90,
    normal: [40, 60],
    sided: true,
  }),
  num('hip-abduction-rom', 'Hip abduction', 'range-of-motion', {
    unit: 'degrees',
    min: 0,
    max: 90,
    normal: [30, 50],
    sided: true,
  }),
  num(
    'hip-adduction-rom',
    'Hip adduction',
    'range-of-motion',
    { unit: 'degrees', min: 0, max: 60, normal: [20, 30], sided: true },
    { sources: ['metcalfe2019'] },
  ),
  num(
    'lumbar-flexion-rom',
    'Lumbar flexion',
    'range-of-motion',
    { unit: 'degrees', min: 0, max: 120, normal: [40, 60] },
    {
      aliases: ['Discomfort While Bending', 'Difficulty Bending'],
      sources: ['seed-001', 'seed-002'],
    },
  ),
  num('lumbar-extension-rom', 'Lumbar extension', 'range-of-motion', {
    unit: 'degrees',
    min: 0,
    max: 60,
    normal: [20, 35],
  }),
  test('pain-on-ir', 'Pain on hip internal rotation', 'range-of-motion', {
    sources: ['altman1991'],
  }),
  test('groin-pain-abd-add', 'Groin pain on passive abduction or adduction', 'range-of-motion', {
    sources: ['metcalfe2019'],
  }),
  test(
    'active-flexion-lateral-pain',
    'Active hip flexion causes lateral hip pain',
    'range-of-motion',
    { sources: ['sutlive2008'] },
  ),
  test('active-extension-pain', 'Active hip extension causes pain', 'range-of-motion', {
    sources: ['sutlive2008'],
  }),

  // ── Strength (Oxford 0–5, both sides) ──
  num(
    'hip-flexion-strength',
    'Hip flexion strength',
    'strength',
    { unit: 'oxford-grade', min: 0, max: 5, sided: true },
    { sources: ['seed-001'], aliases: ['Muscle Weakness'] },
  ),
  num('hip-extension-strength', 'Hip extension strength', 'strength', {
    unit: 'oxford-grade',
    min: 0,
    max: 5,
    sided: true,
  }),
  num(
    'hip-abduction-strength',
    'Hip abduction strength',
    'strength',
    { unit: 'oxford-grade', min: 0, max: 5, sided: true },
    { sources: ['metcalfe2019'] },
  ),
  num('hip-adduction-strength', 'Hip adduction strength', 'strength', {
    unit: 'oxford-grade',
    min: 0,
    max: 5,
    sided: true,
  }),
  num(
    'knee-extension-strength',
    'Knee extension strength',
    'strength',
    { unit: 'oxford-grade', min: 0, max: 5, sided: true },
    { sources: ['suri2011'] },
  ),

  // ── Special tests (side and result) ──
  test('thomas-test', 'Thomas test', 'special-tests', {
    aliases: ['Modified Thomas test'],
    howTo:
      'Supine at the end of the couch; hug the opposite knee to flatten the lumbar spine; let the test leg drop with the knee over the edge. Measure the hip and knee angles.',
    positive:
      'Thigh does not reach the horizontal (hip extension deficit). An impairment measure, not a diagnostic test: Sn 31.8%, Sp 57.1% for a hip-extension deficit.',
    sources: ['vigotsky2016', 'peeler2007'],
  }),
  num(
    'thomas-hip-angle',
    'Thomas test hip angle',
    'special-tests',
    { unit: 'degrees', min: -30, max: 90, sided: true },
    {
      detailOf: 'thomas-test',
      howTo: 'Angle of the thigh above the horizontal; 0° or below is normal.',
      sources: ['bmcsports2021'],
    },
  ),
  num(
    'thomas-knee-angle',
    'Thomas test knee angle',
    'special-tests',
    { unit: 'degrees', min: 0, max: 180, sided: true },
    {
      detailOf: 'thomas-test',
      howTo:
        'Knee flexion angle with the leg hanging; below 67° suggests short two-joint flexors (rectus femoris).',
      sources: ['bmcsports2021'],
    },
  ),
  test('psoas-sign', 'Psoas sign', 'special-tests', {
    aliases: ['Iliopsoas sign'],
    howTo: 'Left side-lying: passively extend the right hip; or supine: resist right hip flexion.',
    positive:
      'Right lower quadrant or flank pain. Suggests retrocaecal appendicitis, psoas abscess or haematoma.',
    sources: ['getthediagnosis', 'ahn2016'],
  }),
  test('faber', 'FABER test', 'special-tests', {
    aliases: ["Patrick's test", 'FABER'],
    howTo:
      'Supine, figure-4 position (flexion, abduction, external rotation); lower the knee towards the couch, with gentle overpressure.',
    positive:
      'Reproduces familiar groin pain (hip joint) or posterior pain (sacroiliac joint), or range is reduced.',
    sources: ['maslowski2010', 'martin2008'],
  }),
  choice(
    'faber-pain-location',
    'FABER pain location',
    'special-tests',
    opts(['groin', 'Groin'], ['buttock', 'Buttock or back'], ['lateral', 'Lateral hip']),
    {
      sided: true,
      detailOf: 'faber',
      sources: ['maslowski2010'],
    },
  ),
  test('fadir', 'FADIR test', 'special-tests', {
    aliases: ['FADDIR', 'Anterior impingement test', 'FADIR'],
    howTo: 'Supine: hip to 90° flexion, then adduction and internal rotation.',
    positive:
      'Reproduces familiar anterior groin pain. Rules out only: a positive barely moves the probability.',
    sources: ['reiman2013', 'reiman2020'],
  }),
  test('scour', 'Scour test', 'special-tests', {
    aliases: ['Quadrant test'],
    howTo:
      'Hip flexed and adducted, axial load through the femur, sweep the arc from adduction to abduction.',
    positive: 'Pain, apprehension or catching (lateral hip or groin).',
    sources: ['scourSecondary', 'sutlive2008'],
  }),
  test('log-roll', 'Log roll test', 'special-tests', {
    howTo: 'Supine, passively roll the extended leg into internal and external rotation.',
    positive: 'Groin pain or a click; increased external rotation.',
    sources: ['martin2008'],
  }),
  test('ir-overpressure', 'Internal rotation overpressure', 'special-tests', {
    howTo: 'Passive hip internal rotation with overpressure.',
    positive: 'Groin pain.',
    sources: ['maslowski2010'],
  }),
  test('resisted-hip-flexion', 'Resisted hip flexion', 'special-tests', {
    aliases: ['Resisted Hip Flexion Test'],
    howTo: 'Supine or sitting, resist hip flexion at about 90°.',
    positive: 'Reproduces the familiar groin or anterior hip pain (Doha iliopsoas criterion).',
    sources: ['holmich2004', 'doha2015'],
  }),
  test('iliopsoas-stretch-pain', 'Pain on iliopsoas stretch', 'special-tests', {
    howTo: 'Modified Thomas position: passive hip extension of the test leg.',
    positive: 'Reproduces the familiar groin pain (Doha iliopsoas criterion).',
    sources: ['holmich2004', 'doha2015'],
  }),
  test('stinchfield', 'Resisted straight leg raise (Stinchfield)', 'special-tests', {
    aliases: ['Stinchfield test'],
    howTo: 'Supine, straight leg raise to about 30° against resistance.',
    positive: 'Groin pain.',
    sources: ['maslowski2010'],
  }),
  test('snapping-hip-test', 'Internal snapping hip test', 'special-tests', {
    howTo:
      'Move the hip from flexion, abduction and external rotation into extension with internal rotation.',
    positive: 'Palpable or audible anterior clunk that reproduces symptoms.',
    sources: ['orthoreviews'],
  }),
  test('slr', 'Straight leg raise', 'special-tests', {
    aliases: ['Straight Leg Raise Test', 'SLR'],
    howTo: 'Supine passive straight leg raise with the knee extended.',
    positive: 'Radiating leg pain below the knee at roughly 30–70°.',
    sources: ['vanderwindt2010', 'capra2011'],
  }),
  num(
    'slr-angle',
    'Straight leg raise angle',
    'special-tests',
    { unit: 'degrees', min: 0, max: 120, sided: true },
    { detailOf: 'slr' },
  ),
  test('crossed-slr', 'Crossed straight leg raise', 'special-tests', {
    howTo: 'Raise the asymptomatic leg.',
    positive: 'Pain in the symptomatic leg.',
    sources: ['vanderwindt2010'],
  }),
  test('slump', 'Slump test', 'special-tests', {
    howTo:
      'Seated slump, neck flexion, knee extension, ankle dorsiflexion; release neck flexion to differentiate.',
    positive: 'Reproduces symptoms that ease with neck extension.',
    sources: ['majlesi2008', 'kigali2015'],
  }),
  test('femoral-nerve-tension', 'Femoral nerve tension test (prone knee bend)', 'special-tests', {
    aliases: ['Femoral nerve stretch test', 'Prone knee bend', 'Reverse straight leg raise'],
    howTo: 'Prone knee flexion, optionally adding hip extension; compare sides.',
    positive: 'Reproduces anterior thigh pain (L2–L3) or medial leg pain (L4).',
    sources: ['suri2011'],
  }),
  test('adductor-squeeze', 'Adductor squeeze test', 'special-tests', {
    howTo: 'Supine, hips and knees flexed; squeeze a fist or cuff between the knees.',
    positive: 'Groin pain or weakness compared with the other side.',
    sources: ['mosler2015', 'doha2015'],
  }),
  test('resisted-adduction-pain', 'Pain on resisted adduction', 'special-tests', {
    sources: ['doha2015'],
  }),
  test('resisted-abdominal-pain', 'Groin pain on resisted sit-up or cough', 'special-tests', {
    positive:
      'Pain at the inguinal canal on resisted abdominal curl, Valsalva or cough, with no palpable hernia.',
    sources: ['doha2015', 'heijboer'],
  }),
  test('drehmann-sign', 'Drehmann sign', 'special-tests', {
    sided: true,
    howTo: 'Supine: flex the hip passively.',
    positive:
      'The thigh rolls into external rotation as the hip flexes (obligatory external rotation): suspect a slipped capital femoral epiphysis in a child or adolescent.',
    sources: ['peck2017'],
  }),
  test('hop-test', 'Hop test', 'special-tests', {
    howTo: 'Repeated single-leg hops on the symptomatic leg.',
    positive: 'Groin or thigh pain. Stop if sharp pain: treat as a possible stress fracture.',
    sources: ['robertson2017'],
  }),
  test('fulcrum-test', 'Fulcrum test', 'special-tests', {
    howTo:
      "Seated; examiner's forearm under the thigh as a fulcrum; press down on the distal thigh, moving the fulcrum proximally.",
    positive: 'Sharp pain or apprehension.',
    sources: ['reiman2013'],
  }),
  test('patellar-pubic-percussion', 'Patellar-pubic percussion test', 'special-tests', {
    howTo: 'Percuss the patella while listening over the pubic symphysis; compare sides.',
    positive: 'Diminished sound on the affected side.',
    sources: ['reiman2013'],
  }),
  test('trendelenburg-test', 'Trendelenburg test', 'special-tests', {
    howTo: 'Single-leg stance on the test leg.',
    positive: 'Contralateral pelvic drop.',
    sources: ['reiman2013', 'bird2001'],
  }),
  test('single-leg-stance-30s', '30-second single-leg stance', 'special-tests', {
    positive: 'Lateral hip pain within 30 seconds.',
    sources: ['lequesne2008'],
  }),
  test('sij-distraction', 'SIJ distraction test', 'special-tests', {
    howTo: 'Supine; posterolateral pressure on both ASIS.',
    positive: 'Familiar buttock pain.',
    sources: ['laslett2005'],
  }),
  test('thigh-thrust', 'Thigh thrust test', 'special-tests', {
    howTo: 'Supine, hip flexed to 90°; axial pressure along the femur.',
    positive: 'Familiar buttock pain.',
    sources: ['laslett2005'],
  }),
  test('sij-compression', 'SIJ compression test', 'special-tests', {
    howTo: 'Side-lying; downward pressure on the uppermost iliac crest.',
    positive: 'Familiar buttock pain.',
    sources: ['laslett2005'],
  }),
  test('sacral-thrust', 'Sacral thrust test', 'special-tests', {
    howTo: 'Prone; posterior-to-anterior pressure on the sacrum.',
    positive: 'Familiar buttock pain.',
    sources: ['laslett2005'],
  }),
  test('gaenslen', "Gaenslen's test", 'special-tests', {
    howTo: 'Supine at the couch edge; one hip fully flexed, the other extended over the edge.',
    positive: 'Familiar buttock pain.',
    sources: ['laslett2005'],
  }),
  yesNo('pain-centralises', 'Pain centralises with repeated movements', 'special-tests', {
    howTo: 'Repeated lumbar movements (flexion or extension in standing or lying) in the direction that eases the pain.',
    positive: 'Referred pain retreats toward the midline of the back (centralises).',
    sources: ['laslett2003'],
  }),
  test('pelvic-compression-meralgia', 'Pelvic compression test', 'special-tests', {
    howTo: 'Side-lying, symptomatic side up; compress the pelvis downward for 45 seconds.',
    positive: 'Anterolateral thigh symptoms are relieved (meralgia paresthetica).',
    sources: ['nouraei2007'],
  }),

  // ── Neurological ──
  choice(
    'patellar-reflex',
    'Patellar reflex',
    'neurological',
    opts(['normal', 'Normal'], ['reduced', 'Reduced'], ['absent', 'Absent'], ['brisk', 'Brisk']),
    { sided: true, sources: ['suri2011'] },
  ),
  choice(
    'achilles-reflex',
    'Achilles reflex',
    'neurological',
    opts(['normal', 'Normal'], ['reduced', 'Reduced'], ['absent', 'Absent'], ['brisk', 'Brisk']),
    { sided: true },
  ),
  yesNo('sensation-l2', 'Reduced sensation L2', 'neurological', {
    sided: true,
    group: 'sensation',
  }),
  yesNo('sensation-l3', 'Reduced sensation L3', 'neurological', {
    sided: true,
    group: 'sensation',
  }),
  yesNo('sensation-l4', 'Reduced sensation L4', 'neurological', {
    sided: true,
    group: 'sensation',
  }),
  yesNo('sensation-l5', 'Reduced sensation L5', 'neurological', {
    sided: true,
    group: 'sensation',
  }),
  yesNo('sensation-s1', 'Reduced sensation S1', 'neurological', {
    sided: true,
    group: 'sensation',
  }),
  yesNo('lateral-thigh-sensation', 'Altered sensation, anterolateral thigh', 'neurological', {
    sided: true,
    group: 'sensation',
    sources: ['meralgiaReview'],
  }),
  num('ankle-dorsiflexion-strength', 'Ankle dorsiflexion strength (L4)', 'neurological', {
    unit: 'oxford-grade',
    min: 0,
    max: 5,
    sided: true,
  }),
  num('toe-extension-strength', 'Great toe extension strength (L5)', 'neurological', {
    unit: 'oxford-grade',
    min: 0,
    max: 5,
    sided: true,
  }),
  num('plantarflexion-strength', 'Ankle plantarflexion strength (S1)', 'neurological', {
    unit: 'oxford-grade',
    min: 0,
    max: 5,
    sided: true,
  }),

  // ── Palpation ──
  yesNo('iliacus-tender', 'Iliacus tender (iliac fossa)', 'palpation', {
    sided: true,
    aliases: ['Tenderness'],
    howTo: 'Palpate the iliacus along the inner iliac fossa.',
    sources: ['holmich2004', 'seed-000', 'seed-001'],
  }),
  yesNo('psoas-tender', 'Psoas tender through the abdomen', 'palpation', {
    aliases: ['Muscle Tenderness'],
    sided: true,
    howTo:
      'Palpate the psoas through the lower abdomen, lateral to rectus abdominis, as the patient lifts the heel slightly.',
    sources: ['holmich2004', 'seed-002'],
  }),
  yesNo('iliopsoas-tendon-tender', 'Iliopsoas tendon tender (lesser trochanter)', 'palpation', {
    sided: true,
    howTo: 'Palpate the tendon distal to the inguinal ligament towards the lesser trochanter.',
    sources: ['holmich2004'],
  }),
  yesNo('palpable-spasm', 'Palpable spasm or guarding', 'palpation', {
    sources: ['seed-000', 'seed-001'],
    sided: true,
    aliases: ['Spasm Palpation', 'Spasmodic Contractions'],
  }),
  yesNo('adductor-origin-tender', 'Adductor origin tender', 'palpation', {
    sided: true,
    sources: ['doha2015'],
  }),
  yesNo('pubic-symphysis-tender', 'Pubic symphysis tender', 'palpation', { sources: ['doha2015'] }),
  yesNo('inguinal-canal-tender', 'Inguinal canal tender', 'palpation', {
    sided: true,
    sources: ['doha2015'],
  }),
  yesNo('greater-trochanter-tender', 'Greater trochanter tender', 'palpation', { sided: true }),
  yesNo('apophysis-tender', 'Tender over an apophysis (ASIS, AIIS or ischial tuberosity)', 'palpation', {
    sided: true,
    howTo: 'Palpate the bony attachments of sartorius, rectus femoris and the hamstrings.',
    sources: ['rossi2001'],
  }),
  yesNo('sij-tender', 'Sacroiliac joint tender', 'palpation', { sided: true }),
  yesNo('lumbar-spine-tender', 'Lumbar spine tender', 'palpation'),
  yesNo('trigger-points', 'Trigger points (taut band with referred pain)', 'palpation', {
    sources: ['seed-002'],
    sided: true,
    aliases: ['Trigger Point Examination', 'Trigger Point Pain'],
  }),
  text('palpation-notes', 'Palpation notes', 'palpation', 1000),

  // ── Abdominal signs ──
  yesNo('rlq-tenderness', 'Right lower quadrant tenderness', 'abdominal', { sources: ['ahn2016'] }),
  yesNo(
    'migrating-pain',
    'Pain began around the navel and moved to the right lower abdomen',
    'abdominal',
    { sources: ['signsEvidence'] },
  ),
  yesNo('anorexia-vomiting', 'Loss of appetite, nausea or vomiting', 'abdominal', {
    sources: ['signsEvidence'],
  }),
  yesNo('flank-pain', 'Flank pain', 'abdominal', { sources: ['shields2012'] }),
  yesNo('palpable-hernia', 'Palpable inguinal bulge', 'abdominal', { sided: true }),
  yesNo('pulsatile-abdominal-mass', 'Pulsatile, expansile abdominal mass', 'abdominal', {
    howTo: 'Both hands either side of the aorta above the navel: a mass that pushes the hands apart.',
    sources: ['lederle1999'],
  }),
  yesNo('irreducible-groin-lump', 'Tender groin lump that will not go back', 'abdominal', {
    sided: true,
    howTo: 'A painful, tense lump in the groin or upper thigh that does not reduce when lying down.',
    sources: ['herniasurge2018'],
  }),
  yesNo('scrotal-pain', 'Testicular or scrotal pain or swelling', 'abdominal', {
    howTo: 'Ask directly: testicular pain can be felt only in the groin or lower abdomen.',
    sources: ['barbosa2013'],
  }),
  yesNo('vaginal-bleeding', 'Abnormal vaginal bleeding', 'abdominal', {
    sources: ['nice2019ectopic'],
  }),
  yesNo('haematuria', 'Blood in the urine (seen, or on a dipstick)', 'abdominal', {
    sources: ['nice2019stones'],
  }),
  test('obturator-sign', 'Obturator sign', 'abdominal', {
    howTo: 'Supine, hip and knee at 90°, passive internal rotation of the hip.',
    positive: 'Right lower quadrant or hypogastric pain.',
    sources: ['obturatorSecondary', 'ahn2016'],
  }),
  test('rovsing-sign', 'Rovsing sign', 'abdominal', {
    sided: false,
    howTo: 'Press the left lower quadrant.',
    positive: 'Pain in the right lower quadrant.',
    sources: ['ahn2016'],
  }),

  // ── Function ──
  test('squat-posterior-pain', 'Squat causes posterior hip pain', 'function', {
    sources: ['metcalfe2019'],
  }),
  yesNo('daily-activities-limited', 'Daily activities limited by pain', 'function', {
    aliases: ['Disruption of Daily Activities'],
    sources: ['seed-001'],
  }),
  choice(
    'deep-squat',
    'Deep squat',
    'function',
    opts(
      ['normal', 'Full and pain-free'],
      ['painful', 'Painful'],
      ['limited', 'Limited'],
      ['unable', 'Unable'],
    ),
  ),
  choice(
    'sit-to-stand',
    'Sit to stand',
    'function',
    opts(
      ['normal', 'Normal'],
      ['painful', 'Painful'],
      ['uses-arms', 'Needs arms'],
      ['unable', 'Unable'],
    ),
    {
      sources: ['seed-000', 'seed-001'],
      aliases: ['Difficulty Standing Up', 'Difficulty Standing'],
    },
  ),
] as const satisfies readonly ExamItemDef<SourceId>[];

export type ExamItem = (typeof EXAM_ITEMS)[number];
export type ExamItemId = ExamItem['id'];
