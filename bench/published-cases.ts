import type { ConditionId } from '../src/clinical/knowledge-base/conditions.ts';
import type { ExamItemId } from '../src/clinical/knowledge-base/exam-items.ts';
import type { CareSetting, RecordedValue } from '../src/clinical/knowledge-base/types.ts';

/**
 * Published cases for the validation bench (issue 19, point 5): case reports, case series and
 * teaching cases that nobody on the team wrote, each with its citation and the findings its
 * source states.
 *
 * How they were found: the project's search tool over stored public web pages (corpus "pages"),
 * one or more queries per condition in the knowledge base (e.g. "psoas abscess case report fever
 * flank pain hip flexion", "meralgia paresthetica case report obese patient pelvic compression
 * test", "year-old presented with ... case report"), then targeted queries to read more of a
 * promising page. Only the text the tool returned was read; `url` is the page read, and the
 * citation gives what that text shows (authors, title, journal, year, DOI or PMID where shown).
 * Where the text did not show a field (often the authors), the citation says so rather than
 * guessing.
 *
 * The rule: only stated findings. A finding is recorded only if the source states it, for this
 * patient, at presentation. Anything not stated is left out (not recorded), never assumed
 * normal; "denied X" or "afebrile" is recorded as absent. The pain map is never marked complete.
 * Where the source's wording had to be mapped onto an exam item (e.g. "refused to walk" →
 * "Will not bear weight", "4 days" → 1 week, the item's unit), `stated` says so, so a reader can
 * check the mapping. Laboratory and imaging results have no exam item and are not recorded.
 *
 * `setting` is 'sports' when the source describes the patient as an athlete (competitive,
 * high-performance or "tactical") or the case comes from a sports-medicine clinic; otherwise
 * 'general'.
 *
 * `expectFlag` is true when the source describes a serious condition needing urgent or emergency
 * action (the knowledge base's `serious` conditions).
 */

export type CaseFindings = Readonly<Partial<Record<ExamItemId, RecordedValue>>>;

export interface PublishedCase {
  readonly id: string;
  readonly citation: string;
  readonly url?: string;
  readonly pmid?: string;
  readonly doi?: string;
  readonly kind: 'case report' | 'case series' | 'teaching case';
  readonly setting: CareSetting;
  /** The diagnosis the source reached. */
  readonly intended: ConditionId;
  readonly expectFlag: boolean;
  /** What the source states, paraphrased, so the mapping can be checked. */
  readonly stated: string;
  readonly findings: CaseFindings;
}

