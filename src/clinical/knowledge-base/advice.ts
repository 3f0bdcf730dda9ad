import type { SourceId } from './sources.ts';
import type { AdviceDef } from './types.ts';

/**
 * Patient-handout advice: the seeds' prevention tips and "when to see a doctor" items, one entry
 * per idea with every seed wording as an alias, plus the evidence pack's emergencies (§3) so no
 * handout leaves them out.
 *
 * `text` is printed as is: short sentences, everyday words, second person, aimed at a reading age
 * of about 11–13 (grade 6–8). Safety-net texts say what to do and how soon.
 * Timings the seeds leave vague ("within 1 to 2 days") follow DESIGN.md's urgency bands and are
 * team decisions, cited as 'team'.
 */
export const ADVICE = [
  // ── Prevention ──
  {
    id: 'good-posture',
    kind: 'prevention',
    name: 'Keep a good posture',
    aliases: ['Maintain Proper Posture', 'Maintain Good Posture'],
    text: 'Sit and stand tall, with your weight even on both feet. When you sit, keep your feet flat and your lower back supported. Change position often.',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'break-up-sitting',
    kind: 'prevention',
    name: 'Break up long periods of sitting',
    aliases: ['Avoid Prolonged Sitting'],
    text: 'Try not to sit for long stretches. Stand up, walk about and stretch often, for example every half hour.',
    sources: ['seed-000', 'team'],
  },
  {
    id: 'ergonomic-set-up',
    kind: 'prevention',
    name: 'Set up your chair and desk well',
    aliases: ['Use Ergonomic Furniture'],
    text: 'Use a chair that supports your lower back. Set it so your hips are level with your knees or a little higher. Put your screen at eye level.',
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'stay-active',
    kind: 'prevention',
    name: 'Stay active',
    aliases: ['Stay Active', 'Regular Exercise Routine'],
    text: 'Move every day. Mix walking or another activity you enjoy with strength and stretching exercises.',
    sources: ['seed-000', 'seed-002', 'nice2016lbp'],
  },
  {
    id: 'regular-stretching',
    kind: 'prevention',
    name: 'Stretch your hip flexors regularly',
    aliases: ['Regular Stretching', 'Stretching'],
    text: 'Stretch the muscles at the front of your hips most days. Hold each stretch for about 30 seconds and do it 2 or 3 times on each side. Stretch gently: you should feel a pull, not pain.',
    sources: ['seed-000', 'seed-002', 'seed-003', 'ayala2010', 'acsmSecondary'],
  },
  {
    id: 'strengthening',
    kind: 'prevention',
    name: 'Strengthen your core and hip muscles',
    aliases: [
      'Strengthening Exercises',
      'Strengthen Core Muscles',
      'Muscle Stability',
      'Improved Posture',
      'Injury Prevention',
    ],
    text: 'Do exercises for your tummy, back and hip muscles 2 or 3 times a week. Strong muscles keep your back and hips steady. They also help your posture and lower your risk of injury.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'nice2016lbp'],
  },
  {
    id: 'warm-up-cool-down',
    kind: 'prevention',
    name: 'Warm up and cool down',
    aliases: [
      'Warm-Up Properly',
      'Warm Up Before Exercise',
      'Warm-Up and Stretching',
      'Warm-Up',
      'Cool Down',
    ],
    text: 'Warm up for 5 to 10 minutes before you exercise, for example with brisk walking. Afterwards, cool down with easy movement and gentle stretches.',
    sources: ['seed-001', 'seed-002', 'seed-003', 'team'],
  },
  {
    id: 'build-up-gradually',
    kind: 'prevention',
    name: 'Build up activity gradually',
    aliases: [
      'Avoid Overexertion',
      'Avoid Overtraining',
      'Balance Your Workouts',
      'Gradual Progression',
    ],
    text: 'Add to your exercise a little at a time. Mix hard sessions with easy days and rest days. Do not push through sharp pain.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003'],
  },
  {
    id: 'good-technique',
    kind: 'prevention',
    name: 'Lift and move with good technique',
    aliases: [
      'Use Proper Lifting Techniques',
      'Proper Technique',
      'Body Mechanics',
      'Exercise Form',
    ],
    text: 'When you lift, bend your knees, not your waist. Keep your back straight and the load close to your body. Do not twist while you lift. When you exercise, use good form and only lift what you can control.',
    sources: ['seed-002', 'seed-003'],
  },
  {
    id: 'stay-hydrated',
    kind: 'prevention',
    name: 'Drink enough water',
    aliases: ['Stay Hydrated'],
    text: 'Drink water through the day. Drink more when it is hot or when you exercise. Pale yellow urine means you are drinking enough.',
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'healthy-weight',
    kind: 'prevention',
    name: 'Keep to a healthy weight',
    aliases: [
      'Maintain a Healthy Weight',
      'Reduced Load',
      'Improved Alignment',
      'Increased Mobility',
    ],
    text: 'A healthy weight puts less load on your back and hips. It can also make it easier to move and to exercise.',
    sources: ['seed-002', 'seed-003', 'nice2022oa'],
  },
  {
    id: 'manage-stress',
    kind: 'prevention',
    name: 'Manage stress',
    aliases: ['Manage Stress', 'Practice Stress Reduction Techniques', 'Practice Stress Reduction'],
    text: 'Make time to relax each day. Slow, deep breathing, yoga or meditation can ease tense muscles.',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'proper-footwear',
    kind: 'prevention',
    name: 'Wear supportive shoes',
    aliases: ['Wear Proper Footwear'],
    text: 'Wear comfortable shoes that support your feet and help your balance.',
    sources: ['seed-000'],
  },
  {
    id: 'regular-physiotherapy',
    kind: 'prevention',
    name: 'Keep up with physiotherapy',
    aliases: ['Regular Physical Therapy Sessions'],
    text: 'If your muscles often go into spasm, regular visits to a physiotherapist can help. They can change your exercises as you get better.',
    sources: ['seed-001'],
  },

  // ── Safety net: go now (evidence pack §3) ──
  {
    id: 'cauda-equina-symptoms',
    kind: 'safety-net',
    name: 'Numbness between the legs or a bladder or bowel change',
    aliases: ['Saddle numbness', 'Bladder or bowel change'],
    text: 'Go to the emergency department now if you have numbness between your legs or around your bottom or genitals. Go now too if you have new trouble passing urine or you leak urine or stool. The same goes if both legs become numb or weak.',
    sources: ['dionne2019', 'ajem2019', 'finucane2020'],
  },
  {
    id: 'blood-thinner-groin-pain',
    kind: 'safety-net',
    name: 'On a blood thinner with new groin pain or leg weakness',
    aliases: ['Anticoagulant with groin pain'],
    text: 'Do you take a blood thinner, such as warfarin, apixaban or rivaroxaban? Go to the emergency department now if you get new groin or thigh pain. Go now too if your leg feels weak or gives way.',
    sources: ['decker2022', 'consultant360'],
  },
  {
    id: 'cannot-bear-weight',
    kind: 'safety-net',
    name: 'Cannot bear weight after a fall',
    aliases: ['Unable to bear weight'],
    text: 'Did you have a fall or an injury? Go to the emergency department now if you cannot stand or walk on your leg.',
    sources: ['downie2013'],
  },
  {
    id: 'belly-pain-vomiting',
    kind: 'safety-net',
    name: 'Lower right belly pain with fever or vomiting',
    aliases: ['Right lower abdominal pain'],
    text: 'Do you have pain low on the right side of your belly? Go to the emergency department now if you also have a fever, are being sick or have lost your appetite.',
    sources: ['getthediagnosis', 'ahn2016', 'signsEvidence'],
  },

  // ── Safety net: same day ──
  {
    id: 'fever-infection',
    kind: 'safety-net',
    name: 'Fever or signs of infection',
    aliases: ['Fever', 'Signs of Infection', 'Accompanying Fever or Signs of Infection'],
    text: 'Do you have hip, groin or back pain with a fever, chills or sweats? See a doctor the same day. Also go the same day if you feel unwell, or the painful area is red, hot or swollen.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'umem', 'shields2012'],
  },
  {
    id: 'nerve-symptoms',
    kind: 'safety-net',
    name: 'Numbness, tingling or weakness in the leg',
    aliases: ['Numbness or Tingling', 'Signs of Nerve Involvement'],
    text: 'See a doctor within 1 to 2 days if you have numbness, tingling or burning in your leg. Do the same for pain that spreads down your leg. See a doctor the same day if your leg is getting weaker.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'nice2016lbp', 'team'],
  },
  {
    id: 'after-surgery',
    kind: 'safety-net',
    name: 'New pain after surgery',
    aliases: ['Previous Surgery'],
    text: 'Did you have hip or back surgery recently? If you now have new pain or spasms, contact your surgical team or doctor within 1 to 2 days. Go the same day if you have a fever or your wound is red, hot or leaking.',
    sources: ['seed-000', 'team'],
  },

  // ── Safety net: within 1 to 2 days ──
  {
    id: 'severe-or-worsening-pain',
    kind: 'safety-net',
    name: 'Severe or worsening pain',
    aliases: ['Severe Pain', 'Severe or Increasing Pain', 'Severe Spasms', 'Worsening Symptoms'],
    text: 'See a doctor within 1 to 2 days if your pain or spasms are severe or getting worse. This includes pain that rest and pharmacy painkillers do not ease. It also includes spasms that stop you moving or doing daily tasks.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'team'],
  },
  {
    id: 'walking-difficulty',
    kind: 'safety-net',
    name: 'Trouble walking, standing or bending',
    aliases: [
      'Limited Mobility',
      'Difficulty Walking or Standing',
      'Difficulty Walking or Bending',
    ],
    text: 'See a doctor within 1 to 2 days if your pain makes it hard to walk, stand up or bend.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'team'],
  },
  {
    id: 'swelling',
    kind: 'safety-net',
    name: 'Swelling in the hip or groin',
    aliases: ['Swelling'],
    text: 'See a doctor within 1 to 2 days if you notice new swelling in your hip or groin. Go the same day if the area is also red or hot, or you have a fever.',
    sources: ['seed-000', 'shields2012', 'team'],
  },
  {
    id: 'cancer-weight-loss-night-pain',
    kind: 'safety-net',
    name: 'Past cancer, weight loss or night pain',
    aliases: ['History of cancer', 'Unexplained weight loss'],
    text: 'See a doctor within 1 to 2 days if you have had cancer and this pain is new. Do the same if you are losing weight without trying. Also go if the pain wakes you at night and rest does not ease it.',
    sources: ['downie2013', 'deyo1988', 'joines2001', 'finucane2020'],
  },
  {
    id: 'runner-groin-pain',
    kind: 'safety-net',
    name: 'Groin pain with running or training',
    aliases: ['Possible stress fracture'],
    text: 'Do you run long distances or do military training? Stop running if you get groin pain that is worse when you run or hop. See a doctor within 1 to 2 days. If it hurts to put weight on the leg, use crutches until you are checked.',
    sources: ['robertson2017'],
  },
  {
    id: 'after-injury',
    kind: 'safety-net',
    name: 'Pain after a fall or injury',
    aliases: ['History of Trauma', 'Post-Trauma Pain'],
    text: 'Did your pain start after a fall, a blow or an accident? If so, see a doctor within 1 to 2 days. Do the same if the pain is not getting better after an injury.',
    sources: ['seed-000', 'seed-002', 'team'],
  },

  // ── Safety net: make an appointment ──
  {
    id: 'not-improving',
    kind: 'safety-net',
    name: 'Not getting better',
    aliases: [
      'Persistent Symptoms',
      'Lack of Improvement',
      'Persistent Pain',
      'Persistent Muscle Spasms',
    ],
    text: 'See your doctor or physiotherapist if you are not getting better after a few days of rest and home care. Do the same if spasms keep getting in the way of your daily life.',
    sources: ['seed-000', 'seed-001', 'seed-002'],
  },
  {
    id: 'long-term-condition',
    kind: 'safety-net',
    name: 'Living with a long-term condition',
    aliases: ['Chronic Condition'],
    text: 'Do you have a long-term condition such as arthritis or fibromyalgia? See your doctor about this pain too. They can check whether the two are linked.',
    sources: ['seed-000'],
  },
] as const satisfies readonly AdviceDef<SourceId>[];

export type Advice = (typeof ADVICE)[number];
export type AdviceId = Advice['id'];
