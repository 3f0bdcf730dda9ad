import type { SourceDef } from './types.ts';

/**
 * Every source the knowledge base cites. Figures marked "(secondary)" in the evidence pack use a
 * source of kind 'secondary'. Ids are stable: saved plans and exports refer to them.
 */
export const SOURCES = {
  // ── Seed documents (../shared/seeds): the product's starting content ──
  'seed-000': {
    citation: 'Seed document 000_5905c064069e4575.txt — Iliopsoas compartment spasm',
    kind: 'seed',
  },
  'seed-001': {
    citation: 'Seed document 001_0a57e0202c820322.txt — Iliacus muscle spasm',
    kind: 'seed',
  },
  'seed-002': { citation: 'Seed document 002_83593c2c5ae1d6ad.txt', kind: 'seed' },
  'seed-003': {
    citation: 'Seed document 003_9f32b6df7386e1c3.txt — Iliopsoas back pain',
    kind: 'seed',
  },
  'seed-004': {
    citation: 'Seed document 004_6f880411f0d78938.txt — Hip pain and the psoas muscle',
    kind: 'seed',
  },

  // ── Team decisions, stated as such ──
  team: {
    citation:
      'Iliopsoas Workbench clinical team: expert estimate where no published figure was found',
    kind: 'team',
  },
  'team-rule': {
    citation:
      'Iliopsoas Workbench clinical team: a safety rule of the team, extending the red-flag actions; no published source states it',
    kind: 'team',
  },

  // ── Ranking figures and hip ──
  metcalfe2019: {
    citation:
      'Metcalfe D et al. Does this patient have hip osteoarthritis? JAMA 2019;322(23):2323-33',
    kind: 'systematic-review',
    url: 'https://edhub.ama-assn.org/jn-learning/module/2757584',
  },
  'metcalfe2019-secondary': {
    citation:
      'Normal passive adduction LR− 0.25 for hip OA, from a secondary summary of Metcalfe 2019 (droracle)',
    kind: 'secondary',
  },
  sutlive2008: {
    citation:
      'Sutlive TG et al. JOSPT 2008;38(9):542-50; table in Rahman LA et al. BMC Musculoskelet Disord 2013;14:257',
    kind: 'primary',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-14-257/tables/2',
  },
  altman1991: {
    citation: 'Altman R et al. ACR criteria for hip OA. Arthritis Rheum 1991;34:505-14',
    kind: 'primary',
    pmid: '2025304',
  },
  birrell2001: {
    citation: 'Birrell F et al. Rheumatology 2001 (hip ROM patterns in OA)',
    kind: 'primary',
    pmid: '11371658',
  },
  kim2015: {
    citation:
      'Kim C et al. Association of hip pain with radiographic evidence of hip OA. BMJ 2015;351:h5983',
    kind: 'primary',
  },
  nice2022oa: {
    citation: 'NICE NG226 Osteoarthritis in over 16s (2022)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng226/chapter/Recommendations',
  },
  'nice2022oa-secondary': {
    citation: 'NICE NG226 as summarised by a secondary source (iatrox)',
    kind: 'secondary',
    url: 'https://www.iatrox.com/guidelines/osteoarthritis',
  },
  holmich2007: {
    citation: 'Hölmich P. Long-standing groin pain in sportspeople. BJSM 2007;41:247-52',
    kind: 'primary',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2658954',
  },
  holmich2004: {
    citation:
      'Hölmich P et al. Clinical examination of athletes with groin pain. BJSM 2004;38:446-51',
    kind: 'primary',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1724872',
  },
  holmich1999: {
    citation:
      'Hölmich P et al. Active training for adductor-related groin pain. Lancet 1999;353:439-43',
    kind: 'primary',
  },
  anderson2016: {
    citation: 'Anderson CN. Iliopsoas pathology. Clin Sports Med 2016 (review)',
    kind: 'systematic-review',
    url: 'https://studylib.net/doc/25810245/',
  },
  doha2015: {
    citation: 'Weir A et al. Doha agreement on groin pain in athletes. BJSM 2015;49:768-74',
    kind: 'consensus',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4484366',
  },
  reiman2013: {
    citation:
      'Reiman MP et al. Diagnostic accuracy of clinical tests for the hip. BJSM 2013;47:893-902 (meta-analysis)',
    kind: 'systematic-review',
    url: 'https://bjsm.bmj.com/highwire/markup/88850/expansion',
  },
  reiman2020: {
    citation:
      'Reiman MP et al. 2020, Zurich 2018 consensus Table 1 (attribution inferred from the BJSM table page; verify)',
    kind: 'consensus',
    url: 'https://bjsm.bmj.com/highwire/markup/124586/expansion',
  },
  martin2008: {
    citation: 'Martin RL, Sekiya JK. Inter-rater reliability of 4 hip tests. JOSPT 2008;38:71-7',
    kind: 'primary',
  },
  maslowski2010: {
    citation: 'Maslowski E et al. Clinical tests vs intra-articular injection. PM&R 2010;2:174-81',
    kind: 'primary',
    pmid: '20359681',
  },
  ojsm2017: {
    citation:
      'Orthop J Sports Med 2017;5(1):2325967116679641, Table 3 (FABER for hip instability; FADIR for FAI)',
    kind: 'primary',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5298398/table/table3-2325967116679641',
  },
  scand2017: {
    citation:
      'Scand J Med Sci Sports 2017;27:342-50 (groin pain with FABER or impingement test, Sn 0.97 for FAI/labral)',
    kind: 'primary',
    pmid: '26833818',
  },
  bmcmsk2019: {
    citation:
      'BMC Musculoskelet Disord 2019: 47% hip-related groin pain in a tertiary hip/groin clinic',
    kind: 'primary',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-019-2794-7',
  },
  burgess2011: {
    citation:
      'Burgess et al. Diagnostic accuracy of physical examination tests for the hip labrum: systematic review. JMMT',
    kind: 'systematic-review',
  },
  zhang2022: {
    citation:
      'Zhang P et al. MRI and MR arthrography for labral tear: meta-analysis of 22 studies, n=1670. J Orthop Surg Res 2022',
    kind: 'systematic-review',
    url: 'https://www.springermedizin.de/link?doi=10.1186%2Fs13018-022-02981-1',
  },
  byrd2004: {
    citation:
      'Byrd JW, Jones KS. Diagnostic accuracy of clinical assessment, MRI, MRA and intra-articular injection in hip arthroscopy patients. AJSM 2004;32:1668-74',
    kind: 'primary',
  },
  arthroscopy2020: {
    citation: 'Arthroscopy 2020: systematic review of diagnostic intra-articular hip injection',
    kind: 'systematic-review',
    url: 'https://www.arthroscopyjournal.org/article/S0749-8063(20)30691-5/pdf',
  },
  alpaugh2016: {
    citation: 'Alpaugh K et al. Orthop J Harvard 2016 (US-guided hip injection accuracy)',
    kind: 'primary',
    url: 'http://orthojournalhms.org/17/article30_38.html',
  },
  acrUsSecondary: {
    citation:
      'ACR appropriateness for hip ultrasound in suspected bursitis or tendinopathy, as summarised by a secondary source',
    kind: 'secondary',
    url: 'https://gighz.com/which-imaging-is-best-for-suspected-hip-bursitis-or-tendonitis-after-negative-x-2026/',
  },
  kim2018: {
    citation: 'Kim JH et al. MRI for lumbar disc herniation. Chiropr Man Ther 2018',
    kind: 'systematic-review',
  },
  tawa2016: {
    citation:
      'Tawa N et al. Accuracy of clinical neurological examination in lumbar radiculopathy. BMC Musculoskelet Disord 2016',
    kind: 'systematic-review',
  },
  vigotsky2016: {
    citation: 'Vigotsky AD et al. Modified Thomas test validity. PeerJ 2016;4:e2325',
    kind: 'primary',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4991856',
  },
  peeler2007: {
    citation: 'Peeler J, Anderson JE. Reliability of the Thomas test. Phys Ther Sport 2007;8:14-21',
    kind: 'primary',
  },
  bmcsports2021: {
    citation: 'BMC Sports Sci Med Rehabil 2021 (modified Thomas thresholds, table 4)',
    kind: 'primary',
    url: 'https://bmcsportsscimedrehabil.biomedcentral.com/articles/10.1186/s13102-021-00242-y/tables/4',
  },
  orthoreviews: {
    citation: 'Orthopedic Reviews: internal snapping hip — technique and diagnosis',
    kind: 'secondary',
    url: 'https://orthopedicreviews.openmedicalpublishing.org/article/25088',
  },
  pelsser2001: {
    citation: 'Pelsser V et al. Snapping hip on dynamic sonography. AJR 2001;176:67-73',
    kind: 'primary',
  },
  piechota2016: {
    citation: 'Piechota M et al. Internal snapping hip on dynamic US. J Ultrason 2016;16:296-303',
    kind: 'primary',
    url: 'https://jultrason.pl/index.php/issues/volume-16-no-66/internal-snapping-hip-syndrome-in-dynamic-ultrasonography',
  },
  vaccaro1995: {
    citation: 'Vaccaro JP et al. Iliopsoas bursography. Radiology 1995;197:853-6',
    kind: 'primary',
  },
  tormenta2012: {
    citation:
      'Tormenta S, Sconfienza LM et al. Iliopsoas bursitis in hip OA on US. Ultrasound Med Biol 2012;38:1352-6',
    kind: 'primary',
  },
  johnston1998: {
    citation:
      'Johnston CA et al. Iliopsoas bursitis and tendinitis. Sports Med 1998;25:271-83 (review)',
    kind: 'systematic-review',
  },
  agten2015: {
    citation:
      'Attributed to Agten CA et al. Eur Radiol 2015: iliopsoas bursa injection (summary page; verify attribution)',
    kind: 'secondary',
    url: 'https://sssr.ch/2014/10/27/iliopsoas-bursa-injection-a-simple-and-effective-procedure/',
  },
  scourSecondary: {
    citation:
      'Scour (quadrant) test figures from a secondary report (orthofixar); primary not retrieved',
    kind: 'secondary',
    url: 'https://orthofixar.com/special-test/hip-quadrant-test/',
  },
  lequesne2008: {
    citation:
      'Lequesne M et al. 30-s single-leg stance for gluteal tendinopathy. Arthritis Rheum 2008',
    kind: 'primary',
  },
  bird2001: {
    citation:
      'Bird PA et al. 2001, via Rahman 2013 additional file (Trendelenburg for gluteal tendinopathy)',
    kind: 'primary',
  },
  legLength2014: {
    citation: 'J Rheumatol 2014;41:1689-94 (tape vs lifts for leg-length discrepancy)',
    kind: 'primary',
    pmid: '25028369',
  },
  beattie1990: {
    citation: 'Beattie P et al. Tape measure for leg length. Phys Ther 1990;70:150-7',
    kind: 'primary',
  },

  // ── Spine and nerve ──
  vanderwindt2010: {
    citation:
      'van der Windt DA et al. SLR and crossed SLR for disc herniation. Cochrane 2010 CD007431',
    kind: 'systematic-review',
  },
  capra2011: {
    citation: 'Capra F et al. SLR against MRI, n=2352. JMPT 2011;34:231-8',
    kind: 'primary',
  },
  majlesi2008: {
    citation:
      'Majlesi J et al. Slump test, J Clin Rheumatol 2008;14:87-91, as reported by a UNE critically appraised topic (secondary)',
    kind: 'secondary',
    url: 'https://dune.une.edu/pt_studcat/6/',
  },
  kigali2015: { citation: 'Slump test pilot study (Kigali)', kind: 'primary', pmid: '26255334' },
  suri2011: {
    citation: 'Suri P et al. Physical examination for lumbar radiculopathy. Spine 2011;36(1):63-73',
    kind: 'primary',
  },
  laslett2005: {
    citation:
      'Laslett M et al. SIJ provocation cluster. Man Ther 2005;10:207-18; LRs as tabulated by physiohub',
    kind: 'primary',
    url: 'https://www.physiohub.io/assessment/si/pain-provocation/cluster-laslett',
  },
  vanderwurff2006: {
    citation: 'van der Wurff P et al. 2006 SIJ cluster (Sn 0.85, Sp 0.79, LR+ 4.02)',
    kind: 'primary',
  },
  nouraei2007: {
    citation:
      'Nouraei SA et al. Pelvic compression test for meralgia paresthetica. Neurosurgery 2007;60:696-700',
    kind: 'primary',
    url: 'https://emedicine.medscape.com/article/1141848-clinical',
  },
  meralgiaReview: {
    citation: 'MDPI 2025 review of meralgia paresthetica',
    kind: 'systematic-review',
    url: 'https://www.mdpi.com/2673-4087/6/3/58',
  },
  iversen2013: {
    citation: 'Iversen T et al. BMC Musculoskelet Disord 2013;14:206',
    kind: 'primary',
  },
  nice2016lbp: {
    citation: 'NICE NG59 Low back pain and sciatica in over 16s (updated 2020)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  },
  'nice2016lbp-secondary': {
    citation: 'NICE NG59 as summarised by a pharmacy CPD module (secondary)',
    kind: 'secondary',
    url: 'https://www.independentpharmacist.co.uk/cpd-modules/cpd-module-back-pain/non-drug-approaches-605890',
  },
  wassenaar2012: {
    citation: 'Wassenaar M et al. MRI for lumbar disc herniation. Eur Spine J 2012;21:220-7',
    kind: 'systematic-review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3265584',
  },
  frontsurg2023: {
    citation: 'Front Surg 2023 meta-analysis: MRI for disc herniation Sn 0.89 Sp 0.83',
    kind: 'systematic-review',
    url: 'https://frontiersin.org/articles/10.3389/fsurg.2022.1020766/full',
  },
  brinjikji2015: {
    citation:
      'Brinjikji W et al. Imaging features of degeneration in asymptomatic people. AJNR 2015;36:811-6',
    kind: 'systematic-review',
  },
  aanem2022: {
    citation: 'Dillingham TR et al. AANEM monograph, Muscle Nerve 2022 (EMG/NCS in radiculopathy)',
    kind: 'consensus',
  },
  dionne2019: {
    citation:
      'Dionne N et al. Red flags for cauda equina syndrome. Musculoskelet Sci Pract 2019;42:125-33',
    kind: 'systematic-review',
  },
  ajem2019: {
    citation: 'AJEM 2019 review of cauda equina syndrome',
    kind: 'systematic-review',
    url: 'https://ajemjournal.com/article/S0735-6757(19)30535-2/fulltext',
  },
  bestbets: {
    citation: 'BestBETs: MRI for suspected cauda equina',
    kind: 'secondary',
    url: 'https://bestbets.org/bets/bet.php?id=2565',
  },

  // ── Red flags and serious pathology ──
  finucane2020: {
    citation: 'Finucane LM et al. IFOMPT red-flag framework. JOSPT 2020;50(7):350-72',
    kind: 'consensus',
    pmid: '32438853',
  },
  henschke2009: {
    citation:
      'Henschke N et al. Red flags in acute LBP in primary care. Arthritis Rheum 2009;60:3072-80',
    kind: 'primary',
    pmid: '19790051',
  },
  deyo1988: {
    citation: 'Deyo RA, Diehl AK. Cancer as a cause of back pain. JGIM 1988;3:230-8',
    kind: 'primary',
  },
  downie2013: {
    citation: 'Downie A et al. Red flags to screen for malignancy and fracture. BMJ 2013;347:f7095',
    kind: 'systematic-review',
  },
  joines2001: {
    citation: 'Joines JD et al. Imaging strategy for cancer in back pain. JGIM 2001',
    kind: 'primary',
  },
  umem: {
    citation:
      'UMEM educational pearl citing Davis DP et al. J Neurosurg Spine 2011 (ESR/CRP for spinal infection)',
    kind: 'secondary',
    url: 'https://em.umaryland.edu/educational_pearls/3901/',
  },
  shields2012: {
    citation: 'Shields D et al. Iliopsoas abscess review. Int J Surg 2012;10:466-9',
    kind: 'systematic-review',
    url: 'https://docslib.org/doc/4168002/',
  },
  navarro2009: {
    citation: 'Navarro López V et al. Psoas abscess series. Medicine 2009;88:120-30',
    kind: 'primary',
  },
  wong2013: { citation: 'Wong OF et al. Psoas abscess series. HKMJ 2013;19:416', kind: 'primary' },
  bmcid2013: {
    citation: 'BMC Infect Dis 2013;13:578 (psoas abscess mortality 25%)',
    kind: 'primary',
  },
  psoasAbscessSecondary: {
    citation:
      'Psoas abscess blood-culture yield (up to 28%) and features, from secondary summaries (droracle, medicalalgorithms)',
    kind: 'secondary',
  },
  decker2022: {
    citation: 'Decker JA et al. Spontaneous iliopsoas haemorrhage. Acad Radiol 2022;29:536-42',
    kind: 'primary',
  },
  consultant360: {
    citation:
      'Consultant360 case report: iliopsoas haematoma with femoral neuropathy on anticoagulation',
    kind: 'secondary',
  },
  robertson2017: {
    citation: 'Robertson GA, Wood AM. Femoral neck stress fractures. Sports Med Int Open 2017',
    kind: 'systematic-review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070',
  },
  jbjs2018: {
    citation: 'JBJS Am 2018;100:1496-502 (femoral neck stress fracture progression on MRI)',
    kind: 'primary',
  },
  fracturesApp: {
    citation: 'fractures.app: femoral neck stress fracture management (secondary)',
    kind: 'secondary',
    url: 'https://fractures.app/fracture/femoral-neck-stress/',
  },
  acrStressSecondary: {
    citation:
      'ACR appropriateness criteria as summarised by a secondary source (MRI after negative radiograph)',
    kind: 'secondary',
  },
  getthediagnosis: {
    citation: 'getthediagnosis.org: psoas sign for appendicitis',
    kind: 'secondary',
    url: 'http://getthediagnosis.org/finding/Psoas_sign.htm',
  },
  ahn2016: {
    citation:
      'Ahn S et al. Signs of appendicitis in ED patients. PLoS One 2016;11:e0164574, Table 1',
    kind: 'primary',
    pmid: '27723842',
  },
  obturatorSecondary: {
    citation:
      'Obturator sign figures from a secondary app text citing Wagner JM, JAMA 1996, and McGee; children: fpnotebook',
    kind: 'secondary',
    url: 'https://fpnotebook.com/Surgery/Exam/ObtrtrSgn.htm',
  },
  signsEvidence: {
    citation: 'Signs & Evidence: appendicitis pretest probability calculator',
    kind: 'secondary',
    url: 'https://signsandevidence.com/condcalc.php?cond=Appendicitis',
  },
  heijboer: {
    citation: 'Heijboer et al. Clinical examination for inguinal-related groin pain (reliability)',
    kind: 'primary',
  },
  mosler2015: {
    citation: 'Mosler AB et al. 2015 meta-analysis: adductor squeeze test in hip/groin pain',
    kind: 'systematic-review',
  },
  rankin2015: {
    citation: 'Rankin AT et al. Pubic bone stress injury. AJSM 2015;43:1698',
    kind: 'primary',
  },

  // ── Treatment evidence ──
  qaseem2017: {
    citation: 'Qaseem A et al. ACP guideline for LBP. Ann Intern Med 2017;166:514-30',
    kind: 'guideline',
  },
  french2006: {
    citation: 'French SD et al. Superficial heat or cold for LBP. Cochrane CD004750',
    kind: 'systematic-review',
  },
  bleakley2004: {
    citation: 'Bleakley C et al. Cryotherapy for acute soft-tissue injury: SR. AJSM 2004',
    kind: 'systematic-review',
  },
  bleakley2006: {
    citation: 'Bleakley CM et al. Intermittent ice application RCT. BJSM 2006;40:700-5',
    kind: 'primary',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2579462',
  },
  ayala2010: {
    citation:
      'Ayala F, Sainz de Baranda P. Stretch dose. J Strength Cond Res 2010;24:430-6; Int J Sports Med 2010;31:389-96',
    kind: 'primary',
  },
  gribble1999: {
    citation: 'Gribble PA et al. Stretching plateau. J Sport Rehabil 1999;8:195-208',
    kind: 'primary',
  },
  acsmSecondary: {
    citation: 'ACSM stretching dose as quoted by a secondary source',
    kind: 'secondary',
  },
  griffin2018: {
    citation: 'Griffin DR et al. UK FASHIoN trial. Lancet 2018;391:2225-35',
    kind: 'primary',
  },
  palmer2019: { citation: 'Palmer AJR et al. FAIT trial. BMJ 2019;364:l185', kind: 'primary' },
  saragiotto2016: {
    citation: 'Saragiotto BT et al. Paracetamol for LBP. Cochrane CD012230',
    kind: 'systematic-review',
  },
  nsaidGuides: {
    citation: 'NHS Scotland polypharmacy guide; NHS GGC oral NSAID guideline',
    kind: 'guideline',
    url: 'https://covid19app.nhsggc.org.uk/musculoskeletal-and-joint-disease/oral-non-steroidal-anti-inflammatory-nsaid-guidelines/',
  },
  cashin2021: {
    citation: 'Cashin AG et al. Muscle relaxants for LBP. BMJ 2021;374:n1446',
    kind: 'systematic-review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8262447',
  },
  fdaTizanidine: {
    citation: 'FDA tizanidine label change 2006: contraindicated with fluvoxamine or ciprofloxacin',
    kind: 'secondary',
    url: 'https://www.thefreelibrary.com/Tizanidine+contraindicated+for+use+with+Luvox%2C+Cipro.-a0172599317',
  },
  mathieson2017: {
    citation: 'Mathieson S et al. PRECISE trial of pregabalin for sciatica. NEJM 2017;376:1111-20',
    kind: 'primary',
  },
  injectionSecondary: {
    citation:
      'Corticosteroid injection contraindications from secondary summaries (seekhealthz, ultrasound-guided-injections.co.uk, droracle)',
    kind: 'secondary',
  },
  westhoff2003: {
    citation:
      'Westhoff B et al. Botulinum toxin into iliopsoas in spasticity. Dev Med Child Neurol 2003;45:829-32',
    kind: 'primary',
    pmid: '14667075',
  },
  sconfienza2008: {
    citation: 'Sconfienza LM et al. US-guided botulinum toxin into iliopsoas. J Ultrasound 2008',
    kind: 'primary',
  },
  gouveia2021: {
    citation: 'Gouveia K et al. Iliopsoas tenotomy SR. AJSM 2021;49:817-29',
    kind: 'systematic-review',
  },
  longstaffe2021: {
    citation:
      'Longstaffe R et al. Arthroscopic vs open iliopsoas release. Clin J Sport Med 2021;31:522-9',
    kind: 'systematic-review',
    url: 'https://ir.lib.uwo.ca/wlpub/121',
  },
  baur2023: {
    citation: 'Baur A et al. Iliopsoas fractional lengthening SR. J Hip Preserv Surg 2023',
    kind: 'systematic-review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11005755',
  },
  peul2007: {
    citation:
      'Peul WC et al. Surgery vs prolonged conservative care for sciatica. NEJM 2007;356:2245-56',
    kind: 'primary',
  },
  zaina2016: {
    citation: 'Zaina F et al. Surgery vs non-surgical care for lumbar stenosis. Cochrane CD010264',
    kind: 'systematic-review',
  },
  csp: {
    citation: 'Chartered Society of Physiotherapy: medicines, prescribing and injection therapy',
    kind: 'guideline',
    url: 'https://www.csp.org.uk/professional-clinical/professional-guidance/medicines-prescribing-injection-therapy/prescribing',
  },
  aopt: {
    citation: 'AOPT / APTA notes on US physical therapy scope',
    kind: 'guideline',
    url: 'https://www.orthopt.org/content/practice/current-practice-issues',
  },

  // ── Don't-miss conditions: children and adolescents ──
  kocher1999: {
    citation:
      'Kocher MS, Zurakowski D, Kasser JR. Differentiating between septic arthritis and transient synovitis of the hip in children: an evidence-based clinical prediction algorithm. J Bone Joint Surg Am 1999;81(12):1662-70',
    kind: 'primary',
  },
  caird2006: {
    citation:
      'Caird MS et al. Factors distinguishing septic arthritis from transient synovitis of the hip in children: a prospective study. J Bone Joint Surg Am 2006;88(6):1251-7',
    kind: 'primary',
  },
  margaretten2007: {
    citation:
      'Margaretten ME, Kohlwes J, Moore D, Bent S. Does this adult patient have septic arthritis? JAMA 2007;297(13):1478-88',
    kind: 'systematic-review',
  },
  peck2017: {
    citation:
      'Peck DM, Voss LM, Voss TT. Slipped capital femoral epiphysis: diagnosis and management. Am Fam Physician 2017;95(12):779-84',
    kind: 'secondary',
  },
  lehmann2006: {
    citation:
      'Lehmann CL, Arons RR, Loder RT, Vitale MG. The epidemiology of slipped capital femoral epiphysis: an update. J Pediatr Orthop 2006;26(3):286-90',
    kind: 'primary',
  },
  perry2011: {
    citation:
      'Perry DC, Hall AJ. The epidemiology and etiology of Perthes disease. Orthop Clin North Am 2011;42(3):279-83',
    kind: 'secondary',
  },
  rossi2001: {
    citation:
      'Rossi F, Dragoni S. Acute avulsion fractures of the pelvis in adolescent competitive athletes: prevalence, location and sports distribution of 203 cases collected. Skeletal Radiol 2001;30(3):127-31',
    kind: 'primary',
  },

  // ── Don't-miss conditions: bone, vessels, viscera, spine ──
  mont2015: {
    citation:
      'Mont MA, Cherian JJ, Sierra RJ, Jones LC, Lieberman JR. Nontraumatic osteonecrosis of the femoral head: where do we stand today? A ten-year update. J Bone Joint Surg Am 2015;97(19):1604-27',
    kind: 'secondary',
  },
  rommens2013: {
    citation:
      'Rommens PM, Hofmann A. Comprehensive classification of fragility fractures of the pelvic ring: recommendations for surgical treatment. Injury 2013;44(12):1733-44',
    kind: 'primary',
  },
  nice2011hip: {
    citation:
      'NICE CG124 Hip fracture: management (2011, updated 2023): MRI when a hip fracture is suspected despite negative radiographs',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg124',
  },
  mountjoy2018: {
    citation:
      'Mountjoy M et al. IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update. Br J Sports Med 2018;52(11):687-97',
    kind: 'consensus',
  },
  lederle1999: {
    citation:
      'Lederle FA, Simel DL. The rational clinical examination: does this patient have abdominal aortic aneurysm? JAMA 1999;281(1):77-82',
    kind: 'systematic-review',
  },
  nice2020aaa: {
    citation: 'NICE NG156 Abdominal aortic aneurysm: diagnosis and management (2020)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng156',
  },
  moore2014: {
    citation:
      'Moore CL et al. Derivation and validation of a clinical prediction rule for uncomplicated ureteral stone: the STONE score. BMJ 2014;348:g2191',
    kind: 'primary',
  },
  nice2019stones: {
    citation: 'NICE NG118 Renal and ureteric stones: assessment and management (2019)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng118',
  },
  barbosa2013: {
    citation:
      'Barbosa JA et al. Development and initial validation of a scoring system to diagnose testicular torsion in children (TWIST). J Urol 2013;189(5):1859-64',
    kind: 'primary',
  },
  huchon2010: {
    citation:
      'Huchon C, Fauconnier A. Adnexal torsion: a literature review. Eur J Obstet Gynecol Reprod Biol 2010;150(1):8-12',
    kind: 'secondary',
  },
  nice2019ectopic: {
    citation:
      'NICE NG126 Ectopic pregnancy and miscarriage: diagnosis and initial management (2019, updated 2023)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng126',
  },
  herniasurge2018: {
    citation:
      'HerniaSurge Group. International guidelines for groin hernia management. Hernia 2018;22(1):1-165',
    kind: 'guideline',
  },
  davis2004: {
    citation:
      'Davis DP et al. The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess. J Emerg Med 2004;26(3):285-91',
    kind: 'primary',
  },
  berbari2015: {
    citation:
      'Berbari EF et al. 2015 IDSA clinical practice guidelines for the diagnosis and treatment of native vertebral osteomyelitis in adults. Clin Infect Dis 2015;61(6):e26-46',
    kind: 'guideline',
  },
  nice2017spa: {
    citation: 'NICE NG65 Spondyloarthritis in over 16s: diagnosis and management (2017)',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng65',
  },
  sieper2009: {
    citation:
      'Sieper J et al. New criteria for inflammatory back pain in patients with chronic back pain: a real patient exercise by experts from the ASAS. Ann Rheum Dis 2009;68(6):784-8',
    kind: 'primary',
  },

  ukCmo2016: {
    citation:
      'UK Chief Medical Officers’ Low Risk Drinking Guidelines (2016): not regularly more than 14 units a week',
    kind: 'guideline',
    url: 'https://www.gov.uk/government/publications/alcohol-consumption-advice-on-low-risk-drinking',
  },

  // ── Medicines and procedures: labels and guidelines ──
  bnfNsaids: {
    citation:
      'BNF (British National Formulary): Non-steroidal anti-inflammatory drugs, treatment summary and contra-indications',
    kind: 'guideline',
    url: 'https://bnf.nice.org.uk/treatment-summaries/non-steroidal-anti-inflammatory-drugs/',
  },
  niceCksNsaids: {
    citation: 'NICE Clinical Knowledge Summaries: NSAIDs, prescribing issues',
    kind: 'guideline',
    url: 'https://cks.nice.org.uk/topics/nsaids-prescribing-issues/',
  },
  bnfAspirin: {
    citation: 'BNF: Aspirin, contra-indications (children under 16 years: risk of Reye’s syndrome)',
    kind: 'guideline',
    url: 'https://bnf.nice.org.uk/drugs/aspirin/',
  },
  fdaNsaidPregnancy: {
    citation:
      'US FDA Drug Safety Communication (15 October 2020): avoid NSAIDs in pregnancy at 20 weeks or later (low amniotic fluid, fetal kidney problems)',
    kind: 'guideline',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
  },
  topicalDiclofenacLabel: {
    citation:
      'Diclofenac sodium topical gel 1%, US Drug Facts label: do not use in the last 3 months of pregnancy unless a doctor directs it',
    kind: 'guideline',
  },
  asra2018: {
    citation:
      'Horlocker TT et al. Regional anesthesia in the patient receiving antithrombotic or thrombolytic therapy: ASRA evidence-based guidelines (4th edition). Reg Anesth Pain Med 2018;43(3):263-309',
    kind: 'guideline',
  },
  asra2018pain: {
    citation:
      'Narouze S et al. Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications (2nd edition): guidelines from ASRA, ESRA, AAPM, INS, NANS and WIP. Reg Anesth Pain Med 2018;43(3):225-62',
    kind: 'guideline',
  },
  beers2023: {
    citation:
      '2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc 2023;71(7):2052-81',
    kind: 'guideline',
  },
  peak2005: {
    citation:
      'Peak EL et al. The role of patient restrictions in reducing the prevalence of early dislocation following total hip arthroplasty: a randomized, prospective study. J Bone Joint Surg Am 2005;87(2):247-53',
    kind: 'primary',
  },

  griffin2016: {
    citation:
      'Griffin DR et al. The Warwick Agreement on femoroacetabular impingement syndrome (FAI syndrome): an international consensus statement. Br J Sports Med 2016;50(19):1169-76',
    kind: 'consensus',
  },

  // ── Issue 19, groin and spine figures ──
  trainor2011: {
    citation:
      'Trainor K, Pinnington MA. Reliability and diagnostic validity of the slump knee bend neurodynamic test for upper/mid lumbar nerve root compression: a pilot study. Physiotherapy 2011;97(1):59-64',
    kind: 'primary',
  },
  laslett2003: {
    citation:
      'Laslett M, Young SB, Aprill CN, McDonald B. Diagnosing painful sacroiliac joints: a validity study of a McKenzie evaluation and sacroiliac provocation tests. Aust J Physiother 2003;49(2):89-97',
    kind: 'primary',
  },
  simpson2006: {
    citation:
      'Simpson R, Gemmell H. Accuracy of spinal orthopaedic tests: a systematic review. Chiropr Osteopat 2006;14:26, Table 3 (single sacroiliac provocation tests of Laslett 2005)',
    kind: 'systematic-review',
    url: 'https://chiromt.biomedcentral.com/articles/10.1186/1746-1340-14-26/tables/3',
  },
  falvey2016: {
    citation:
      'Falvey ÉC, King E, Kinsella S, Franklyn-Miller A. Athletic groin pain (part 1): a prospective anatomical diagnosis of 382 patients. Br J Sports Med 2016;50(7):423-30, Table 4',
    kind: 'primary',
    url: 'https://bjsm.bmj.com/content/50/7/423',
  },

  // ── Issue 19, hip and serious-condition figures ──
  palsson2020: {
    citation:
      'Pålsson A, Kostogiannis I, Ageberg E. Combining results from hip impingement and range of motion tests can increase diagnostic accuracy in patients with FAI syndrome. Knee Surg Sports Traumatol Arthrosc 2020;28(10):3382-92',
    kind: 'primary',
    url: 'https://portal.research.lu.se/en/publications/combining-results-from-hip-impingement-and-range-of-motion-tests-',
  },
  serner2016: {
    citation:
      'Serner A et al. Can standardised clinical examination of athletes with acute groin injuries predict the presence and location of MRI findings? Br J Sports Med 2016;50(24):1541',
    kind: 'primary',
    url: 'https://bjsm.bmj.com/content/50/24/1541.long',
  },
  wagner1996: {
    citation:
      'Wagner JM, McKinney WP, Carpenter JL. Does this patient have appendicitis? JAMA 1996;276(19):1589-94 (Rational Clinical Examination)',
    kind: 'systematic-review',
    pmid: '8918857',
  },

  // ── Codes ──
  icd10cm: {
    citation:
      'ICD-10-CM FY2024–2026 code set, as confirmed by coding reference sites (validate against CMS/CDC tabular list)',
    kind: 'secondary',
  },
} as const satisfies Record<string, SourceDef>;

export type SourceId = keyof typeof SOURCES;

/** Seed file name → its source id. The seed-coverage test uses it. */
export const SEED_SOURCE = {
  '000_5905c064069e4575.txt': 'seed-000',
  '001_0a57e0202c820322.txt': 'seed-001',
  '002_83593c2c5ae1d6ad.txt': 'seed-002',
  '003_9f32b6df7386e1c3.txt': 'seed-003',
  '004_6f880411f0d78938.txt': 'seed-004',
} as const satisfies Record<string, SourceId>;
