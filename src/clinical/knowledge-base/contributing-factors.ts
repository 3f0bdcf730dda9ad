import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { TreatmentId } from './treatments.ts';
import type { ContributingFactorDef } from './types.ts';

/**
 * The seeds' causes that are not diagnoses (DESIGN.md §2): recorded in the history, shown in the
 * assessment and addressed in the plan. They never move a condition's probability.
 *
 * The seeds' causes that are diagnoses (herniated disc, osteoarthritis, infection …) are condition
 * aliases instead. Aliases keep every seed wording exactly, so the seed-coverage test can find it.
 *
 * `when` reads only yes/no or test items and derived findings; a number (leg length, sitting hours,
 * strength grade, age) reaches a factor through its derived finding and that finding's threshold.
 */
export const CONTRIBUTING_FACTORS = [
  {
    id: 'poor-posture',
    name: 'Poor posture',
    aliases: ['Poor Posture'],
    description:
      'Slouched or otherwise poor sitting or standing posture that keeps the hip flexors short and loads the lower back. The seeds name it as a cause in all three spasm documents.',
    when: { any: [{ fact: 'poor-posture' }, { fact: 'anterior-pelvic-tilt' }] },
    addressedBy: ['posture-ergonomics', 'exercise-therapy'],
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'prolonged-sitting',
    name: 'Prolonged sitting',
    aliases: ['Prolonged Sitting'],
    description:
      'Long hours sitting each day, which holds the hip in flexion and can leave the hip flexors tight. Shown from 6 hours a day (a team threshold: the seeds give no figure).',
    when: { fact: 'prolonged-sitting' },
    addressedBy: ['activity-modification', 'posture-ergonomics', 'hip-flexor-stretching'],
    sources: ['seed-001', 'team'],
  },
  {
    id: 'sedentary-lifestyle',
    name: 'Sedentary lifestyle',
    aliases: ['Sedentary Lifestyle'],
    description:
      'Little regular physical activity, leaving the hip and trunk muscles weak and tight.',
    when: { fact: 'sedentary' },
    addressedBy: ['education-reassurance', 'exercise-therapy'],
    sources: ['seed-001', 'seed-002', 'nice2016lbp'],
  },
  {
    id: 'poor-ergonomics',
    name: 'Poor ergonomics',
    aliases: ['Poor Ergonomics'],
    description:
      'A workstation or seat that does not support good posture, causing continuous strain.',
    when: { fact: 'poor-ergonomics' },
    addressedBy: ['posture-ergonomics'],
    sources: ['seed-001', 'seed-002'],
  },
  {
    id: 'pelvic-imbalance',
    name: 'Pelvic imbalance',
    aliases: ['Pelvic Imbalance'],
    description:
      'Misalignment of the pelvis (an anterior tilt, or an obliquity from unequal leg length) that changes the length and load of the iliopsoas.',
    when: { any: [{ fact: 'anterior-pelvic-tilt' }, { fact: 'leg-length-over-5mm' }] },
    addressedBy: ['exercise-therapy', 'core-strengthening', 'hip-flexor-stretching'],
    sources: ['seed-000'],
  },
  {
    id: 'leg-length-discrepancy',
    name: 'Leg-length discrepancy',
    aliases: ['Leg Length Discrepancy'],
    description:
      'Unequal leg length causing a pelvic tilt and muscle strain. Shown when the measured difference is over 5 mm; tape measurement is less valid than standing blocks, so confirm a borderline figure.',
    when: { fact: 'leg-length-over-5mm' },
    addressedBy: ['heel-lift'],
    sources: ['seed-000', 'legLength2014', 'beattie1990'],
  },
  {
    id: 'muscle-weakness',
    name: 'Muscle weakness or imbalance',
    aliases: ['Muscle Weakness', 'Muscle Imbalance'],
    description:
      'Weakness of the surrounding muscles (gluteals, core, hip flexors) that makes the iliopsoas overwork to compensate. Shown from weak hip flexion or abduction (4/5 or less) or a positive Trendelenburg test or gait.',
    when: {
      any: [
        { fact: 'hip-flexion-weak' },
        { fact: 'hip-abduction-weak' },
        { fact: 'trendelenburg-test' },
        { fact: 'trendelenburg-gait' },
      ],
    },
    addressedBy: ['exercise-therapy', 'core-strengthening'],
    sources: ['seed-000', 'seed-002'],
  },
  {
    id: 'overuse',
    name: 'Overuse, overtraining or fatigue',
    aliases: [
      'Muscle Overuse',
      'Overuse or Fatigue',
      'Overuse in Sports',
      'Strenuous Exercise',
      'Muscle Fatigue',
      'Overtraining',
      'Overuse During Exercise',
      'Heavy Lifting',
      'Repetitive Movements',
      'Inadequate Recovery',
      'Muscle Strain or Overuse',
    ],
    description:
      'Repeated hip flexion (running, cycling, kicking sports), heavy lifting, a recent jump in training load or too little recovery, which overworks and fatigues the iliopsoas.',
    when: {
      any: [
        { fact: 'training-increase' },
        { fact: 'kicking-sport' },
        { fact: 'endurance-or-military' },
      ],
    },
    addressedBy: ['activity-modification', 'gradual-return'],
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'holmich2007'],
  },
  {
    id: 'improper-stretching',
    name: 'Improper stretching or warm-up',
    aliases: ['Overstretching', 'Improper Stretching', 'Improper Warm-Up'],
    description:
      'Stretching too hard or without a warm-up, or skipping the warm-up and cool-down, which leaves the muscle unprepared or overstretched.',
    when: { fact: 'improper-stretching' },
    addressedBy: ['education-reassurance', 'hip-flexor-stretching'],
    sources: ['seed-000', 'seed-001', 'seed-002', 'ayala2010'],
  },
  {
    id: 'poor-flexibility',
    name: 'Poor hip-flexor flexibility',
    aliases: ['Poor Flexibility'],
    description:
      'Short, tight hip flexors that cramp more easily. Shown from a hip-extension deficit on the Thomas test, which measures the impairment but does not diagnose a condition.',
    when: { any: [{ fact: 'hip-extension-deficit' }, { fact: 'thomas-test' }] },
    addressedBy: ['hip-flexor-stretching'],
    sources: ['seed-002', 'vigotsky2016', 'bmcsports2021'],
  },
  {
    id: 'dehydration',
    name: 'Dehydration',
    aliases: ['Dehydration'],
    description: 'Too little fluid, which the seeds link to muscle cramps and spasms.',
    when: { fact: 'low-fluid-intake' },
    addressedBy: ['hydration'],
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'nutritional-deficiency',
    name: 'Nutritional deficiency or electrolyte imbalance',
    aliases: ['Nutritional Deficiencies', 'Electrolyte Imbalance'],
    description:
      'Low magnesium, calcium or potassium (or another deficiency) affecting muscle function. A possible deficiency is for the GP to confirm with blood tests.',
    when: { fact: 'possible-nutritional-deficiency' },
    addressedBy: ['nutrition-support'],
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'psychological-stress',
    name: 'Psychological stress',
    aliases: ['Psychological Stress', 'Stress', 'Chronic Stress'],
    description:
      'High or long-lasting mental or physical stress, or anxiety, that raises muscle tension. Also a psychosocial obstacle to recovery that NICE NG59 asks to address alongside exercise.',
    when: { fact: 'high-stress' },
    addressedBy: ['stress-management'],
    sources: ['seed-000', 'seed-001', 'seed-002', 'nice2016lbp'],
  },
  {
    id: 'sudden-movement',
    name: 'Sudden movement',
    aliases: ['Sudden Movements', 'Sudden Movement'],
    description:
      'A quick twist, bend or lunge that set off the pain. Shown when the onset was sudden; confirm from the history that a movement, not a fall or blow, started it.',
    when: { fact: 'sudden-onset' },
    addressedBy: ['education-reassurance', 'exercise-therapy'],
    sources: ['seed-001', 'seed-002'],
  },
  {
    id: 'previous-injury',
    name: 'Previous injury',
    aliases: ['Previous Injuries'],
    description:
      'An earlier injury or episode that has not fully healed, leaving the area prone to recurrence.',
    when: { fact: 'previous-episodes' },
    addressedBy: ['gradual-return', 'exercise-therapy'],
    sources: ['seed-001'],
  },
  {
    id: 'age-related-changes',
    name: 'Age-related changes',
    aliases: ['Age-Related Changes'],
    description: 'Natural loss of muscle mass and flexibility with age. Shown over the age of 50.',
    when: { fact: 'age-over-50' },
    addressedBy: ['exercise-therapy'],
    sources: ['seed-001'],
  },
  {
    id: 'excess-weight',
    name: 'Excess weight',
    aliases: ['Obesity'],
    description:
      'Excess body weight that adds load to the spine, hips and iliopsoas. Weight management is a core treatment in hip osteoarthritis and a risk factor for meralgia paresthetica.',
    when: { fact: 'overweight' },
    addressedBy: ['weight-management', 'exercise-therapy'],
    sources: ['seed-002', 'seed-003', 'nice2022oa', 'meralgiaReview'],
  },
  {
    id: 'tight-belt',
    name: 'Tight belt or waistband',
    aliases: ['Tight clothing at the waist', 'Tool belt'],
    description:
      'A tight belt, tool belt or waistband pressing on the lateral femoral cutaneous nerve at the front of the hip: a recognised trigger of meralgia paresthetica.',
    when: { fact: 'tight-belt' },
    addressedBy: ['education-reassurance'],
    sources: ['meralgiaReview'],
  },
] as const satisfies readonly ContributingFactorDef<SourceId, FactId, TreatmentId>[];

export type ContributingFactor = (typeof CONTRIBUTING_FACTORS)[number];
export type ContributingFactorId = ContributingFactor['id'];
