import { z } from 'zod';
import type { GoalRecord, PlanItemRecord, PlanRecord } from '../../clinical/index.ts';

const isoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

/** One treatment in the clinician's plan (mirrors the clinical core's PlanItemRecord). */
export const planItemSchema = z.strictObject({
  treatmentId: z.string().min(1).max(100),
  dosage: z.string().trim().max(1000, 'The dosage can be at most 1,000 characters'),
  notes: z.string().trim().max(2000, 'Notes can be at most 2,000 characters'),
  origin: z.enum(['drafted', 'added']),
  /** A contraindicated treatment added anyway: the written reason is required. */
  override: z
    .strictObject({
      reason: z
        .string()
        .trim()
        .min(1, 'Write why this contraindicated treatment is added')
        .max(2000, 'The reason can be at most 2,000 characters'),
    })
    .optional(),
}) satisfies z.ZodType<PlanItemRecord>;

/** A specific, measurable goal: what is measured, the target, by when. */
export const goalSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().trim().min(1, 'Write the goal').max(500, 'A goal can be at most 500 characters'),
  measure: z.string().min(1).max(100).optional(),
  side: z.enum(['left', 'right']).optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  comparator: z.enum(['at-most', 'at-least']).optional(),
  byDate: isoDate,
  origin: z.enum(['drafted', 'added']),
}) satisfies z.ZodType<GoalRecord>;

/** The treatment plan kept with a visit (mirrors the clinical core's PlanRecord). */
export const planSchema = z.strictObject({
  kbVersion: z.string().min(1).max(50),
  basis: z.strictObject({
    items: z.array(z.string().max(100)).max(500),
    goals: z.array(z.string().max(100)).max(500),
  }),
  items: z.array(planItemSchema).max(200),
  goals: z.array(goalSchema).max(50),
  reviewDate: isoDate,
  notes: z.string().trim().max(10000, 'Notes can be at most 10,000 characters'),
}) satisfies z.ZodType<PlanRecord>;

export type Plan = z.infer<typeof planSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanGoal = z.infer<typeof goalSchema>;