export const PUBLISHED_CASES: readonly PublishedCase[] = [
  // ─── Iliopsoas ────────────────────────────────────────────────────────────────────────────
  {
    id: 'spasm-tufo-2012',
    citation:
      'Tufo A, Desai GJ, Cox WJ. Psoas syndrome: a frequently missed diagnosis. J Am Osteopath Assoc. 2012;112(8):522-528.',
    url: 'https://jaoa.org/article.aspx?articleid=2094465',
    kind: 'case report',
    setting: 'general',
    intended: 'iliopsoas-spasm',
    expectFlag: false,
    stated:
      '48-year-old man, 6 months of low back pain, episodes of pain and numbness into the buttocks; denied trauma, cough/sneeze aggravation and bowel or bladder dysfunction; temperature 98.0°F; strength 5/5 and patellar and Achilles reflexes 2+ on both sides. Diagnosis: psoas syndrome (mapped to iliopsoas spasm).',
    findings: {
      age: 48,
      sex: 'male',
      'duration-weeks': 26,
      'pain-lower-back': true,
      'pain-buttock': true,
      'numbness-tingling': true,
      trauma: false,
      'worse-cough': false,
      'bladder-bowel-change': false,
      fever: false,
      'knee-extension-strength': { left: 5, right: 5 },
      'patellar-reflex': { left: 'normal', right: 'normal' },
      'achilles-reflex': { left: 'normal', right: 'normal' },
    },
  },
  {
    id: 'strain-fifa-network',
    citation:
      'FIFA Medical Network. Iliopsoas muscle injury (teaching case; author not shown in the text read).',
    url: 'https://www.fifamedicalnetwork.com/iliopsoas-muscle-injury/',
    kind: 'teaching case',
    setting: 'sports',
    intended: 'iliopsoas-strain',
    expectFlag: false,
    stated:
      '28-year-old male recreational footballer with acute left hip and groin pain while striking a ball; resisted hip flexion provoked pain and weakness. MRI: partial iliopsoas tear.',
    findings: {
      age: 28,
      sex: 'male',
      'kicking-sport': true,
      onset: 'sudden',
      'pain-hip': true,
      'pain-groin': true,
      'symptomatic-side': 'left',
      'resisted-hip-flexion': { left: 'positive' },
    },
  },
  {
    id: 'tendinopathy-rauseo',
    citation:
      'Rauseo C. The rehabilitation of a runner with iliopsoas tendinopathy using an eccentric-biased exercise — a case report. Int J Sports Phys Ther (IJSPT) (year not shown in the text read).',
    url: 'https://studylib.net/doc/25767317/tendinopatia-psoas-iliaco',
    kind: 'case report',
    setting: 'sports',
    intended: 'iliopsoas-tendinopathy',
    expectFlag: false,
    stated:
      '39-year-old female middle-distance runner, sudden onset of left anterior groin pain after a significant increase in running load, persisting despite rest for three months; iliopsoas tendinopathy on ultrasound.',
    findings: {
      age: 39,
      sex: 'female',
      onset: 'sudden',
      'pain-groin': true,
      'symptomatic-side': 'left',
      'training-increase': true,
      'duration-weeks': 13,
      'not-improving': true,
    },
  },
  {
    id: 'bursitis-skiadas-2009',
    citation:
      'Skiadas V, Koutoulidis V, Plotas A. An atypical case of noninfected iliopsoas bursitis — MRI findings. J Radiol Case Rep. 2009;3(10):15-18.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3303274',
    pmid: '22470621',
    doi: '10.3941/jrcr.v3i10.326',
    kind: 'case report',
    setting: 'general',
    intended: 'iliopsoas-bursitis',
    expectFlag: false,
    stated:
      '81-year-old woman with chronic left hip and lower abdominal pain and a palpable left-sided pelvic mass; afebrile. MRI: distended iliopsoas bursa.',
    findings: {
      age: 81,
      sex: 'female',
      'pain-hip': true,
      'pain-lower-abdomen': true,
      'symptomatic-side': 'left',
      'swelling-mass': true,
      fever: false,
    },
  },
  {
    id: 'bursitis-rheumnetwork-soldier',
    citation:
      'Iliopsoas bursitis (case-based article). Rheumatology Network (author not shown in the text read).',
    url: 'https://rheumatologynetwork.com/articles/iliopsoas-bursitis',
    kind: 'teaching case',
    setting: 'general',
    intended: 'iliopsoas-bursitis',
    expectFlag: false,
    stated:
      '40-year-old male soldier with a painless right groin mass noted weeks earlier; denied constitutional symptoms and trauma; firm immobile mass in the right inguinal area. US/MRI: iliopsoas bursitis. "Painless" recorded as groin pain absent; "denied constitutional symptoms" as fever and weight loss absent.',
    findings: {
      age: 40,
      sex: 'male',
      'swelling-mass': true,
      'pain-groin': false,
      'symptomatic-side': 'right',
      trauma: false,
      fever: false,
      'weight-loss': false,
    },
  },
  {
    id: 'snapping-thompson-2015',
    citation:
      'Thompson G. Painful snapping hip owing to bifid iliopsoas tendon and concurrent labral tear. S Afr J Rad. 2015;19(1):741.',
    url: 'http://cord.distantreader.org/stacks/journals/sajr/sajr-741.htm',
    doi: '10.4102/sajr.v19i1.741',
    kind: 'case report',
    setting: 'general',
    intended: 'internal-snapping-hip',
    expectFlag: false,
    stated:
      '20-year-old physically active woman with a painful, snapping right hip; clinical impingement tests negative, full range of movement. Dynamic ultrasound: snapping bifid iliopsoas tendon. The reported snap is recorded as the anterior snap item; "impingement tests negative" as FADIR negative.',
    findings: {
      age: 20,
      sex: 'female',
      'pain-hip': true,
      'anterior-snap': true,
      'symptomatic-side': 'right',
      fadir: { right: 'negative' },
    },
  },

  // ─── Hip joint and lateral hip ────────────────────────────────────────────────────────────
  {
    id: 'hip-oa-cibulka',
    citation:
      "Cibulka MT, Threlkeld J. The early clinical diagnosis of osteoarthritis of the hip (Resident's Case Problem). J Orthop Sports Phys Ther (year not shown in the text read; p. 461).",
    url: 'https://studylib.net/doc/10810615/o-the-early-clinical-diagnosis-of-osteoarthritis-of-the-hip',
    kind: 'case report',
    setting: 'general',
    intended: 'hip-oa',
    expectFlag: false,
    stated:
      "43-year-old woman, lateral (greater trochanter) right hip pain for about 5 years, worse after sitting 60 minutes and on steps, limping for 4 months, no trauma, relieved by non-weight-bearing. Patrick's (FABER) test positive on the right, per the eOrthopod summary of this paper (eorthopod.com). Hip flexion and internal rotation reduced (no degrees given, so not recorded).",
    findings: {
      age: 43,
      sex: 'female',
      'pain-lateral-thigh': true,
      'symptomatic-side': 'right',
      'duration-weeks': 260,
      'worse-sitting': true,
      'worse-stairs': true,
      'antalgic-gait': true,
      trauma: false,
      'eased-rest': true,
      faber: { right: 'positive' },
    },
  },
  {
    id: 'fai-clinicaladvisor-orthodx',
    citation:
      'Cloutier D. OrthoDx slideshow case "lesion on femoral head/neck junction" (title taken from the page address). Clinical Advisor.',
    url: 'https://www.clinicaladvisor.com/slideshow/orthopedics-information-center/orthodx-lesion-on-femoral-head-neck-junction/',
    kind: 'teaching case',
    setting: 'general',
    intended: 'fai-syndrome',
    expectFlag: false,
    stated:
      '52-year-old male construction worker, right hip pain for 3 months, usually in the groin, no known injury; pain with hip flexion, adduction and internal rotation (FADIR). Radiograph: cam lesion.',
    findings: {
      age: 52,
      sex: 'male',
      'pain-hip': true,
      'pain-groin': true,
      'symptomatic-side': 'right',
      'duration-weeks': 13,
      trauma: false,
      fadir: { right: 'positive' },
    },
  },
  {
    id: 'fai-ijes-field-hockey',
    citation:
      'Taylor M, Rozea G, Vanic K, Zaparzynski L. Hip pain – high school track (clinical case). Int J Exerc Sci Conf Proc. 9(2):99.',
    url: 'https://digitalcommons.wku.edu/ijesab/vol9/iss2/99/',
    kind: 'case report',
    setting: 'sports',
    intended: 'fai-syndrome',
    expectFlag: false,
    stated:
      '19-year-old female field hockey athlete with left hip pain and stiffness; pain on hip flexor manual muscle testing; point tender over the iliopsoas and rectus femoris tendons; anterior medial clicking. Final diagnosis: cam FAI.',
    findings: {
      age: 19,
      sex: 'female',
      'pain-hip': true,
      'symptomatic-side': 'left',
      'resisted-hip-flexion': { left: 'positive' },
      'iliopsoas-tendon-tender': { left: true },
      'clicking-catching': true,
    },
  },
  {
    id: 'labral-malas-2007',
    citation:
      'Malas FÜ, Kara M, Kerimoğlu Ü, Özçakar L. An underestimated culprit of groin pain: acetabular labrum tear. Am J Phys Med Rehabil. 2007;86(8):690.',
    url: 'https://journals.lww.com/ajpmr/Fulltext/2007/08000/An_Underestimated_Culprit_of_Groin_Pain_.15.aspx',
    doi: '10.1097/PHM.0b013e31811623d5',
    kind: 'case report',
    setting: 'general',
    intended: 'labral-tear',
    expectFlag: false,
    stated:
      '41-year-old woman, right groin pain for 1 year, radiating toward the knee when standing long; no low back pain, numbness or tingling. MRI: partial anterior labral tear.',
    findings: {
      age: 41,
      sex: 'female',
      'pain-groin': true,
      'symptomatic-side': 'right',
      'duration-weeks': 52,
      'worse-standing': true,
      'pain-lower-back': false,
      'numbness-tingling': false,
    },
  },
  {
    id: 'gluteal-paul-2020',
    citation:
      'Paul KM, Hughes LC. Differential diagnosis of a patient with posterior lateral thigh pain: a case report. Adv Ortho Sprts Med. 2020:AOASM-124.',
    url: 'https://kosmospublishers.com/differential-diagnosis-of-a-patient-with-posterior-lateral-thigh-pain-a-case-report',
    doi: '10.37722/AOASM.202021',
    kind: 'case report',
    setting: 'general',
    intended: 'gluteal-tendinopathy',
    expectFlag: false,
    stated:
      '66-year-old woman, insidious left posterior-lateral thigh pain; positive Trendelenburg sign in stance and gait; painful palpation over the greater trochanter; posterior thigh pain reproduced with the slump test. Diagnosis: gluteus medius tear.',
    findings: {
      age: 66,
      sex: 'female',
      onset: 'gradual',
      'pain-lateral-thigh': true,
      'symptomatic-side': 'left',
      'trendelenburg-test': { left: 'positive' },
      'trendelenburg-gait': true,
      'greater-trochanter-tender': { left: true },
      slump: { left: 'positive' },
    },
  },

  // ─── Groin entities ───────────────────────────────────────────────────────────────────────
  {
    id: 'adductor-clinicaladvisor-hockey',
    citation:
      'OrthoDx slideshow case "groin pain, hockey player" (title taken from the page address; author not shown in the text read). Clinical Advisor.',
    url: 'https://www.clinicaladvisor.com/slideshow/ortho-dx/orthodx-groin-pain-hockey-player/',
    kind: 'teaching case',
    setting: 'sports',
    intended: 'adductor-related-groin-pain',
    expectFlag: false,
    stated:
      '21-year-old hockey player, left groin pain for 6 months, aggravated when hit from behind (leg did a split, felt a pop); running and skating markedly increase the pain. MRI: pectineus, adductor longus and brevis tears.',
    findings: {
      age: 21,
      sex: 'male',
      'pain-groin': true,
      'symptomatic-side': 'left',
      'duration-weeks': 26,
      trauma: true,
      'worse-impact': true,
    },
  },
  {
    id: 'inguinal-annrehabilmed-2015',
    citation:
      'Diagnosis of groin pain associated with sports hernia using dynamic ultrasound and physical examination: a case report. Ann Rehabil Med. 2015;39(6):1038-1041 (Dongguk University; author names not shown in the text read).',
    url: 'https://koreamed.org/SearchBasic.php?RID=2165633',
    doi: '10.5535/arm.2015.39.6.1038',
    kind: 'case report',
    setting: 'sports',
    intended: 'inguinal-related-groin-pain',
    expectFlag: false,
    stated:
      '19-year-old soccer player with groin pain aggravated by sports activity. Dynamic ultrasound: posterior inguinal wall bulge (sports hernia).',
    findings: {
      age: 19,
      sex: 'male',
      'pain-groin': true,
      'kicking-sport': true,
    },
  },
  {
    id: 'pubic-bjsm-2024',
    citation:
      'Imaging case of a 17-year-old footballer with pubic apophysitis (title not shown in the text read; contributors DFH, AvO, BBF, AW; X handles @Davidhanff3, @brucebforster). Br J Sports Med. 2024 (online first).',
    url: 'https://bjsm.bmj.com/content/early/2024/09/09/bjsports-2024-108710',
    doi: '10.1136/bjsports-2024-108710',
    kind: 'case report',
    setting: 'sports',
    intended: 'pubic-related-groin-pain',
    expectFlag: false,
    stated:
      '17-year-old footballer, left groin pain for 6 months despite rest, painful running, stairs and turning in bed; tenderness of the pubic bone near the adductor insertion and pubic pain on resisted adduction. MRI: pubic apophysitis with symphyseal bone marrow oedema. Pubic bone tenderness recorded as pubic symphysis tender.',
    findings: {
      age: 17,
      sex: 'male',
      'kicking-sport': true,
      'pain-groin': true,
      'symptomatic-side': 'left',
      'duration-weeks': 26,
      'worse-stairs': true,
      'pubic-symphysis-tender': true,
      'resisted-adduction-pain': { left: 'positive' },
    },
  },

  // ─── Spine and nerves ─────────────────────────────────────────────────────────────────────
  {
    id: 'upper-lumbar-habib-2021',
    citation:
      'Habib Z, Mansha M, Hafeez Y, Haque M, Mbarek I. Quadriceps weakness due to disc protrusion causing nerve root compression: a case report and literature review. J Med Res. 2021;7(2):47-50.',
    url: 'https://docslib.org/doc/7734556/quadriceps-weakness-due-to-disc-protrusion-causing-nerve-root-compression-a-case-report-and-literature-review',
    kind: 'case report',
    setting: 'general',
    intended: 'upper-lumbar-radiculopathy',
    expectFlag: false,
    stated:
      '45-year-old man, 5 days of left quadriceps weakness without back or leg pain or sensory symptoms; previous disc prolapse at 26; quadriceps 4/5 and diminished knee reflex. MRI: L3-4 extrusion compressing L4. "5 days" recorded as 1 week.',
    findings: {
      age: 45,
      sex: 'male',
      'symptomatic-side': 'left',
      'duration-weeks': 1,
      'knee-extension-strength': { left: 4 },
      'patellar-reflex': { left: 'reduced' },
      'pain-lower-back': false,
      'numbness-tingling': false,
      'previous-episodes': true,
    },
  },
  {
    id: 'lower-lumbar-howell-2012',
    citation:
      'Howell ER. Conservative management of a 31 year old male with left sided low back and leg pain: a case report. J Can Chiropr Assoc. 2012;56(3):225-232.',
    url: 'https://pdfslide.us/documents/conservative-management-of-a-31-year-old-male-with-left-disc-herniations.html',
    kind: 'case report',
    setting: 'general',
    intended: 'lower-lumbar-radiculopathy',
    expectFlag: false,
    stated:
      '31-year-old man, left low back and leg pain for 3-4 months, worse with prolonged sitting; diagnosed L5-S1 disc herniation. Leg pain site and duration not precise enough to record.',
    findings: {
      age: 31,
      sex: 'male',
      'pain-lower-back': true,
      'symptomatic-side': 'left',
      'worse-sitting': true,
    },
  },
  {
    id: 'stenosis-accessphysio',
    citation:
      'Lumbar spinal stenosis teaching case, AccessPhysiotherapy (McGraw-Hill textbook, book 1491, section 90322077; book title and authors not shown in the text read).',
    url: 'http://accessphysiotherapy.mhmedical.com/content.aspx?bookid=1491&sectionid=90322077',
    kind: 'teaching case',
    setting: 'general',
    intended: 'lumbar-stenosis',
    expectFlag: false,
    stated:
      '64-year-old woman, low back and buttock pain on standing, relieved leaning forward; for about 10 months bilateral buttock and calf pain after about 10 blocks of walking that forces her to sit; no point tenderness over the lumbar spine.',
    findings: {
      age: 64,
      sex: 'female',
      'pain-lower-back': true,
      'pain-buttock': true,
      'pain-below-knee': true,
      'bilateral-leg-symptoms': true,
      'symptomatic-side': 'both',
      'worse-walking': true,
      'worse-standing': true,
      'eased-sitting-flexion': true,
      'lumbar-spine-tender': false,
      'duration-weeks': 43,
    },
  },
  {
    id: 'sij-cibulka-1992',
    citation:
      'Cibulka MT. The treatment of the sacroiliac joint component to low back pain: a case report. Phys Ther. 1992;72(12):917-922.',
    url: 'http://doczz.net/doc/6475927/michael-t-cibulka-1992%3B-72-917-922.-phys-ther.',
    kind: 'case report',
    setting: 'general',
    intended: 'sij-pain',
    expectFlag: false,
    stated:
      'A man developed right-sided low back pain without provocation; sacroiliac joint dysfunction, excessive right hip lateral rotation and limited medial rotation (no degrees in the text read). "Without provocation" recorded as no trauma.',
    findings: {
      sex: 'male',
      'pain-lower-back': true,
      'symptomatic-side': 'right',
      trauma: false,
    },
  },
  {
    id: 'femoral-neuropathy-simon-1984',
    citation:
      'Simon KJ, Goodrich A. Femoral neuropathy: a case report and topic review. Orthopedics. 1984 (issue 1984-12-7-12 per the page address).',
    url: 'https://www.healio.com/orthopedics/journals/ortho/1984-12-7-12/%7Bea1d1a6d-4e07-49cb-a5a2-2c46875a4308%7D/femoral-neuropathy-a-case-report-and-topic-review',
    kind: 'case report',
    setting: 'general',
    intended: 'femoral-neuropathy',
    expectFlag: false,
    stated:
      '67-year-old woman with left distal anterior thigh pain and left hip pain and her left knee giving way; past cervical carcinoma in situ and stage I vaginal cancer. Femoral neuropathy from a retroperitoneal mass.',
    findings: {
      age: 67,
      sex: 'female',
      'pain-anterior-thigh': true,
      'pain-hip': true,
      'symptomatic-side': 'left',
      'cancer-history': true,
    },
  },
  {
    id: 'meralgia-cmaj-2005',
    citation:
      'Case of occupation-related meralgia paresthetica in a 32-year-old gardener (title and authors not shown in the text read). CMAJ. 2005;172(10):1273.',
    url: 'https://www.cmaj.ca/content/172/10/1273',
    kind: 'case report',
    setting: 'general',
    intended: 'meralgia-paresthetica',
    expectFlag: false,
    stated:
      '32-year-old gardener, 2 years of intermittent burning pain along the anterolateral left thigh when using a ride-on mower; a broad utility belt dug into his sides; sensory disturbance in the lateral femoral cutaneous nerve distribution; palpation around the left ASIS elicited tingling (recorded as a positive pelvic compression test).',
    findings: {
      age: 32,
      sex: 'male',
      'pain-lateral-thigh': true,
      'symptomatic-side': 'left',
      'duration-weeks': 104,
      'tight-belt': true,
      'lateral-thigh-sensation': { left: true },
      'pelvic-compression-meralgia': { left: 'positive' },
    },
  },
  {
    id: 'meralgia-moy-2021',
    citation:
      "Moy WL. A cook with 'burning in the thigh' and a 'hotspot' in the groin! Oxf Med Case Reports. 2021;2021(11-12):omab112.",
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8633630',
    pmid: '34858626',
    doi: '10.1093/omcr/omab112',
    kind: 'case report',
    setting: 'general',
    intended: 'meralgia-paresthetica',
    expectFlag: false,
    stated:
      '64-year-old female cook, 2 months of persistent numbness and burning over the right anterolateral thigh; examination gave the diagnosis of meralgia paresthetica.',
    findings: {
      age: 64,
      sex: 'female',
      'symptomatic-side': 'right',
      'duration-weeks': 9,
      'numbness-tingling': true,
      'lateral-thigh-sensation': { right: true },
    },
  },

  // ─── Widespread, inflammatory and non-specific ─────────────────────────────────────────────
  {
    id: 'fibromyalgia-accessphysio',
    citation:
      'Fibromyalgia syndrome teaching case, AccessPhysiotherapy (McGraw-Hill textbook, book 639, section 43788292; book title and authors not shown in the text read).',
    url: 'http://accessphysiotherapy.mhmedical.com/content.aspx?bookid=639&sectionid=43788292',
    kind: 'teaching case',
    setting: 'general',
    intended: 'fibromyalgia',
    expectFlag: false,
    stated:
      '45-year-old woman referred with back pain who has pain "all over her body", fatigue, difficulty sleeping, poor memory and headaches, never improving; started 4 years ago after a fall down stairs; previous physical therapy did not help; sedentary.',
    findings: {
      age: 45,
      sex: 'female',
      'pain-lower-back': true,
      'widespread-pain': true,
      'fatigue-poor-sleep': true,
      trauma: true,
      'duration-weeks': 208,
      sedentary: true,
      'not-improving': true,
    },
  },
  {
    id: 'inflammatory-wahinuddin-2016',
    citation:
      'Wahinuddin S, Anwar SMA, Mohd SB. Rapidly destructive coxarthrosis as early presentation of rheumatoid arthritis in a young women: a case report. Allied Academies (alliedacademies.org), accepted 29 July 2016.',
    url: 'https://www.sambuz.com/doc/rapidly-destructive-coxarthrosis-as-early-presentation-of-document-10984',
    kind: 'case report',
    setting: 'general',
    intended: 'inflammatory-arthritis',
    expectFlag: false,
    stated:
      '36-year-old woman with progressive left hip pain aggravated by movement and relieved with rest; no injury; no arthritis of other joints. Seronegative, anti-CCP positive rheumatoid arthritis.',
    findings: {
      age: 36,
      sex: 'female',
      'pain-hip': true,
      'symptomatic-side': 'left',
      trauma: false,
      'eased-rest': true,
    },
  },
  {
    id: 'nonspecific-lbp-accessphysio',
    citation:
      'Mechanical low back pain (lumbar sprain) teaching case, AccessPhysiotherapy (McGraw-Hill textbook, book 1491, section 90321966; book title and authors not shown in the text read).',
    url: 'https://accessphysiotherapy.mhmedical.com/content.aspx?bookid=1491&sectionid=90321966',
    kind: 'teaching case',
    setting: 'general',
    intended: 'nonspecific-lbp',
    expectFlag: false,
    stated:
      '27-year-old nurse, sudden mid-lumbar pain 10 days ago while helping lift a stretcher; sitting relieves the pain; point tenderness at L4-5; straight leg raise 80° on both sides. "10 days" recorded as 1 week.',
    findings: {
      age: 27,
      sex: 'female',
      'pain-lower-back': true,
      onset: 'sudden',
      'duration-weeks': 1,
      'eased-sitting-flexion': true,
      'lumbar-spine-tender': true,
      'slr-angle': { left: 80, right: 80 },
    },
  },
  {
    id: 'axspa-kenny-2023',
    citation:
      'Kenny JT, Fraser JJ. Ankylosing spondylitis presenting as buttock pain in a military tactical athlete. JOSPT Cases. 2023;3(2):110-116.',
    url: 'http://globalauthorid.com/WebPortal/ArticleView?wd=D5CF26CF9AB9FEAF322264251F5DF60AA7ED988C980145C5B4855076E5DFF730',
    doi: '10.2519/josptcases.2023.11596',
    kind: 'case report',
    setting: 'sports',
    intended: 'axial-spondyloarthritis',
    expectFlag: false,
    stated:
      '20-year-old male military specialist, right buttock pain that began during recruit training (insidious, non-resolving), managed for over a year without treatment response. Rheumatology confirmed ankylosing spondylitis. "Over a year" recorded as 52 weeks.',
    findings: {
      age: 20,
      sex: 'male',
      'pain-buttock': true,
      'symptomatic-side': 'right',
      onset: 'gradual',
      'endurance-or-military': true,
      'not-improving': true,
      'duration-weeks': 52,
    },
  },

  // ─── Serious: infection, bleeding, visceral ───────────────────────────────────────────────
  {
    id: 'psoas-abscess-josr-2010',
    citation:
      'A case report of a septic hip secondary to a psoas abscess. J Orthop Surg Res. 2010;5:70 (authors not shown in the text read).',
    url: 'http://www.josr-online.com/content/5/1/70',
    pmid: '20846379',
    doi: '10.1186/1749-799X-5-70',
    kind: 'case report',
    setting: 'general',
    intended: 'psoas-abscess',
    expectFlag: true,
    stated:
      '48-year-old man, 4 days of right groin pain, fever, rigors and anorexia, chronic renal failure; pyrexial, right hip held flexed, painful restriction with discomfort on internal/external rotation. CT: right psoas abscess. "4 days" recorded as 1 week; the abstract says left hip, the case text right groin: the case text is used.',
    findings: {
      age: 48,
      sex: 'male',
      'pain-groin': true,
      'symptomatic-side': 'right',
      'duration-weeks': 1,
      fever: true,
      'anorexia-vomiting': true,
      'kidney-disease': true,
      'hip-held-flexed': true,
      'pain-on-ir': { right: 'positive' },
    },
  },
  {
    id: 'psoas-abscess-smj-2001',
    citation:
      'Psoas abscess: a primer for the internist. South Med J. 2001;94(1) (case report section, as reproduced by Medscape; authors not shown in the text read).',
    url: 'https://www.medscape.com/viewarticle/410693_7',
    kind: 'case report',
    setting: 'general',
    intended: 'psoas-abscess',
    expectFlag: true,
    stated:
      '51-year-old man: right flank pain, then right hip pain radiating to the anterior thigh with nausea and a 7-pound weight loss; denied fever (98.7°F); physical signs of psoas inflammation and right lower quadrant tenderness. CT: right psoas abscess. "Signs of psoas inflammation" recorded as a positive right psoas sign.',
    findings: {
      age: 51,
      sex: 'male',
      'flank-pain': true,
      'pain-hip': true,
      'pain-anterior-thigh': true,
      'symptomatic-side': 'right',
      fever: false,
      'anorexia-vomiting': true,
      'weight-loss': true,
      'psoas-sign': { right: 'positive' },
      'rlq-tenderness': true,
    },
  },
  {
    id: 'spinal-infection-bmjcr-2010',
    citation:
      'Spontaneous abscess of the lumbar spine presenting as subacute back pain. BMJ Case Rep. 2010;2010:bcr1120092505 (authors not shown in the text read).',
    url: 'http://pubmedcentralcanada.ca/pmcc/articles/PMC3027971/',
    doi: '10.1136/bcr.11.2009.2505',
    kind: 'case report',
    setting: 'general',
    intended: 'spinal-infection',
    expectFlag: true,
    stated:
      '52-year-old woman, 5 weeks of lumbar back pain that began suddenly (10/10) lifting a heavy box, with fever and reduced sensation in her left leg (recorded as leg numbness). MRI: epidural abscess.',
    findings: {
      age: 52,
      sex: 'female',
      'pain-lower-back': true,
      'duration-weeks': 5,
      onset: 'sudden',
      'pain-worst': 10,
      fever: true,
      'numbness-tingling': true,
    },
  },
  {
    id: 'spinal-infection-cooper-em',
    citation:
      'Critical Cases – Spine Emergency! EM Daily, Cooper University Health Care Emergency Medicine (teaching case; author not shown in the text read).',
    url: 'https://emdaily1.cooperhealth.org/content/critical-cases-spine-emergency',
    kind: 'teaching case',
    setting: 'general',
    intended: 'spinal-infection',
    expectFlag: true,
    stated:
      '53-year-old man who injects drugs, 1.5 months of stabbing low back pain worsened after being hit by a car, with difficulty urinating, straining at stool, fevers, weight loss; tender to percussion over the lumbar spine; strength 5/5; no saddle anaesthesia. CT/MRI: L4-5 discitis/osteomyelitis, epidural and psoas abscesses.',
    findings: {
      age: 53,
      sex: 'male',
      'injected-drug-use': true,
      'pain-lower-back': true,
      'duration-weeks': 6,
      trauma: true,
      'bladder-bowel-change': true,
      fever: true,
      'weight-loss': true,
      'lumbar-spine-tender': true,
      'saddle-anaesthesia': false,
      'knee-extension-strength': { left: 5, right: 5 },
    },
  },
  {
    id: 'septic-hip-rosen',
    citation:
      'Rosen MH. Fever and refusal to walk in a 4-year old. Radiology Cases in Pediatric Emergency Medicine, vol 4, case 17 (University of Hawaii).',
    url: 'http://www.hawaii.edu/medicine/pediatrics/pemxray/v4c17.html',
    kind: 'teaching case',
    setting: 'general',
    intended: 'septic-arthritis-hip',
    expectFlag: true,
    stated:
      '4-year-old girl with fever (40.7°C) and right leg pain since the previous night after slipping in a pool, now refusing to bear weight; right hip held abducted and externally rotated, severely limited motion, skin warm but not red. "Refuses to bear weight" recorded as will not bear weight; the slip recorded as trauma; "warm" as redness or warmth. Leg pain is not mapped to a pain region.',
    findings: {
      age: 4,
      sex: 'female',
      fever: true,
      trauma: true,
      'non-weight-bearing': true,
      'redness-warmth': true,
      'symptomatic-side': 'right',
      'duration-weeks': 0,
    },
  },
  {
    id: 'septic-hip-barrett-2018',
    citation:
      'Barrett W. Quick consult: symptoms: fever and hip pain. Emergency Medicine News. 2018.',
    url: 'https://journals.lww.com/em-news/Fulltext/2018/09000/Quick_Consult__Symptoms__Fever_and_Hip_Pain.17.aspx',
    doi: '10.1097/01.EEM.0000546147.48158.66',
    kind: 'teaching case',
    setting: 'general',
    intended: 'septic-arthritis-hip',
    expectFlag: true,
    stated:
      '7-year-old boy with 6 days of fever, hip pain and knee pain, refusing to walk; temperature 39°C; exquisite pain on hip rotation. The source names the left hip in the history and the right in the examination, so no side is recorded. "6 days" recorded as 1 week.',
    findings: {
      age: 7,
      sex: 'male',
      fever: true,
      'pain-hip': true,
      'pain-knee': true,
      'non-weight-bearing': true,
      'duration-weeks': 1,
    },
  },
  {
    id: 'appendicitis-retroperitoneal',
    citation:
      'Retroperitoneal appendicitis: a surgical dilemma (case report). JP Journals (authors and journal title not shown in the text read).',
    url: 'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F487753301%2Fab224e1e28348512686d322e9cfb68473d6a',
    doi: '10.5005/jp-journals-10018-1070',
    kind: 'case report',
    setting: 'general',
    intended: 'appendicitis',
    expectFlag: true,
    stated:
      '26-year-old woman, low backache for 3 days, right lower abdominal pain for 2 days, one episode of vomiting, similar previous episodes; 98.6°F; right iliac fossa tenderness; psoas sign positive. Retroperitoneal appendix at surgery. "3 days" recorded as 0 weeks.',
    findings: {
      age: 26,
      sex: 'female',
      'pain-lower-back': true,
      'pain-lower-abdomen': true,
      'anorexia-vomiting': true,
      fever: false,
      'rlq-tenderness': true,
      'psoas-sign': { right: 'positive' },
      'previous-episodes': true,
      'duration-weeks': 0,
    },
  },
  {
    id: 'haematoma-consultant360',
    citation:
      'Spontaneous iliopsoas hematoma with femoral neuropathy — an unusual complication of anticoagulation. Consultant360 (authors not shown in the text read).',
    url: 'https://consultant360.com/articles/spontaneous-iliopsoas-hematoma-femoral-neuropathy-unusual-complication-anticoagulation',
    kind: 'case report',
    setting: 'general',
    intended: 'iliopsoas-haematoma',
    expectFlag: true,
    stated:
      '84-year-old woman on warfarin for atrial fibrillation, 2 weeks of increasing left groin pain and progressive left leg weakness; no back pain or urinary symptoms; apyrexial; hip flexors 0/5, L2-L4 sensory loss, absent knee jerk, painful left hip extension (recorded as iliopsoas stretch pain). INR 4.6.',
    findings: {
      age: 84,
      sex: 'female',
      'pain-groin': true,
      'symptomatic-side': 'left',
      'duration-weeks': 2,
      anticoagulants: true,
      'cardiovascular-disease': true,
      fever: false,
      'pain-lower-back': false,
      'bladder-bowel-change': false,
      'progressive-weakness': true,
      'hip-flexion-strength': { left: 0 },
      'patellar-reflex': { left: 'absent' },
      'sensation-l2': { left: true },
      'sensation-l3': { left: true },
      'sensation-l4': { left: true },
      'iliopsoas-stretch-pain': { left: 'positive' },
    },
  },
  {
    id: 'haematoma-asati-2021',
    citation:
      'Asati S, Kundnani VG, Sagane SS, Jain S, Raut S. Iliopsoas hematoma mimicking femoral neuropathy. Ann Surg Perioper Care. 2021;6(1):1044.',
    url: 'https://austinpublishinggroup.com/annals-surgery/fulltext/aspc-v6-id1044.php',
    kind: 'case report',
    setting: 'general',
    intended: 'iliopsoas-haematoma',
    expectFlag: true,
    stated:
      '58-year-old man on warfarin (double valve replacement, coronary angioplasty), acute left thigh pain with inability to walk and no fall or trauma; radicular pain from the left groin to the knee with paraesthesia. INR 9.8. "Unable to walk, no trauma" recorded as will not bear weight.',
    findings: {
      age: 58,
      sex: 'male',
      onset: 'sudden',
      trauma: false,
      anticoagulants: true,
      'cardiovascular-disease': true,
      'pain-groin': true,
      'numbness-tingling': true,
      'symptomatic-side': 'left',
      'non-weight-bearing': true,
    },
  },
  {
    id: 'aaa-emj-2005',
    citation:
      'Case report of a ruptured abdominal aortic aneurysm presenting with acute right buttock pain (title and authors not shown in the text read). Emerg Med J. 2005;22(6):453.',
    url: 'https://emj.bmj.com/content/22/6/453',
    kind: 'case report',
    setting: 'general',
    intended: 'abdominal-aortic-aneurysm',
    expectFlag: true,
    stated:
      '80-year-old man, severe right buttock pain for 15 minutes followed by collapse; past hypertension and myocardial infarction; no abdominal or chest pain; hip examination unremarkable; huge pulsating mass in the umbilical region.',
    findings: {
      age: 80,
      sex: 'male',
      'pain-buttock': true,
      'symptomatic-side': 'right',
      onset: 'sudden',
      'collapse-faint': true,
      'pulsatile-abdominal-mass': true,
      'cardiovascular-disease': true,
      'pain-lower-abdomen': false,
    },
  },
  {
    id: 'aaa-keller-2012',
    citation:
      'Keller A. Chronic contained aortic rupture presenting as anterior thigh pain. BMJ Case Rep. 2012.',
    url: 'http://casereports.bmj.com/content/2012/bcr-2012-007287.full',
    doi: '10.1136/bcr-2012-007287',
    kind: 'case report',
    setting: 'general',
    intended: 'abdominal-aortic-aneurysm',
    expectFlag: true,
    stated:
      '83-year-old man, 3 days of severe left anterolateral thigh and knee pain, completely unable to walk; denied low back pain; past coronary bypass grafting and severe aortic stenosis. Contained rupture of an infrarenal aneurysm. "Unable to ambulate" recorded as will not bear weight; "3 days" as 0 weeks.',
    findings: {
      age: 83,
      sex: 'male',
      'pain-anterior-thigh': true,
      'pain-knee': true,
      'symptomatic-side': 'left',
      'pain-lower-back': false,
      'non-weight-bearing': true,
      'cardiovascular-disease': true,
      'duration-weeks': 0,
    },
  },
  {
    id: 'renal-colic-patientcare',
    citation:
      'Man with severe flank pain and nausea (case). Patient Care Online (author not shown in the text read).',
    url: 'https://www.patientcareonline.com/view/man-severe-flank-pain-and-nausea',
    kind: 'teaching case',
    setting: 'general',
    intended: 'renal-colic',
    expectFlag: true,
    stated:
      '40-year-old man, 2 hours of excruciating colicky pain of acute onset from the right flank radiating to the groin (9/10), nausea and two vomits; no fever, no trauma; afebrile; urine microscopy 240 red cells per high-power field (recorded as blood in the urine). CT: ureteric stone.',
    findings: {
      age: 40,
      sex: 'male',
      onset: 'sudden',
      'colicky-pain': true,
      'flank-pain': true,
      'pain-groin': true,
      'symptomatic-side': 'right',
      'anorexia-vomiting': true,
      fever: false,
      trauma: false,
      haematuria: true,
      'pain-now': 9,
      'duration-weeks': 0,
    },
  },
  {
    id: 'testicular-mittal',
    citation: 'Mittal S. Testicular torsion without scrotal pain (Photoclinic). Consultant360.',
    url: 'https://dev.consultant360.com/articles/testicular-torsion-without-scrotal-pain',
    kind: 'case report',
    setting: 'general',
    intended: 'testicular-torsion',
    expectFlag: true,
    stated:
      '16-year-old boy, sudden severe lower abdominal pain worse on the left for 30 minutes; afebrile; vomited after arrival; denied scrotal pain (recorded as absent) but had mild left testicular tenderness, which no exam item records. Ultrasound: left testicular torsion.',
    findings: {
      age: 16,
      sex: 'male',
      onset: 'sudden',
      'pain-lower-abdomen': true,
      'symptomatic-side': 'left',
      fever: false,
      'anorexia-vomiting': true,
      'scrotal-pain': false,
    },
  },
  {
    id: 'testicular-yalcin-2024',
    citation:
      'Yalçın K, Kölükçü E, Fırat F. Importance of genital examination: the case of overlooked testicular torsion. Grand J Urol. 2024:67-69.',
    url: 'https://grandjournalofurology.com/text.php?id=111',
    doi: '10.5505/GJU.2024.74046',
    kind: 'case report',
    setting: 'general',
    intended: 'testicular-torsion',
    expectFlag: true,
    stated:
      '2-year-old boy with abdominal and groin pain, nausea and vomiting, then swelling and redness of the left scrotum with a painful oedematous left testis. Doppler: no flow; torsion.',
    findings: {
      age: 2,
      sex: 'male',
      'pain-lower-abdomen': true,
      'pain-groin': true,
      'anorexia-vomiting': true,
      'scrotal-pain': true,
      'symptomatic-side': 'left',
    },
  },
  {
    id: 'ovarian-nalam-2019',
    citation:
      'Nalam RL, Shiva Kumar KS, Balakrishna BV. Idiopathic ovarian torsion in a young female. J Case Reports. 2019.',
    url: 'http://www.casereports.in/articles/9/4/Idiopathic-Ovarian-Torsion-in-a-Young-Female.html',
    doi: '10.17659/01.2019.0061',
    kind: 'case report',
    setting: 'general',
    intended: 'ovarian-torsion',
    expectFlag: true,
    stated:
      '32-year-old unmarried woman with right iliac fossa pain and vomiting; ultrasound and laparoscopy: ovarian torsion.',
    findings: {
      age: 32,
      sex: 'female',
      'pain-lower-abdomen': true,
      'symptomatic-side': 'right',
      'anorexia-vomiting': true,
    },
  },
  {
    id: 'ectopic-bmjcr-2016',
    citation:
      'Case report of a ruptured tubal ectopic pregnancy managed without surgery (title and authors not shown in the text read). BMJ Case Rep. 2016:bcr-2016-215311 (PMC4932335).',
    url: 'https://casereports.bmj.com/content/2016/bcr-2016-215311',
    doi: '10.1136/bcr-2016-215311',
    kind: 'case report',
    setting: 'general',
    intended: 'ectopic-pregnancy',
    expectFlag: true,
    stated:
      '20-year-old woman with abdominal pain and vaginal bleeding; urine hCG positive (recorded as pregnant); localised abdominal tenderness. The site of the abdominal pain is not stated, so no pain region is recorded.',
    findings: {
      age: 20,
      sex: 'female',
      'vaginal-bleeding': true,
      pregnancy: true,
    },
  },
  {
    id: 'ectopic-yildizhan-2009',
    citation:
      'Yildizhan R, Kolusari A, Adali F, Adali E, Kurdoglu M, Ozgokce C, Cim N. Primary abdominal ectopic pregnancy: a case report. Cases J. 2009;2:8485.',
    url: 'https://rss3.fun/resume/case-presentation-of-ectopic-pregnancy',
    kind: 'case report',
    setting: 'general',
    intended: 'ectopic-pregnancy',
    expectFlag: true,
    stated:
      '34-year-old woman (gravida 2, para 1) with lower abdominal pain and slight vaginal bleeding; a 13-week abdominal pregnancy on ultrasound and MRI. Pregnancy status at presentation is not stated, so it is not recorded.',
    findings: {
      age: 34,
      sex: 'female',
      'pain-lower-abdomen': true,
      'vaginal-bleeding': true,
    },
  },
  {
    id: 'incarcerated-gupta-2016',
    citation:
      'Gupta P, Kaiyasah H, AlSuwaidi M. Incarcerated femoral hernia containing ovary, unusual presentation of uncommon groin hernia. POCUS J. 2016;1(3):15-16.',
    url: 'https://pocusjournal.com/article/2016-01-03p15-16/',
    kind: 'case report',
    setting: 'general',
    intended: 'incarcerated-groin-hernia',
    expectFlag: true,
    stated:
      '28-year-old woman, sudden right iliac fossa and suprapubic pain; a right groin swelling, reducible for 2 months, had become irreducible; no vomiting; afebrile; irreducible firm tender lump below the right inguinal ligament.',
    findings: {
      age: 28,
      sex: 'female',
      onset: 'sudden',
      'pain-lower-abdomen': true,
      'irreducible-groin-lump': { right: true },
      'symptomatic-side': 'right',
      'anorexia-vomiting': false,
      fever: false,
    },
  },
  {
    id: 'incarcerated-berry-bmjcr',
    citation:
      'Case report of an incarcerated femoral hernia containing an ovary, correspondence to Mr Brendan Berry (title begins "Multidisciplinary management … incarcerated femoral …" per the page address; journal not shown in the text read). ProQuest scholarly-journals document 2228509243.',
    url: 'https://www.proquest.com/scholarly-journals/multidisciplinary-management-incarcerated-femoral/docview/2228509243/se-2',
    kind: 'case report',
    setting: 'general',
    intended: 'incarcerated-groin-hernia',
    expectFlag: true,
    stated:
      '41-year-old woman, 24 hours of sudden left groin pain with a new plum-sized mass, nausea without vomiting (recorded as nausea present); 4 cm irreducible, exquisitely tender mass below the left inguinal ligament; beta-hCG negative (recorded as not pregnant).',
    findings: {
      age: 41,
      sex: 'female',
      onset: 'sudden',
      'pain-groin': true,
      'symptomatic-side': 'left',
      'anorexia-vomiting': true,
      'irreducible-groin-lump': { left: true },
      pregnancy: false,
    },
  },
  {
    id: 'cauda-equina-ciftci-2010',
    citation:
      'Çiftçi H, Özgönül A, Sogut O, Savas M. Incomplete cauda equina syndrome presenting with acute urinary retention in the emergency department. Hong Kong J Emerg Med. 2010.',
    url: 'https://zendy.io/pdf-viewer/10.1177/102490791001700513',
    doi: '10.1177/102490791001700513',
    kind: 'case report',
    setting: 'general',
    intended: 'cauda-equina',
    expectFlag: true,
    stated:
      'Acute onset of low back pain, saddle (perineal) anaesthesia, urinary retention and constipation without motor deficit or sciatica; L5-S1 disc herniation. Age and sex are not in the abstract read. "Without motor deficit" recorded as no progressive weakness.',
    findings: {
      onset: 'sudden',
      'pain-lower-back': true,
      'saddle-anaesthesia': true,
      'bladder-bowel-change': true,
      'progressive-weakness': false,
    },
  },

  // ─── Serious: bone ────────────────────────────────────────────────────────────────────────
  {
    id: 'fnsf-obrien-2010',
    citation:
      "O'Brien J, Taunton J, Larsen J, Forster BB. I-test: 31-year-old female runner with 5-week history of hip pain. Br J Sports Med. 2010 (online first).",
    url: 'http://bjsm.bmj.com/content/early/2010/11/25/bjsm.2009.069559',
    doi: '10.1136/bjsm.2009.069559',
    kind: 'teaching case',
    setting: 'general',
    intended: 'femoral-neck-stress-fracture',
    expectFlag: true,
    stated:
      '31-year-old woman, right groin pain for 5 weeks with no injury; runs about 10 km three times a week (recorded as endurance running); pain after running, relieved by rest, sometimes at night; examination unremarkable apart from discomfort. Femoral neck stress fracture.',
    findings: {
      age: 31,
      sex: 'female',
      'pain-groin': true,
      'symptomatic-side': 'right',
      'duration-weeks': 5,
      trauma: false,
      'endurance-or-military': true,
      'worse-impact': true,
      'eased-rest': true,
      'night-pain': true,
    },
  },
  {
    id: 'fnsf-jasqui-remba-2019',
    citation:
      'Jasqui-Remba S, Jasqui-Bucay A, Jasqui-Bucay A, Fernández-De-Lara-Barrera Y. Bilateral femoral neck stress fractures in a high-performance young female runner. BMJ Case Rep. 2019;12(8):e230900.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6721772',
    pmid: '31451476',
    doi: '10.1136/bcr-2019-230900',
    kind: 'case report',
    setting: 'sports',
    intended: 'femoral-neck-stress-fracture',
    expectFlag: true,
    stated:
      '16-year-old girl with intolerable left hip pain who runs 10 miles a day (recorded as endurance running). MRI: stress fracture.',
    findings: {
      age: 16,
      sex: 'female',
      'pain-hip': true,
      'symptomatic-side': 'left',
      'endurance-or-military': true,
    },
  },
  {
    id: 'hip-fracture-aliem-saem',
    citation:
      'SAEM Clinical Images Series: Enigmatic traumatic hip pain. ALiEM (Academic Life in Emergency Medicine), listed under author Jonathan Lee.',
    url: 'https://www.aliem.com/author/jonathan-lee/',
    kind: 'teaching case',
    setting: 'general',
    intended: 'hip-fracture',
    expectFlag: true,
    stated:
      '84-year-old woman, right hip pain after a fall 12 hours earlier; unable to bear weight because of 7/10 pain on the anterior medial right thigh, worse with movement; previous fractures. Radiograph: osteopenia, no fracture; diagnosis occult femur fracture.',
    findings: {
      age: 84,
      sex: 'female',
      trauma: true,
      'pain-hip': true,
      'pain-anterior-thigh': true,
      'symptomatic-side': 'right',
      'cannot-bear-weight': true,
      'pain-now': 7,
    },
  },
  {
    id: 'impacted-nof-yoshida-2017',
    citation:
      'Yoshida N, Komaru Y, Tsuchida Y. Occult femoral neck fracture. BMJ Case Rep. 2017:bcr-2017-219868.',
    url: 'https://casereports.bmj.com/content/2017/bcr-2017-219868',
    doi: '10.1136/bcr-2017-219868',
    kind: 'case report',
    setting: 'general',
    intended: 'impacted-femoral-neck-fracture',
    expectFlag: true,
    stated:
      '77-year-old woman with persistent right hip pain after a fall from standing height; radiograph and CT showed no fracture, MRI showed femoral neck oedema; treated with osteosynthesis. An occult neck fracture: mapped to the knowledge base\'s impacted/occult femoral neck fracture (alias "Occult hip fracture").',
    findings: {
      age: 77,
      sex: 'female',
      trauma: true,
      'pain-hip': true,
      'symptomatic-side': 'right',
    },
  },
  {
    id: 'pelvic-insufficiency-clinicaladvisor',
    citation: 'Cloutier D. OrthoDx: Pain in hips and buttocks. Clinical Advisor (slideshow case).',
    url: 'https://www.clinicaladvisor.com/slideshow/ortho-dx/orthodx-pain-hips-buttocks/',
    kind: 'teaching case',
    setting: 'general',
    intended: 'pelvic-insufficiency-fracture',
    expectFlag: true,
    stated:
      '74-year-old woman, bilateral hip and buttock pain for 1 month, constant, 10/10; denies a fall; pain on palpation of the lower back (recorded as lumbar spine tender) and buttocks; no hip pain on range-of-motion testing (recorded as no pain on internal rotation); difficulty walking even with a walker. MRI: bilateral sacral insufficiency fractures.',
    findings: {
      age: 74,
      sex: 'female',
      'pain-hip': true,
      'pain-buttock': true,
      'symptomatic-side': 'both',
      'duration-weeks': 4,
      'pain-worst': 10,
      trauma: false,
      'lumbar-spine-tender': true,
      'pain-on-ir': { left: 'negative', right: 'negative' },
    },
  },
  {
    id: 'avn-liu-acsm-2020',
    citation:
      'Liu SC. Rare case of avascular necrosis in a dodgeball player. ACSM Annual Meeting 2020, clinical case 138.',
    url: 'https://virtualmeeting.ctimeetingtech.com/acsm2020/attendee/eposter/poster/18?s=ptog',
    kind: 'case report',
    setting: 'sports',
    intended: 'avascular-necrosis-hip',
    expectFlag: true,
    stated:
      '27-year-old man, 2 weeks of left anteromedial hip and groin pain after a dodgeball game, progressively severe; no previous hip surgery; flexion 110°, internal rotation 20°, external rotation 60°, abduction 45°; pain with flexion-adduction-internal rotation and positive FABER. MRI: bilateral avascular necrosis.',
    findings: {
      age: 27,
      sex: 'male',
      'pain-groin': true,
      'pain-hip': true,
      'symptomatic-side': 'left',
      'duration-weeks': 2,
      'recent-surgery': false,
      'hip-flexion-rom': { left: 110 },
      'hip-ir-rom': { left: 20 },
      'hip-er-rom': { left: 60 },
      'hip-abduction-rom': { left: 45 },
      fadir: { left: 'positive' },
      faber: { left: 'positive' },
    },
  },
  {
    id: 'malignancy-advprac-breast',
    citation:
      'Diagnosis and management of bone metastasis in stage IV breast cancer (case study). The Advanced Practitioner, bone protection case studies (author not shown in the text read).',
    url: 'https://resources.advancedpractitioner.com/bone-protection/case-studies/diagnosis-and-management-of-bone-metastasis-in-stage-iv-breast-cancer',
    kind: 'teaching case',
    setting: 'general',
    intended: 'bone-malignancy',
    expectFlag: true,
    stated:
      '55-year-old woman with stage IV breast cancer; right hip/groin pain, worse over 3 months despite ice, activity change and ibuprofen, now constant and worse with weight-bearing; tender at maximum external rotation and over the greater trochanter; slight antalgic gait. Radiograph: proximal femoral metastasis.',
    findings: {
      age: 55,
      sex: 'female',
      'cancer-history': true,
      'pain-hip': true,
      'pain-groin': true,
      'symptomatic-side': 'right',
      'duration-weeks': 13,
      'worse-walking': true,
      'not-improving': true,
      'antalgic-gait': true,
      'greater-trochanter-tender': { right: true },
    },
  },
  {
    id: 'malignancy-jospt-2005',
    citation:
      "Decision making for a painful hip: a case requiring referral (Resident's Case Problem). J Orthop Sports Phys Ther. 2005;35(11):738-744 (authors not shown in the abstract read).",
    url: 'http://pubmed.ncbi.nlm.nih.gov/16355916/',
    pmid: '16355916',
    doi: '10.2519/jospt.2005.35.11.738',
    kind: 'case report',
    setting: 'general',
    intended: 'bone-malignancy',
    expectFlag: true,
    stated:
      '39-year-old woman, insidious onset of left hip pain of long duration, severe gait disturbance with a Trendelenburg sign, difficulty sleeping, empty end feel. Imaging: large destructive tumour, non-Hodgkin lymphoma.',
    findings: {
      age: 39,
      sex: 'female',
      onset: 'gradual',
      'pain-hip': true,
      'symptomatic-side': 'left',
      'trendelenburg-gait': true,
    },
  },

  // ─── Serious and urgent: children and adolescents ─────────────────────────────────────────
  {
    id: 'scfe-bentham-2019',
    citation:
      'Case report of slipped capital femoral epiphysis in an adolescent Cameroonian (title and authors not shown in the text read). Bentham Open, article code TOORTHJ-13-152 (The Open Orthopaedics Journal).',
    url: 'https://www.benthamopen.com/FULLTEXT/TOORTHJ-13-152',
    kind: 'case report',
    setting: 'general',
    intended: 'slipped-capital-femoral-epiphysis',
    expectFlag: true,
    stated:
      '10-year-old girl with right thigh pain for more than a year, a limping gait and no fever; stable right SCFE. Thigh pain is not mapped to a pain region (front or side not stated). "More than a year" recorded as 52 weeks.',
    findings: {
      age: 10,
      sex: 'female',
      'symptomatic-side': 'right',
      'antalgic-gait': true,
      fever: false,
      'duration-weeks': 52,
    },
  },
  {
    id: 'scfe-paine-pearl',
    citation:
      'PAINE PANCE pearl, orthopaedics 4 (teaching case; title taken from the page address). The PAINE Podcast, 24 August 2019.',
    url: 'https://painepodcast.com/2019/08/24/paine-pance-pearl-orthopaedics-4/',
    kind: 'teaching case',
    setting: 'general',
    intended: 'slipped-capital-femoral-epiphysis',
    expectFlag: true,
    stated:
      '11-year-old boy with a 3-week painful left hip, no injury, no fever; noticeable limp and pain on passive internal rotation. Radiograph: SCFE.',
    findings: {
      age: 11,
      sex: 'male',
      'pain-hip': true,
      'symptomatic-side': 'left',
      'duration-weeks': 3,
      trauma: false,
      fever: false,
      'antalgic-gait': true,
      'pain-on-ir': { left: 'positive' },
    },
  },
  {
    id: 'perthes-case-kok',
    citation:
      'Case DS, Kok M. Legg-Calvé-Perthes disease presenting with limp and knee pain. Patient Care.',
    url: 'https://www2-patientcareonline-com-git-patientcare-cgm-mjhls.vercel.app/view/legg-calv-perthes-disease-presenting-limp-and-knee-pain',
    kind: 'teaching case',
    setting: 'general',
    intended: 'perthes-disease',
    expectFlag: true,
    stated:
      '10-year-old boy with right hip pain and a limp; no trauma; decreased abduction and internal rotation of the right hip with pain on movement (no degrees given). Radiograph: Perthes disease.',
    findings: {
      age: 10,
      sex: 'male',
      'pain-hip': true,
      'symptomatic-side': 'right',
      'antalgic-gait': true,
      trauma: false,
    },
  },
  {
    id: 'perthes-rcem-2024',
    citation:
      'Mendes F. Legg-Calvé-Perthes disease. RCEMLearning (Royal College of Emergency Medicine), 2024.',
    url: 'https://www.rcemlearning.org/modules/legg-calve-perthes-disease/',
    kind: 'teaching case',
    setting: 'general',
    intended: 'perthes-disease',
    expectFlag: true,
    stated:
      'Active 6-year-old boy who plays football daily (recorded as a kicking sport), limping for 3 weeks, earlier left knee pain, now left hip pain and groin tenderness; no trauma. Radiograph: Perthes disease.',
    findings: {
      age: 6,
      sex: 'male',
      'antalgic-gait': true,
      'duration-weeks': 3,
      'pain-knee': true,
      'pain-hip': true,
      'symptomatic-side': 'left',
      trauma: false,
      'kicking-sport': true,
    },
  },
  {
    id: 'avulsion-yoshida-2018',
    citation:
      'Yoshida N. Anterior inferior iliac spine avulsion fracture after kicking a soccer ball. Austin Orthop. 2018;3(2):1014.',
    url: 'https://austinpublishinggroup.com/austin-orthopedics/fulltext/ao-v3-id1014.php',
    kind: 'case report',
    setting: 'general',
    intended: 'apophyseal-avulsion',
    expectFlag: false,
    stated:
      '12-year-old boy with right groin pain sustained when he kicked a soccer ball (recorded as sudden onset); could walk unassisted. Radiograph: AIIS avulsion.',
    findings: {
      age: 12,
      sex: 'male',
      'pain-groin': true,
      'symptomatic-side': 'right',
      'kicking-sport': true,
      onset: 'sudden',
      'cannot-bear-weight': false,
    },
  },
  {
    id: 'avulsion-jsoa-2003',
    citation:
      'Anterior inferior iliac spine apophyseal avulsion fracture. J South Orthop Assoc. 2003;12(1):38-40 (authors not shown in the abstract read).',
    url: 'https://bjsm.bmj.com/lookup/external-ref?access_num=12735624&link_type=MED&atom=%2Fbjsports%2F39%2F3%2Fe16.atom',
    pmid: '12735624',
    kind: 'case report',
    setting: 'sports',
    intended: 'apophyseal-avulsion',
    expectFlag: false,
    stated:
      '16-year-old amateur footballer with severe left groin pain while kicking the ball during training; point tenderness over the AIIS. Radiograph: AIIS avulsion.',
    findings: {
      age: 16,
      sex: 'male',
      'kicking-sport': true,
      'pain-groin': true,
      'symptomatic-side': 'left',
      onset: 'sudden',
      'apophysis-tender': { left: true },
    },
  },
];
