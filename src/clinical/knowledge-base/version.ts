/**
 * Version of the knowledge base. Stamped on every saved assessment and plan so a record always
 * says which rules drafted it. Bump it whenever a figure, rule or entry changes.
 */
export const KB_VERSION = '2026.12.1';
