/** The rows of the comparison table, in order: what differs between the options. */
export const ATTRIBUTES = [
  { id: 'tier', label: 'Tier' },
  { id: 'invasiveness', label: 'Invasiveness (1 least, 5 most)' },
  { id: 'evidence', label: 'Evidence: certainty, stance and sources' },
  { id: 'time', label: 'Time to benefit' },
  { id: 'delivered', label: 'Who delivers it' },
  { id: 'cost', label: 'Cost band' },
  { id: 'risks', label: 'Main risks' },
  { id: 'fits', label: 'Fits the leading conditions' },
  { id: 'safety', label: 'Contraindications and cautions' },
] as const;

export type AttributeId = (typeof ATTRIBUTES)[number]['id'];
