import { zodResolver } from '@hookform/resolvers/zod';
import { findingsFormSchema } from '../../data/visits/findings-form';

/** The exam form's resolver: the findings schema generated from the exam items. */
export const findingsResolver = zodResolver(findingsFormSchema);
