import type { SourceId } from './sources.ts';
import type { DerivedFindingDef } from './types.ts';

/**
 * Numbers and choices turned into facts the engine can use. Each threshold names its source;
 * a threshold the team chose says so in its note.
 */
export const DERIVED_FINDINGS = [
  { id: 'age-over-50', label: 'Age over 50', from: ['age'], sided: false, rule: { kind: 'above', item: 'age', threshold: 50 }, sources: ['altman1991', 'deyo1988'] },
  { id: 'age-45-plus', label: 'Age 45 or over', from: ['age'], sided: false, rule: { kind: 'at-least', item: 'age', threshold: 45 }, sources: ['nice2022oa'] },
  { id: 'age-over-70', label: 'Age over 70', from: ['age'], sided: false, rule: { kind: 'above', item: 'age', threshold: 70 }, sources: ['henschke2009', 'downie2013'] },
  { id: 'age-under-40', label: 'Age under 40', from: ['age'], sided: false, rule: { kind: 'below', item: 'age', threshold: 40 }, sources: ['team'], note: 'Team threshold for "young active adult" (FAI syndrome, inflammatory back pain onset).' },
  { id: 'age-under-16', label: 'Age under 16', from: ['age'], sided: false, rule: { kind: 'below', item: 'age', threshold: 16 }, sources: ['kocher1999', 'bnfAspirin'], note: 'Children and adolescents: septic arthritis, Perthes disease, slipped capital femoral epiphysis and apophyseal avulsion; aspirin is not given under 16 (Reye’s syndrome).' },
  { id: 'age-under-25', label: 'Age under 25', from: ['age'], sided: false, rule: { kind: 'below', item: 'age', threshold: 25 }, sources: ['rossi2001'], note: 'Team threshold: the pelvic apophyses can still avulse until they fuse, by about 25.' },
  { id: 'age-under-45', label: 'Age under 45', from: ['age'], sided: false, rule: { kind: 'below', item: 'age', threshold: 45 }, sources: ['nice2017spa'], note: 'NICE NG65: back pain that started before 45 is the entry point for suspecting axial spondyloarthritis.' },
  { id: 'age-65-plus', label: 'Age 65 or over', from: ['age'], sided: false, rule: { kind: 'at-least', item: 'age', threshold: 65 }, sources: ['beers2023', 'nice2020aaa'], note: 'The Beers criteria apply from 65; NHS aortic screening starts at 65.' },
  { id: 'pregnant-20-weeks-plus', label: 'Pregnant 20 weeks or more', from: ['weeks-pregnant'], sided: false, rule: { kind: 'at-least', item: 'weeks-pregnant', threshold: 20 }, sources: ['fdaNsaidPregnancy'] },
  { id: 'pregnant-28-weeks-plus', label: 'Pregnant 28 weeks or more (third trimester)', from: ['weeks-pregnant'], sided: false, rule: { kind: 'at-least', item: 'weeks-pregnant', threshold: 28 }, sources: ['topicalDiclofenacLabel'] },
  { id: 'sex-female', label: 'Female', from: ['sex'], sided: false, rule: { kind: 'one-of', item: 'sex', values: ['female'] }, sources: ['team'] },
  { id: 'sex-male', label: 'Male', from: ['sex'], sided: false, rule: { kind: 'one-of', item: 'sex', values: ['male'] }, sources: ['team'] },
  { id: 'sudden-onset', label: 'Sudden onset', from: ['onset'], sided: false, rule: { kind: 'one-of', item: 'onset', values: ['sudden'] }, sources: ['team'] },
  { id: 'gradual-onset', label: 'Gradual onset', from: ['onset'], sided: false, rule: { kind: 'one-of', item: 'onset', values: ['gradual'] }, sources: ['team'] },
  { id: 'acute-duration', label: 'Symptoms under 6 weeks', from: ['duration-weeks'], sided: false, rule: { kind: 'below', item: 'duration-weeks', threshold: 6 }, sources: ['team'], note: 'Conventional acute / subacute boundary.' },
  { id: 'chronic-duration', label: 'Symptoms over 12 weeks', from: ['duration-weeks'], sided: false, rule: { kind: 'above', item: 'duration-weeks', threshold: 12 }, sources: ['nice2016lbp'], note: 'Conventional chronic boundary.' },
  { id: 'prolonged-sitting', label: 'Sits 6 hours a day or more', from: ['sitting-hours'], sided: false, rule: { kind: 'at-least', item: 'sitting-hours', threshold: 6 }, sources: ['team'], note: 'Team threshold; the seeds name prolonged sitting without a figure.' },
  { id: 'severe-pain', label: 'Worst pain 8/10 or more', from: ['pain-worst'], sided: false, rule: { kind: 'at-least', item: 'pain-worst', threshold: 8 }, sources: ['team'], note: 'Team threshold for the seeds\' "severe pain".' },
  { id: 'pain-mild', label: 'Worst pain 3/10 or less', from: ['pain-worst'], sided: false, rule: { kind: 'at-most', item: 'pain-worst', threshold: 3 }, sources: ['team'], note: 'Team band for the seeds\' "mild spasm".' },
  { id: 'pain-moderate-or-worse', label: 'Worst pain 4/10 or more', from: ['pain-worst'], sided: false, rule: { kind: 'at-least', item: 'pain-worst', threshold: 4 }, sources: ['team'], note: 'Team band; with severe-pain it separates moderate (4–7) from severe (8–10).' },
  { id: 'bilateral-symptoms', label: 'Symptoms on both sides', from: ['symptomatic-side'], sided: false, rule: { kind: 'one-of', item: 'symptomatic-side', values: ['both'] }, sources: ['team'] },
  { id: 'unilateral-symptoms', label: 'Symptoms on one side', from: ['symptomatic-side'], sided: false, rule: { kind: 'one-of', item: 'symptomatic-side', values: ['left', 'right'] }, sources: ['team'] },
  { id: 'morning-stiffness-60-or-less', label: 'Morning stiffness 60 min or less', from: ['morning-stiffness'], sided: false, rule: { kind: 'at-most', item: 'morning-stiffness', threshold: 60 }, sources: ['altman1991'] },
  { id: 'morning-stiffness-over-30', label: 'Morning stiffness over 30 min', from: ['morning-stiffness'], sided: false, rule: { kind: 'above', item: 'morning-stiffness', threshold: 30 }, sources: ['nice2016lbp'], note: 'Inflammatory pattern: published descriptions give > 30–60 min; the lower bound is used so it is not missed.' },
  { id: 'leg-length-over-5mm', label: 'Leg-length difference over 5 mm', from: ['leg-length-difference'], sided: false, rule: { kind: 'above', item: 'leg-length-difference', threshold: 0.5 }, sources: ['legLength2014'] },
  { id: 'hip-ir-below-15', label: 'Hip internal rotation below 15°', from: ['hip-ir-rom'], sided: true, rule: { kind: 'below', item: 'hip-ir-rom', threshold: 15 }, sources: ['altman1991'] },
  { id: 'hip-ir-25-or-less', label: 'Hip internal rotation 25° or less', from: ['hip-ir-rom'], sided: true, rule: { kind: 'at-most', item: 'hip-ir-rom', threshold: 25 }, sources: ['sutlive2008'] },
  { id: 'hip-flexion-115-or-less', label: 'Hip flexion 115° or less', from: ['hip-flexion-rom'], sided: true, rule: { kind: 'at-most', item: 'hip-flexion-rom', threshold: 115 }, sources: ['altman1991'] },
  { id: 'hip-adduction-reduced', label: 'Hip adduction reduced (below 20°)', from: ['hip-adduction-rom'], sided: true, rule: { kind: 'below', item: 'hip-adduction-rom', threshold: 20 }, sources: ['metcalfe2019'], note: 'Metcalfe reports "decreased passive adduction" without a cut-off; 20° (lower end of normal) is a team threshold.' },
  { id: 'hip-extension-deficit', label: 'Hip extension deficit on Thomas test', from: ['thomas-hip-angle'], sided: true, rule: { kind: 'above', item: 'thomas-hip-angle', threshold: 0 }, sources: ['bmcsports2021', 'vigotsky2016'] },
  { id: 'short-rectus-femoris', label: 'Thomas knee angle below 67°', from: ['thomas-knee-angle'], sided: true, rule: { kind: 'below', item: 'thomas-knee-angle', threshold: 67 }, sources: ['bmcsports2021'] },
  { id: 'hip-ir-side-difference', label: 'Hip internal rotation differs by more than 10° between sides', from: ['hip-ir-rom'], sided: false, rule: { kind: 'side-difference', item: 'hip-ir-rom', threshold: 10 }, sources: ['team'], note: 'Team threshold; goniometry error is about 5°.' },
  { id: 'faber-groin', label: 'FABER positive with groin pain', from: ['faber', 'faber-pain-location'], sided: true, rule: { kind: 'positive-with', item: 'faber', detail: 'faber-pain-location', value: 'groin' }, sources: ['maslowski2010'] },
  { id: 'faber-posterior', label: 'FABER positive with buttock or back pain', from: ['faber', 'faber-pain-location'], sided: true, rule: { kind: 'positive-with', item: 'faber', detail: 'faber-pain-location', value: 'buttock' }, sources: ['laslett2005'] },
  { id: 'hip-flexion-weak', label: 'Hip flexion strength 4/5 or less', from: ['hip-flexion-strength'], sided: true, rule: { kind: 'at-most', item: 'hip-flexion-strength', threshold: 4 }, sources: ['team'] },
  { id: 'hip-abduction-weak', label: 'Hip abduction strength 4/5 or less', from: ['hip-abduction-strength'], sided: true, rule: { kind: 'at-most', item: 'hip-abduction-strength', threshold: 4 }, sources: ['metcalfe2019'] },
  { id: 'knee-extension-weak', label: 'Knee extension strength 4/5 or less', from: ['knee-extension-strength'], sided: true, rule: { kind: 'at-most', item: 'knee-extension-strength', threshold: 4 }, sources: ['suri2011'] },
  { id: 'patellar-reflex-reduced', label: 'Patellar reflex reduced or absent', from: ['patellar-reflex'], sided: true, rule: { kind: 'one-of', item: 'patellar-reflex', values: ['reduced', 'absent'] }, sources: ['suri2011'] },
  { id: 'achilles-reflex-reduced', label: 'Achilles reflex reduced or absent', from: ['achilles-reflex'], sided: true, rule: { kind: 'one-of', item: 'achilles-reflex', values: ['reduced', 'absent'] }, sources: ['team'] },
  { id: 'squat-painful-or-limited', label: 'Deep squat painful, limited or not possible', from: ['deep-squat'], sided: false, rule: { kind: 'one-of', item: 'deep-squat', values: ['painful', 'limited', 'unable'] }, sources: ['team'] },
  { id: 'sit-to-stand-impaired', label: 'Sit to stand painful or impaired', from: ['sit-to-stand'], sided: false, rule: { kind: 'one-of', item: 'sit-to-stand', values: ['painful', 'uses-arms', 'unable'] }, sources: ['team'] },
] as const satisfies readonly DerivedFindingDef<SourceId>[];

export type DerivedFindingId = (typeof DERIVED_FINDINGS)[number]['id'];
