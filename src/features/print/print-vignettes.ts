import type { StoredFindings } from '../../data/visits/findings-form';

/**
 * Visits as the exam stores them (numbers as typed text), for the print tests: each names the
 * picture it should print. Written from the clinical core's vignettes.
 */
export interface PrintVignette {
  readonly name: string;
  readonly careSetting: 'general' | 'sports';
  readonly findings: StoredFindings;
}

export const TENDINOPATHY: PrintVignette = {
  name: 'runner with a sore iliopsoas tendon and tight hip flexors',
  careSetting: 'sports',
  findings: {
    age: '29',
    onset: 'gradual',
    'pain-now': '6',
    'pain-worst': '7',
    'pain-groin': true,
    'worse-hip-flexion': true,
    'symptomatic-side': 'right',
    'iliopsoas-tendon-tender': { right: true },
    'resisted-hip-flexion': { right: 'positive' },
    'iliopsoas-stretch-pain': { right: 'positive' },
    'thomas-test': { right: 'positive' },
    'thomas-hip-angle': { right: '10' },
    'hip-flexion-strength': { right: '4' },
    'sitting-hours': '9',
  },
};

export const CAUDA_EQUINA: PrintVignette = {
  name: 'low back pain with saddle numbness and a bladder change (red flag)',
  careSetting: 'general',
  findings: {
    age: '45',
    'pain-lower-back': true,
    'pain-now': '7',
    'saddle-anaesthesia': true,
    'bladder-bowel-change': true,
    'bilateral-leg-symptoms': true,
  },
};

export const HIP_OA: PrintVignette = {
  name: 'older adult with groin pain, short stiffness and a capsular pattern',
  careSetting: 'general',
  findings: {
    age: '67',
    'pain-groin': true,
    'pain-hip': true,
    'pain-now': '5',
    'morning-stiffness': '20',
    'worse-squatting': true,
    'active-flexion-lateral-pain': { right: 'positive' },
    scour: { right: 'positive' },
    'active-extension-pain': { right: 'positive' },
    'hip-ir-rom': { right: '10' },
    'hip-flexion-rom': { right: '100' },
    'symptomatic-side': 'right',
    'sit-to-stand': 'painful',
  },
};

export const LOW_BACK: PrintVignette = {
  name: 'simple mechanical low back pain with no leg signs',
  careSetting: 'general',
  findings: {
    age: '40',
    'pain-lower-back': true,
    'pain-now': '4',
    'lumbar-spine-tender': true,
    'pain-below-knee': false,
    'pain-groin': false,
    'pain-buttock': false,
    slr: { right: 'negative' },
    'femoral-nerve-tension': { right: 'negative' },
  },
};

export const PRINT_VIGNETTES: readonly PrintVignette[] = [
  TENDINOPATHY,
  CAUDA_EQUINA,
  HIP_OA,
  LOW_BACK,
];
