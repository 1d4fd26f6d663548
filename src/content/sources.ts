import type { Source } from './schema';

// Every source a statement may cite. Ids are what the content data refers to; the citation is what
// a reader sees. Each was checked for the fact it supports; a web page is cited by its exact address,
// a book by its title and edition, a paper by its journal, volume and pages.

export const SOURCES = [
  // --- The Gunn model ---
  {
    id: 'goodman-choma-ims',
    citation:
      'Goodman SR, Choma CB. "Intramuscular stimulation." Book chapter on Gunn IMS (chapter 15), published on Musculoskeletal Key.',
    url: 'https://musculoskeletalkey.com/intramuscular-stimulation/',
  },
  {
    id: 'istop',
    citation:
      "iSTOP, the Institute for the Study and Treatment of Pain (Gunn IMS): its pages on clinical signs, needling and Gunn's extension of Cannon's law.",
    url: 'https://www.istop.org',
  },
  {
    id: 'gunn-prespondylosis',
    citation:
      'Gunn CC. "Prespondylosis and some pain syndromes following denervation supersensitivity." iSTOP.',
    url: 'https://www.istop.org/spondylosis.html',
  },
  {
    id: 'gunn-radiculopathy-model',
    citation: 'Gunn CC. "Acupuncture and the peripheral nervous system: a radiculopathy model." iSTOP.',
  },
  {
    id: 'istop-knee',
    citation: 'iSTOP. "Knee pain" (Gunn IMS treatment of the knee).',
    url: 'https://www.istop.org/kneepain.html',
  },
  {
    id: 'cannon-1939',
    citation: 'Cannon WB. "A law of denervation." American Journal of the Medical Sciences, 1939.',
  },
  {
    id: 'cannon-rosenblueth-1949',
    citation:
      'Cannon WB, Rosenblueth A. "The supersensitivity of denervated structures: a law of denervation." Macmillan, 1949.',
  },
  {
    id: 'gunn-1980',
    citation:
      'Gunn CC, Milbrandt WE, Little AS, Mason KE. "Dry needling of muscle motor points for chronic low-back pain: a randomized clinical trial with long-term follow-up." Spine 1980; 5(3): 279–291.',
    url: 'https://www.istop.org/papers/dryneedling.htm',
  },
  {
    id: 'gunn-milbrandt-1976',
    citation:
      'Gunn CC, Milbrandt WE. "Tennis elbow and the cervical spine." Canadian Medical Association Journal, 1976.',
    url: 'https://www.istop.org/tenniselbow.html',
  },

  // --- This clinic and other clinics ---
  {
    id: 'clinic-ims-page',
    citation:
      "This clinic's own patient page on IMS, written by its certified Gunn IMS physiotherapist (the clinic's advice, not a study).",
  },
  {
    id: 'focus-physio',
    citation:
      'Focus Physiotherapy. "IMS (Intra Muscular Stimulation)." Patient page: the exam before IMS, soreness after it, and the number and spacing of sessions.',
    url: 'https://focusphysio.ca/industry-news/ims-intra-muscular-stimulation/',
  },
  {
    id: 'apc-pain',
    citation:
      'APC Pain. "Intramuscular Stimulation (IMS)." Patient page: soreness after IMS, and the number and spacing of sessions.',
    url: 'https://apcpain.net/intramuscular-stimulation/',
  },
  {
    id: 'elite-physiocare',
    citation:
      'Elite Physiocare. "Gunn IMS (Intramuscular Stimulation)." Patient page: the number and spacing of sessions.',
    url: 'https://elitephysiocare.ca/services/gunn-ims-intramuscular-stimulation',
  },

  // --- Textbooks: anatomy (nerve supply of muscles; books differ by about one spinal level) ---
  {
    id: 'grays-anatomy',
    citation:
      "Standring S (editor). Gray's Anatomy: The Anatomical Basis of Clinical Practice, 42nd edition. Elsevier, 2020.",
  },
  {
    id: 'moore-anatomy',
    citation:
      'Moore KL, Dalley AF, Agur AMR. Clinically Oriented Anatomy, 8th edition. Wolters Kluwer, 2018.',
  },
  {
    id: 'brukner-khan',
    citation:
      "Brukner P, Khan K, et al. Brukner & Khan's Clinical Sports Medicine, Volume 1: Injuries, 5th edition. McGraw-Hill Education, 2017.",
  },
  {
    id: 'simons-1999',
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, Volume 1: Upper Half of Body, 2nd edition. Williams & Wilkins, 1999.",
  },
  {
    id: 'travell-simons-1992',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Volume 2: The Lower Extremities. Williams & Wilkins, 1992.',
  },

  // --- Conditions ---
  {
    id: 'poorbaugh-2008',
    citation:
      'Poorbaugh K, Brismée JM, Phelps V, Sizer PS. "Late whiplash syndrome: a clinical science approach to evidence-based diagnosis and management." Pain Practice 2008; 8(1): 65–87.',
  },
  {
    id: 'crossley-2016',
    citation:
      'Crossley KM, et al. "2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 1." British Journal of Sports Medicine 2016; 50(14): 839–843.',
  },
  {
    id: 'ichd-3',
    citation:
      'Headache Classification Committee of the International Headache Society. "The International Classification of Headache Disorders, 3rd edition." Cephalalgia 2018; 38(1): 1–211.',
  },
  {
    id: 'bogduk-2001',
    citation:
      'Bogduk N. "Cervicogenic headache: anatomic basis and pathophysiologic mechanisms." Current Pain and Headache Reports 2001; 5(4): 382–386.',
  },
  {
    id: 'asia-isncsci',
    citation:
      'American Spinal Injury Association (ASIA) and International Spinal Cord Society (ISCoS). International Standards for Neurological Classification of Spinal Cord Injury (ISNCSCI): the key sensory points and key muscles of each level. L4–S1 points as revised in 2011; see Spinal Cord 2017; 55: 396.',
  },
  {
    id: 'lee-2008',
    citation:
      'Lee MWL, McPhee RW, Stringer MD. "An evidence-based approach to human dermatomes." Clinical Anatomy 2008; 21: 363–373.',
  },
  {
    id: 'nidcr-tmd',
    citation:
      'National Institute of Dental and Craniofacial Research (NIDCR, USA). "Facial pain": data and statistics on disorders of the jaw joint and the chewing muscles.',
    url: 'https://www.nidcr.nih.gov/research/data-statistics/facial-pain',
  },
  {
    id: 'lopes-2012',
    citation:
      'Lopes AD, Hespanhol Júnior LC, Yeung SS, Costa LOP. "What are the most common running-related musculoskeletal injuries? A systematic review." Sports Medicine 2012; 42(10): 891–905.',
    url: 'https://doi.org/10.1007/BF03262301',
  },
  {
    id: 'yates-white-2004',
    citation:
      'Yates B, White S. "The incidence and risk factors in the development of medial tibial stress syndrome among naval recruits." American Journal of Sports Medicine 2004; 32(3): 772–780.',
  },
  {
    id: 'shiri-2006',
    citation:
      'Shiri R, Viikari-Juntura E, Varonen H, Heliövaara M. "Prevalence and determinants of lateral and medial epicondylitis: a population study." American Journal of Epidemiology 2006; 164(11): 1065–1074.',
  },
  {
    id: 'chhabra-seamon',
    citation: 'Chhabra AB, Seamon J. "Finger injuries." Book chapter. CRC Press.',
    url: 'https://doi.org/10.1201/b13543-80',
  },
  {
    id: 'hopayian-2010',
    citation:
      'Hopayian K, Song F, Riera R, Sambandan S. "The clinical features of the piriformis syndrome: a systematic review." European Spine Journal 2010; 19(12): 2095–2109.',
  },

  // --- Acupuncture, for the comparison on the body (point locations and each condition's point set) ---
  {
    id: 'who-acupoints-2008',
    citation:
      'World Health Organization, Regional Office for the Western Pacific. WHO Standard Acupuncture Point Locations in the Western Pacific Region. WHO, 2008.',
  },
  {
    id: 'acupuncture-practitioner-pages',
    citation:
      "Acupuncture practitioners' own web pages (practitioner pages only: not a study or a standard). Used only to show which points are often named for this problem.",
  },
  {
    id: 'moon-2014',
    citation:
      'Moon TW, et al. Review of acupuncture for whiplash-associated disorders. Evidence-Based Complementary and Alternative Medicine 2014: 870271, Table 2.',
  },
  {
    id: 'he-2024',
    citation:
      'He et al. Data mining of the acupoints used in 142 trials of acupuncture for carpal tunnel syndrome, 2024.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10959299/',
  },
  {
    id: 'birch-2003',
    citation:
      'Birch S. "Trigger point–acupuncture point correlations revisited." Journal of Alternative and Complementary Medicine 2003; 9(1): 91–103.',
  },
  {
    id: 'cherkin-2009',
    citation:
      'Cherkin DC, et al. Trial of acupuncture for chronic low back pain (2009), its point set as summarised in Cochrane review CD013814.',
  },
  {
    id: 'lu-2021',
    citation: 'Lu et al. Data mining of the acupoints used for tension-type headache, 2021.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7979293/',
  },
  {
    id: 'chin-2013',
    citation:
      'Chin 2013, a review of acupuncture for jaw pain (temporomandibular disorders), known to us only second-hand.',
  },
  {
    id: 'zhang-2011',
    citation: 'Zhang SP, et al. Trial of acupuncture for plantar heel pain: PC7 compared with LI4, 2011.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3094706/',
  },
  {
    id: 'tennis-elbow-acupuncture-2015',
    citation:
      'Review of acupuncture for lateral elbow pain, summarising the trials of Fink et al. 2002 and Irnich et al. 2003. Evidence-Based Complementary and Alternative Medicine 2015: 861849, Table 1.',
  },
  {
    id: 'inoue-2016',
    citation:
      'Inoue M, et al. Case series of acupuncture for trigger finger. Acupuncture in Medicine, 2016 (PMID 27401746).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27401746/',
  },
  {
    id: 'zhang-2021',
    citation: 'Zhang et al. Delphi consensus on acupuncture for sciatica, 2021, Table 1.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7802920/',
  },

  // --- Evidence for needling ---
  {
    id: 'ga-2007',
    citation:
      'Ga H, Choi JH, Park CH, Yoon HJ. "Dry needling of trigger points with and without paraspinal needling in myofascial pain syndromes in elderly patients." Journal of Alternative and Complementary Medicine 2007; 13(6): 617–624.',
  },
  {
    id: 'couto-2014',
    citation:
      'Couto C, et al. "Paraspinal stimulation combined with trigger point needling and needle rotation for the treatment of myofascial pain: a randomized sham-controlled clinical trial." Clinical Journal of Pain 2014; 30(3): 214–223.',
  },
  {
    id: 'gattie-2017',
    citation:
      'Gattie E, Cleland JA, Snodgrass S. "The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis." Journal of Orthopaedic & Sports Physical Therapy 2017; 47(3): 133–149.',
  },
  {
    id: 'chys-2023',
    citation:
      'Chys M, et al. "Clinical effectiveness of dry needling in patients with musculoskeletal pain: an umbrella review." Journal of Clinical Medicine 2023; 12(3): 1205.',
  },
  {
    id: 'vickers-2018',
    citation:
      'Vickers AJ, et al. "Acupuncture for chronic pain: update of an individual patient data meta-analysis." Journal of Pain 2018; 19(5): 455–474.',
  },

  // --- Acupuncture (for the comparison with IMS) ---
  {
    id: 'nhs-acupuncture',
    citation:
      'NHS. "Acupuncture." Patient page: the belief in qi and meridians, how a session is done, who gives it, and its side effects.',
    url: 'https://www.nhs.uk/conditions/acupuncture/',
  },
  {
    id: 'maciocia-2015',
    citation:
      'Maciocia G. The Foundations of Chinese Medicine: A Comprehensive Text, 3rd edition. Elsevier, 2015.',
  },
  {
    id: 'deadman-2007',
    citation:
      'Deadman P, Al-Khafaji M, Baker K. A Manual of Acupuncture, 2nd edition. Journal of Chinese Medicine Publications, 2007.',
  },
  {
    id: 'nice-ng193',
    citation:
      'National Institute for Health and Care Excellence (NICE). "Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain." NICE guideline NG193, 2021.',
    url: 'https://www.nice.org.uk/guidance/ng193',
  },
  {
    id: 'nice-ng59',
    citation:
      'National Institute for Health and Care Excellence (NICE). "Low back pain and sciatica in over 16s: assessment and management." NICE guideline NG59, 2016.',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'melzack-1977',
    citation:
      'Melzack R, Stillwell DM, Fox EJ. "Trigger points and acupuncture points for pain: correlations and implications." Pain 1977; 3(1): 3–23.',
  },
  {
    id: 'dorsher-2008',
    citation:
      'Dorsher PT. "Can classical acupuncture points and trigger points be compared in the treatment of pain disorders? Birch\'s analysis revisited." Journal of Alternative and Complementary Medicine 2008; 14(4): 353–359.',
  },

  // --- Side effects and warning signs ---
  {
    id: 'brady-2014',
    citation:
      'Brady S, McEvoy J, Dommerholt J, Doody C. "Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists." Journal of Manual & Manipulative Therapy 2014; 22(3): 134–140.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25125935/',
  },
  {
    id: 'finucane-2020',
    citation:
      'Finucane LM, et al. "International framework for red flags for potential serious spinal pathologies." Journal of Orthopaedic & Sports Physical Therapy 2020; 50(7): 350–372.',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  {
    id: 'do-2019',
    citation:
      'Do TP, et al. "Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list." Neurology 2019; 92(3): 134–144.',
    url: 'https://doi.org/10.1212/WNL.0000000000006697',
  },
  {
    id: 'mathews-2010',
    citation:
      'Mathews CJ, Weston VC, Jones A, Field M, Coakley G. "Bacterial septic arthritis in adults." The Lancet 2010; 375(9717): 846–855.',
  },
] as const satisfies readonly Source[];

/** Any id in the list above; statements are typed against it so a typo fails to compile. */
export type SourceId = (typeof SOURCES)[number]['id'];
