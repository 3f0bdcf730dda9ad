import type { ConditionId, RedFlagId, Urgency } from '../../clinical/index.ts';
import type { RedFlagAction } from '../../data/visits/visit.schema';

/**
 * The patient handout's words for the knowledge base's clinical terms: short sentences, everyday
 * words, second person (a reading age of about grade 8 or below; handout-content.test.ts checks
 * the whole handout). Records keyed by id, so a condition or red flag added to the knowledge base
 * without handout words is a compile error. The clinical record prints the knowledge base's own
 * terms; these never replace them there.
 */

export interface PlainCondition {
  /** Fits "Your pain most likely comes from …". */
  readonly name: string;
  readonly about: string;
}

const HIP_FLEXOR = 'The hip flexor is the muscle at the front of your hip that lifts your leg.';

export const PLAIN_CONDITIONS: Readonly<Record<ConditionId, PlainCondition>> = {
  'adductor-related-groin-pain': {
    name: 'the muscles on the inside of your thigh, where they join your pelvis',
    about: 'These muscles pull your leg in. Kicking, twisting and quick turns can overload them.',
  },
  'inguinal-related-groin-pain': {
    name: 'the lower part of your tummy wall, just above the groin',
    about:
      'This area can get sore in people who play a lot of sport. Coughing, sneezing and sit-ups often make it worse.',
  },
  'pubic-related-groin-pain': {
    name: 'the joint at the front of your pelvis, where the two sides meet',
    about: 'This joint and the bone next to it can get sore from kicking and running.',
  },
  'upper-lumbar-radiculopathy': {
    name: 'a nerve in your lower back that is being pressed on',
    about:
      'This nerve runs to the front of your thigh. When it is pressed on, you may feel pain, numbness or weakness in the thigh.',
  },
  'lower-lumbar-radiculopathy': {
    name: 'a nerve in your lower back that is being pressed on (sciatica)',
    about:
      'This nerve runs down the back of your leg. When it is pressed on, you may feel pain below the knee, numbness or weakness.',
  },
  'lumbar-stenosis': {
    name: 'a narrow space for the nerves in your lower back',
    about:
      'This can make your legs hurt when you stand or walk. Sitting or bending forward often eases it.',
  },
  'sij-pain': {
    name: 'the joint between the base of your spine and your pelvis',
    about: 'This joint sits low in your back, on each side. It can cause pain in the buttock.',
  },
  'femoral-neuropathy': {
    name: 'the main nerve at the front of your thigh',
    about: 'When this nerve does not work well, the front of your thigh can feel weak or numb.',
  },
  'meralgia-paresthetica': {
    name: 'a skin nerve on the outside of your thigh that is being squeezed',
    about:
      'This causes burning or numbness on the outer thigh. It is not harmful. Tight belts and extra weight can make it worse.',
  },
  'myofascial-pain': {
    name: 'tight, sore knots in your muscles',
    about: 'A sore knot in a muscle can also send pain to nearby areas.',
  },
  fibromyalgia: {
    name: 'a long-term condition that causes pain in many parts of the body',
    about:
      'It often comes with tiredness and poor sleep. Keeping active and looking after yourself help the most.',
  },
  'inflammatory-arthritis': {
    name: 'a joint condition caused by inflammation',
    about:
      'It often makes you stiff in the morning and gets better as you move. A joint specialist may need to check it.',
  },
  'nonspecific-lbp': {
    name: 'your lower back, with no sign of a serious cause',
    about:
      'This kind of back pain is very common. It usually gets better with time, and keeping active helps.',
  },
  'iliopsoas-spasm': {
    name: 'a tight, cramping hip flexor muscle',
    about: `${HIP_FLEXOR} Long spells of sitting, stress and overuse can make it tight.`,
  },
  'iliopsoas-strain': {
    name: 'a strained hip flexor muscle',
    about: `${HIP_FLEXOR} A sudden effort, like a sprint or a kick, can overstretch it.`,
  },
  'iliopsoas-tendinopathy': {
    name: 'a sore hip flexor tendon',
    about: `${HIP_FLEXOR} Its tendon can get sore when it does more work than it is used to.`,
  },
  'iliopsoas-bursitis': {
    name: 'a swollen fluid sac at the front of your hip',
    about:
      'This small sac lets the hip flexor tendon glide over the hip. It can get sore and swollen.',
  },
  'internal-snapping-hip': {
    name: 'a tendon that catches at the front of your hip (snapping hip)',
    about: 'The tendon can flick over the bone as you move. It is not harmful, but it can hurt.',
  },
  'hip-oa': {
    name: 'wear and tear in your hip joint (arthritis)',
    about:
      'Hip arthritis is common as we get older. Exercise and staying active are the best ways to ease it.',
  },
  'fai-syndrome': {
    name: 'the ball and socket of your hip pinching (hip impingement)',
    about: 'The shape of the bones can make them pinch when you bend your hip a long way.',
  },
  'labral-tear': {
    name: 'a tear in the rim of soft tissue around your hip socket',
    about: 'This can cause clicking or catching in the hip as well as pain.',
  },
  'gluteal-tendinopathy': {
    name: 'sore tendons on the outside of your hip',
    about:
      'These tendons can get sore when they are squeezed, for example when you lie on that side or cross your legs.',
  },
  'psoas-abscess': {
    name: 'an infection deep in the hip flexor muscle',
    about: 'This needs a doctor to check it today.',
  },
  appendicitis: { name: 'a swollen appendix', about: 'This needs a doctor to check it today.' },
  'iliopsoas-haematoma': {
    name: 'bleeding into the hip flexor muscle',
    about: 'This can happen when you take a blood thinner. It needs a doctor to check it today.',
  },
  'femoral-neck-stress-fracture': {
    name: 'a stress crack in the top of your thigh bone',
    about:
      'This can happen with a lot of running. Keep weight off the leg until a doctor has checked it.',
  },
  'hip-fracture': { name: 'a broken hip', about: 'This needs an X-ray today.' },
  'bone-malignancy': {
    name: 'a problem in the bone that a doctor needs to check with scans',
    about: 'A doctor needs to see you soon to check this.',
  },
  'cauda-equina': {
    name: 'pressure on the nerves at the base of your spine',
    about: 'This needs checking in hospital today.',
  },
  'septic-arthritis-hip': {
    name: 'an infection inside the hip joint',
    about: 'This needs a doctor to check it today.',
  },
  'avascular-necrosis-hip': {
    name: 'a poor blood supply to the ball of the hip joint',
    about: 'A doctor needs to check this with a scan soon.',
  },
  'slipped-capital-femoral-epiphysis': {
    name: 'a slip at the growing end of the thigh bone',
    about: 'This needs a hip doctor today. Keep weight off the leg.',
  },
  'perthes-disease': {
    name: 'a childhood problem with the ball of the hip joint',
    about: 'A children’s hip doctor needs to check this with an X-ray soon.',
  },
  'apophyseal-avulsion': {
    name: 'a small piece of bone pulled off where a muscle joins the pelvis',
    about: 'An X-ray can show this. Rest from sprinting and kicking until it is checked.',
  },
  'pelvic-insufficiency-fracture': {
    name: 'a crack in a weak bone of the pelvis',
    about: 'A doctor needs to check this with an X-ray or scan within 1 to 2 days.',
  },
  'impacted-femoral-neck-fracture': {
    name: 'a broken hip that still lets you walk',
    about: 'This needs an X-ray today, even though you can walk.',
  },
  'abdominal-aortic-aneurysm': {
    name: 'a swelling of the main blood vessel in your belly',
    about: 'A doctor needs to check this. If the pain is bad or you feel faint, call an ambulance.',
  },
  'renal-colic': {
    name: 'a kidney stone',
    about: 'A doctor needs to check this today.',
  },
  'testicular-torsion': {
    name: 'a twisted testicle',
    about: 'This needs a hospital now. Do not wait.',
  },
  'ovarian-torsion': {
    name: 'a twisted ovary',
    about: 'This needs a hospital today.',
  },
  'ectopic-pregnancy': {
    name: 'a pregnancy outside the womb',
    about: 'Please do a pregnancy test today. A doctor needs to see you today if it is positive.',
  },
  'incarcerated-groin-hernia': {
    name: 'a stuck hernia in your groin',
    about: 'This needs a hospital today. Do not eat or drink until you are seen.',
  },
  'spinal-infection': {
    name: 'an infection in the bones of your back',
    about: 'This needs a doctor to check it today.',
  },
  'axial-spondyloarthritis': {
    name: 'a joint condition that causes stiffness in the back',
    about: 'A joint specialist can check this. It is not urgent.',
  },
};

