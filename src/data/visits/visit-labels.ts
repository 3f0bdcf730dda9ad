import type { CareSetting } from './care-setting';
import type { RedFlagResponse, VisitStatus } from './visit.schema';

/** Words for the visit's coded values, shared by every screen that shows them. */
export const CARE_SETTING_LABELS: Readonly<Record<CareSetting, string>> = {
  general: 'General outpatient',
  sports: 'Sports medicine',
};

export const VISIT_STATUS_LABELS: Readonly<Record<VisitStatus, string>> = {
  draft: 'Draft',
  signed: 'Signed',
};

export const RED_FLAG_RESPONSE_LABELS: Readonly<Record<RedFlagResponse, string>> = {
  referred: 'Referred',
  'discussed-with-doctor': "Discussed with the patient's doctor",
  overridden: 'Overridden, with a written reason',
};
