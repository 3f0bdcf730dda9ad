import type { SourceId } from './sources.ts';
import type { ReferenceNoteDef } from './types.ts';

/**
 * The seeds' anatomy and pathophysiology bullets, shown in the library. `name` is the seed's own
 * wording (so several notes share a name, such as "Importance"; the topic tells them apart) and
 * `text` summarises the seed faithfully: these notes report the seeds, they do not correct them.
 *
 * Two of 001's "Pathophysiology of Spasms" bullets (Irritation, Protective Mechanism) are listed as
 * causes in the seed but describe mechanisms, not something to record or treat, so they live here.
 */
export const REFERENCE_NOTES = [
  // ── 001: the iliacus ──
  {
    id: 'iliacus-location',
    topic: 'Structure of the iliacus',
    name: 'Location',
    aliases: [],
    text: 'The iliacus lies in the pelvis, on the inside of the hip. It works closely with the psoas major; together they form the iliopsoas group.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-origin-insertion',
    topic: 'Structure of the iliacus',
    name: 'Origin and Insertion',
    aliases: [],
    text: 'The iliacus arises from the iliac fossa, the curved inner surface of the hip bone, and attaches to the lesser trochanter of the femur. This position lets it move the leg effectively.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-main-arteries',
    topic: 'Blood supply of the iliacus',
    name: 'Main Arteries',
    aliases: [],
    text: 'Branches of the iliolumbar and lumbar arteries supply the iliacus, bringing the oxygen and nutrients it needs to work and recover.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-blood-supply-importance',
    topic: 'Blood supply of the iliacus',
    name: 'Importance',
    aliases: [],
    text: 'Adequate blood flow is needed for the muscle to heal after an injury or a spasm.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-primary-innervation',
    topic: 'Nerve supply of the iliacus',
    name: 'Primary Innervation',
    aliases: [],
    text: 'The iliacus is supplied mainly by nerves from the lumbar plexus (L2–L4). They control its contraction and carry signals about pain and injury.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-role-of-nerves',
    topic: 'Nerve supply of the iliacus',
    name: 'Role of Nerves',
    aliases: [],
    text: 'When its nerve supply is irritated, for example by overuse or injury, the muscle can contract involuntarily: a spasm.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-hip-flexion',
    topic: 'Functions of the iliacus',
    name: 'Hip Flexion',
    aliases: [],
    text: 'The iliacus is a powerful hip flexor: it lifts the leg forward in walking and running.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-stabilization',
    topic: 'Functions of the iliacus',
    name: 'Stabilization',
    aliases: [],
    text: 'It supports the pelvis and helps balance, especially when standing or moving.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-posture-maintenance',
    topic: 'Functions of the iliacus',
    name: 'Posture Maintenance',
    aliases: [],
    text: 'Working with the core muscles, it helps keep the spine aligned and supports overall posture.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-spasm-irritation',
    topic: 'How an iliacus spasm happens',
    name: 'Irritation',
    aliases: [],
    text: 'Nerve irritation, inflammation or even dehydration can make the iliacus tighten unexpectedly.',
    sources: ['seed-001'],
  },
  {
    id: 'iliacus-spasm-protective-mechanism',
    topic: 'How an iliacus spasm happens',
    name: 'Protective Mechanism',
    aliases: [],
    text: 'The body sometimes uses a spasm to protect an injured area, but the spasm itself can add pain and restrict movement.',
    sources: ['seed-001'],
  },

  // ── 002: the psoas major ──
  {
    id: 'psoas-location-structure',
    topic: 'The psoas major at a glance',
    name: 'Location & Structure',
    aliases: [],
    text: 'The psoas major is a long, thick muscle deep in the back and side of the lower abdomen. It runs from the lumbar vertebrae down to the top of the femur.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-function',
    topic: 'The psoas major at a glance',
    name: 'Function',
    aliases: [],
    text: 'Its main jobs are to flex the hip (bring the knee towards the chest) and to stabilise the spine, in walking, running and bending.',
    sources: ['seed-002'],
  },
  {
    id: 'spasm-definition',
    topic: 'What a muscle spasm is',
    name: 'Definition',
    aliases: [],
    text: 'A spasm is an involuntary, sudden contraction of a muscle. When the psoas major goes into spasm it tightens unexpectedly, causing pain and stiffness.',
    sources: ['seed-002'],
  },
  {
    id: 'spasm-impact',
    topic: 'What a muscle spasm is',
    name: 'Impact',
    aliases: [],
    text: 'The sudden tightening can cause discomfort in the lower back, hip or groin and make it hard to move or to keep a good posture.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-origin-insertion',
    topic: 'Structure of the psoas major',
    name: 'Origin & Insertion',
    aliases: ['Origin', 'Insertion'],
    text: 'Origin: the sides of the lumbar vertebrae (L1–L5). Insertion: the lesser trochanter of the femur.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-role-in-the-body',
    topic: 'Structure of the psoas major',
    name: 'Role in the Body',
    aliases: [],
    text: 'A major hip flexor with a key role in stabilising the spine, especially in bending or twisting.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-main-vessels',
    topic: 'Blood supply of the psoas major',
    name: 'Main Vessels',
    aliases: [],
    text: 'Branches of the lumbar arteries supply the psoas major. A steady blood flow matters for muscle health and repair.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-blood-supply-relevance',
    topic: 'Blood supply of the psoas major',
    name: 'Relevance',
    aliases: [],
    text: 'During a spasm local blood flow may fall, which can prolong pain and delay healing.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-innervation',
    topic: 'Nerve supply of the psoas major',
    name: 'Innervation',
    aliases: [],
    text: 'Nerves from the lumbar plexus supply the psoas major, including branches that go on to contribute to the femoral nerve.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-nerve-supply-importance',
    topic: 'Nerve supply of the psoas major',
    name: 'Importance',
    aliases: [],
    text: 'These nerves control the muscle and also carry pain signals when it is in spasm.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-hip-flexion',
    topic: 'Functions of the psoas major',
    name: 'Hip Flexion',
    aliases: [],
    text: 'The psoas major lifts the thigh towards the body.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-spinal-stability',
    topic: 'Functions of the psoas major',
    name: 'Spinal Stability',
    aliases: [],
    text: 'It supports the lower back and helps keep it properly aligned.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-postural-support',
    topic: 'Functions of the psoas major',
    name: 'Postural Support',
    aliases: [],
    text: 'With other muscles it keeps the spine and pelvis aligned during movement and while sitting or standing.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-spasm-trigger-factors',
    topic: 'How a psoas spasm happens',
    name: 'Trigger Factors',
    aliases: [],
    text: 'Overuse, sudden strain or injury can set off involuntary contractions of the muscle fibres.',
    sources: ['seed-002'],
  },
  {
    id: 'psoas-spasm-cycle-of-pain',
    topic: 'How a psoas spasm happens',
    name: 'Cycle of Pain',
    aliases: [],
    text: 'A spasm can cause pain that changes posture or movement, which in turn can trigger further spasms.',
    sources: ['seed-002'],
  },
] as const satisfies readonly ReferenceNoteDef<SourceId>[];

export type ReferenceNote = (typeof REFERENCE_NOTES)[number];
export type ReferenceNoteId = ReferenceNote['id'];
