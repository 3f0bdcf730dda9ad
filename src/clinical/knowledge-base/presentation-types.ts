import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { PresentationTypeDef } from './types.ts';

const JUDGEMENT = "Clinician's judgement: not derived from the exam.";

/**
 * The seeds' types of spasm (000 and 002) and severity types (001), one entry per type with every
 * seed wording as an alias. They label a presentation; they never change a probability.
 *
 * `when` is a predicate only where the exam shows the type directly (duration, side, pain band,
 * a recorded history item). Where the type names a cause the exam cannot establish (idiopathic,
 * ischaemic, psychogenic …), `when` is null and the clinician assigns it.
 */
export const PRESENTATION_TYPES = [
  // ── Time course ──
  {
    id: 'acute',
    name: 'Acute spasm',
    aliases: ['Acute Spasm'],
    description:
      'Sudden onset of spasm, often after an injury, strain or overexertion; may settle with rest and simple treatment. Shown when symptoms have lasted under 6 weeks.',
    when: { fact: 'acute-duration' },
    sources: ['seed-000', 'seed-002'],
  },
  {
    id: 'chronic',
    name: 'Chronic spasm',
    aliases: ['Chronic Spasm'],
    description:
      'Persistent tightness and contraction over weeks or months, often linked to posture, repetitive strain or an underlying condition. Shown when symptoms have lasted over 12 weeks.',
    when: { fact: 'chronic-duration' },
    sources: ['seed-000', 'seed-002'],
  },
  {
    id: 'recurrent',
    name: 'Recurrent spasm',
    aliases: ['Recurrent Spasm'],
    description:
      'Spasms that come and go, often triggered by particular activities or movements. Shown when there have been previous episodes.',
    when: { fact: 'previous-episodes' },
    sources: ['seed-000'],
  },

  // ── Extent and side ──
  {
    id: 'localized',
    name: 'Localized spasm',
    aliases: ['Localized Spasm'],
    description: `Spasm confined to one area of the iliopsoas. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'diffuse',
    name: 'Diffuse spasm',
    aliases: ['Diffuse Spasm'],
    description: `Spasm affecting a broad area of the iliopsoas. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'unilateral',
    name: 'Unilateral spasm',
    aliases: ['Unilateral Spasm', 'Unilateral'],
    description: 'Spasm on one side. Shown when the symptomatic side is left or right.',
    when: { fact: 'unilateral-symptoms' },
    sources: ['seed-000', 'seed-002'],
  },
  {
    // 002's heading "Unilateral vs. Bilateral Spasm" names the pair; it sits here because its only
    // content beyond the two sub-items is about the bilateral form (more widespread discomfort).
    id: 'bilateral',
    name: 'Bilateral spasm',
    aliases: ['Bilateral Spasm', 'Bilateral', 'Unilateral vs. Bilateral Spasm'],
    description:
      'Spasm on both sides, which can cause more widespread discomfort. Shown when the symptomatic side is both; leg symptoms on both sides are also a cauda equina screening question.',
    when: { fact: 'bilateral-symptoms' },
    sources: ['seed-000', 'seed-002'],
  },
  {
    id: 'trigger-point',
    name: 'Trigger point spasm',
    aliases: ['Trigger Point Spasm'],
    description:
      'Localized knots in the muscle fibres that can refer pain to the back or leg. Shown when trigger points are found on palpation.',
    when: { fact: 'trigger-points' },
    sources: ['seed-002'],
  },

  // ── Severity (001). Pain bands stand in for the seed's wider descriptions (a team decision). ──
  {
    id: 'mild',
    name: 'Mild spasm',
    aliases: ['Mild Spasm'],
    description:
      'Occasional tightness or cramping with minimal pain; usually settles with rest and home care. Shown when the worst pain is 3/10 or less.',
    when: { fact: 'pain-mild' },
    sources: ['seed-001', 'team'],
  },
  {
    id: 'moderate',
    name: 'Moderate spasm',
    aliases: ['Moderate Spasm'],
    description:
      'More persistent, noticeable pain that may affect walking or sitting; often needs rest, stretching and possibly physiotherapy. Shown when the worst pain is 4 to 7/10.',
    when: { all: [{ fact: 'pain-moderate-or-worse' }, { not: { fact: 'severe-pain' } }] },
    sources: ['seed-001', 'team'],
  },
  {
    id: 'severe',
    name: 'Severe spasm',
    aliases: ['Severe Spasm'],
    description:
      'Intense, prolonged pain with marked tightness and a significant effect on mobility; may need medical treatment. Shown when the worst pain is 8/10 or more.',
    when: { fact: 'severe-pain' },
    sources: ['seed-001', 'team'],
  },

  // ── Cause or mechanism ──
  {
    id: 'primary',
    name: 'Primary spasm',
    aliases: ['Primary Spasm'],
    description: `Spasm that is the direct result of muscle overuse or strain, with no other underlying problem. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-002'],
  },
  {
    id: 'secondary',
    name: 'Secondary spasm',
    aliases: ['Secondary Spasm'],
    description: `Spasm resulting from another problem such as a spinal disorder, hip impingement or nerve irritation. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-002'],
  },
  {
    id: 'idiopathic',
    name: 'Idiopathic spasm',
    aliases: ['Idiopathic Spasm'],
    description: `Spasm with no identifiable cause. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'traumatic',
    name: 'Traumatic spasm',
    aliases: ['Traumatic Spasm'],
    description:
      'Spasm resulting from a direct injury or trauma. Shown when a trauma or fall is recorded.',
    when: { fact: 'trauma' },
    sources: ['seed-000'],
  },
  {
    id: 'inflammatory',
    name: 'Inflammatory spasm',
    aliases: ['Inflammatory Spasm'],
    description: `Spasm caused by inflammation of the iliopsoas. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'neurological',
    name: 'Neurological spasm',
    aliases: ['Neurological Spasm'],
    description:
      'Spasm triggered by a nerve problem. Suggested when the exam finds numbness or tingling, reduced L2–L4 or anterolateral-thigh sensation, or a reduced patellar reflex; the clinician confirms the link.',
    when: {
      any: [
        { fact: 'numbness-tingling' },
        { fact: 'sensation-l2' },
        { fact: 'sensation-l3' },
        { fact: 'sensation-l4' },
        { fact: 'lateral-thigh-sensation' },
        { fact: 'patellar-reflex-reduced' },
      ],
    },
    sources: ['seed-000'],
  },
  {
    id: 'spinal-origin',
    name: 'Spinal-origin spasm',
    aliases: ['Spinal-Origin Spasm'],
    description: `Spasm linked to a spinal problem such as a herniated disc. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'compensatory',
    name: 'Compensatory spasm',
    aliases: ['Compensatory Spasm'],
    description: `Spasm that compensates for another muscle or joint problem. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'functional',
    name: 'Functional spasm',
    aliases: ['Functional Spasm'],
    description:
      'Spasm resulting from overuse or repetitive strain. Shown with a recent increase in training load, a kicking or sprinting sport, or endurance or military training.',
    when: {
      any: [
        { fact: 'training-increase' },
        { fact: 'kicking-sport' },
        { fact: 'endurance-or-military' },
      ],
    },
    sources: ['seed-000'],
  },
  {
    id: 'postural',
    name: 'Postural spasm',
    aliases: ['Postural Spasm'],
    description:
      'Spasm caused by poor posture or prolonged sitting. Shown when either is recorded.',
    when: { any: [{ fact: 'poor-posture' }, { fact: 'prolonged-sitting' }] },
    sources: ['seed-000'],
  },
  {
    id: 'psychogenic',
    name: 'Psychogenic spasm',
    aliases: ['Psychogenic Spasm'],
    description: `Spasm triggered by psychological stress or anxiety. ${JUDGEMENT} Recorded stress is shown as a contributing factor instead.`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'ischemic',
    name: 'Ischemic spasm',
    aliases: ['Ischemic Spasm'],
    description: `Spasm caused by reduced blood flow to the muscle. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
  {
    id: 'tendon-related',
    name: 'Tendon-related spasm',
    aliases: ['Tendon-Related Spasm'],
    description:
      'Spasm involving the iliopsoas tendon. Shown when the tendon is tender towards the lesser trochanter.',
    when: { fact: 'iliopsoas-tendon-tender' },
    sources: ['seed-000'],
  },
  {
    id: 'surgical',
    name: 'Surgical spasm',
    aliases: ['Surgical Spasm'],
    description:
      'Spasm following surgery on the hip or lower back. Shown when recent hip or spine surgery is recorded.',
    when: { fact: 'recent-surgery' },
    sources: ['seed-000'],
  },
  {
    id: 'degenerative',
    name: 'Degenerative spasm',
    aliases: ['Degenerative Spasm'],
    description: `Spasm related to age-related degeneration of the muscles. ${JUDGEMENT}`,
    when: null,
    sources: ['seed-000'],
  },
] as const satisfies readonly PresentationTypeDef<SourceId, FactId>[];

export type PresentationType = (typeof PRESENTATION_TYPES)[number];
export type PresentationTypeId = PresentationType['id'];