/** What a red flag means, in plain words. */
export const PLAIN_RED_FLAGS: Readonly<Record<RedFlagId, string>> = {
  'cauda-equina':
    'Numbness around your bottom or between your legs, or a change in your bladder or bowel, can mean pressure on the nerves at the base of your spine.',
  'psoas-abscess': 'A fever with this kind of hip pain can mean an infection deep in the muscle.',
  'fever-infection': 'A fever, or a red, hot or swollen hip, can mean an infection.',
  appendicitis: 'Pain low on the right side of your belly can come from your appendix.',
  'iliopsoas-haematoma':
    'You take a blood thinner. New groin or thigh pain can mean bleeding into the muscle.',
  'fracture-trauma': 'You cannot put weight on your leg after a fall. This can mean a broken bone.',
  'femoral-neck-stress-fracture':
    'Groin pain that is worse when you run or hop can mean a stress crack in the thigh bone. Stop running and keep weight off the leg until you are checked.',
  'fragility-fracture':
    'Your bones may be weaker than usual, so a doctor should check for a break.',
  'malignancy-history': 'You have had cancer before, so a doctor should check this new pain.',
  'systemic-features':
    'Losing weight without trying, or pain at night, should be checked by a doctor.',
  'progressive-neuro-deficit': 'Your leg is getting weaker. A doctor needs to find out why.',
  'injected-drug-use':
    'Injecting drugs raises the risk of infection, so a doctor should check this new pain.',
  'post-surgery': 'New pain after your recent operation should be checked by your surgical team.',
  'inflammatory-pattern':
    'Long stiffness in the morning that eases as you move can mean a joint condition that needs its own care.',
  'post-trauma':
    'Your pain started after a fall or injury, so a doctor should check for a broken bone or a tear.',
  'nerve-involvement':
    'Numbness in both legs can mean pressure on the nerves in your back. Tell us at once if your bladder, bowel or the skin between your legs changes.',
  'persistent-worsening': 'Your pain is bad or getting worse.',
  'mobility-loss': 'Your pain makes it hard to walk, stand or bend.',
  swelling: 'You have a new swelling in your hip or groin.',
  'psoas-abscess-afebrile':
    'Your hip is held bent or hurts when the muscle is stretched, and you have a risk of infection. A doctor should check your blood, even without a fever.',
  'septic-arthritis':
    'A hip that hurts to stand on, with a fever or a red, hot hip, can mean an infection in the joint.',
  'fall-older-adult':
    'Hip or groin pain after a fall can mean a broken hip, even if you can still walk.',
  'child-limp':
    'A limp or hip, thigh or knee pain in a child or teenager needs an X-ray of the hips.',
  'apophyseal-avulsion':
    'Sudden pain when sprinting or kicking can mean a small piece of bone has pulled off the pelvis.',
  'abdominal-aortic-aneurysm':
    'A pulsing lump in your belly with pain can mean a swollen main blood vessel. Call an ambulance.',
  'pulsatile-mass': 'A pulsing lump in your belly should be checked with a scan.',
  'renal-colic': 'Pain in your side that comes in waves can mean a kidney stone.',
  'testicular-torsion': 'Sudden pain in a testicle can mean it has twisted. Go to hospital now.',
  'pregnancy-pain':
    'Pain low in your belly or bleeding when you could be pregnant needs a pregnancy test today.',
  'acute-abdomen':
    'Sudden pain low in your belly or groin with sickness needs a hospital check today.',
  'incarcerated-hernia': 'A sore lump in your groin that will not go back needs a hospital today.',
  'spinal-infection':
    'Constant back pain with a risk of infection should be checked by a doctor with a blood test.',
  'avascular-necrosis-risk':
    'Groin pain with steroids, heavy drinking or sickle cell disease should be checked with a scan.',
};

/** How soon, in the words the handout uses for each urgency. */
export const PLAIN_WHEN: Readonly<Record<Urgency, string>> = {
  emergency: 'today',
  urgent: 'within 1 to 2 days',
  soon: 'soon',
};

/** The heading over a red flag in the handout. */
export function plainUrgencyHeading(urgency: Urgency): string {
  return urgency === 'soon'
    ? 'Please see your doctor soon'
    : `Please see a doctor ${PLAIN_WHEN[urgency]}`;
}

/** What was done about a red flag, told to the patient. */
export function plainAction(action: RedFlagAction, urgency: Urgency): string {
  switch (action.response) {
    case 'referred':
      return `We have referred you to be seen ${PLAIN_WHEN[action.urgency ?? urgency]}.`;
    case 'discussed-with-doctor':
      return 'We have spoken to your doctor about this.';
    case 'overridden':
      return `Your physiotherapist checked this with you today. If it gets worse, please see a doctor ${PLAIN_WHEN[urgency]}.`;
  }
}
