import type { Source } from './schema';

// Every source a statement may cite. Ids are what the content data refers to; the citation is what
// a reader sees. Facts come from /shared/content/FACTS.md, where each was checked against these.

export const SOURCES = [
  // --- The Gunn model ---
  {
    id: 'goodman-choma-ims',
    citation:
      'Goodman and Choma. "Intramuscular stimulation" (book chapter on Gunn IMS). Musculoskeletal Key.',
    url: 'https://musculoskeletalkey.com',
  },
  {
    id: 'istop',
    citation:
      'iSTOP, the Institute for the Study and Treatment of Pain (Gunn IMS), including its pages on clinical signs and needling.',
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
    citation: 'Gunn CC. "Acupuncture and the peripheral nervous system: a radiculopathy model."',
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
      'Gunn CC, Milbrandt WE, Little AS, Mason KE. "Dry needling of muscle motor points for chronic low-back pain: a randomized clinical trial with long-term follow-up." Spine 1980; 5: 279–291.',
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
    citation: 'Focus Physiotherapy, patient information on IMS (number and spacing of sessions).',
    url: 'https://focusphysio.ca',
  },
  {
    id: 'apc-pain',
    citation: 'APC Pain, patient information on IMS (number and spacing of sessions).',
    url: 'https://apcpain.net',
  },
  {
    id: 'elite-physiocare',
    citation: 'Elite Physiocare, patient information on IMS (number and spacing of sessions).',
    url: 'https://elitephysiocare.ca',
  },

  // --- Standard anatomy (marked [T] in FACTS.md) ---
  {
    id: 'clinical-texts',
    citation:
      'Standard anatomy and clinical textbooks (what a condition is, where it is felt, and the nerve supply of muscles; books differ by about one spinal level).',
  },

  // --- Conditions ---
  {
    id: 'poorbaugh-2008',
    citation:
      'Poorbaugh K, et al. "Late whiplash syndrome: a clinical science approach to evidence-based diagnosis and management." Pain Practice, 2008.',
  },
  {
    id: 'simons-1999',
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 2nd edition. Williams & Wilkins, 1999.",
  },
  {
    id: 'crossley-2016',
    citation:
      'Crossley KM, et al. "2016 Patellofemoral pain consensus statement." British Journal of Sports Medicine, 2016.',
  },
  {
    id: 'bogduk-2001',
    citation:
      'Bogduk N. "Cervicogenic headache: anatomic basis and pathophysiologic mechanisms." Current Pain and Headache Reports, 2001.',
  },
  {
    id: 'nidcr-tmd',
    citation:
      'National Institute of Dental and Craniofacial Research (NIDCR, USA). "TMD (temporomandibular disorders)."',
    url: 'https://www.nidcr.nih.gov',
  },
  {
    id: 'yates-white-2004',
    citation:
      'Yates B, White S. "The incidence and risk factors in the development of medial tibial stress syndrome among naval recruits." American Journal of Sports Medicine, 2004.',
  },
  {
    id: 'nirschl-1992',
    citation: 'Nirschl RP. "Elbow tendinosis / tennis elbow." Clinics in Sports Medicine, 1992.',
  },
  {
    id: 'chhabra-trigger-finger',
    citation: 'Chhabra AB. Clinical review of trigger finger (stenosing tenosynovitis).',
  },
  {
    id: 'hopayian-2010',
    citation:
      'Hopayian K, Song F, Riera R, Sambandan S. "The clinical features of the piriformis syndrome: a systematic review." European Spine Journal, 2010.',
  },

  // --- Evidence ---
  {
    id: 'ga-2007',
    citation:
      'Ga H, et al. "Dry needling of trigger points with and without paraspinal needling in myofascial pain syndromes in elderly patients." Journal of Alternative and Complementary Medicine, 2007.',
  },
  {
    id: 'couto-2014',
    citation:
      'Couto C, et al. "Paraspinal stimulation combined with trigger point needling and needle rotation for the treatment of myofascial pain: a randomized sham-controlled clinical trial." Clinical Journal of Pain, 2014.',
  },
  {
    id: 'gattie-2017',
    citation:
      'Gattie E, Cleland JA, Snodgrass S. "The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis." Journal of Orthopaedic & Sports Physical Therapy, 2017.',
  },
  {
    id: 'chys-2023',
    citation:
      'Chys M, et al. "Clinical effectiveness of dry needling in patients with musculoskeletal pain: an umbrella review." Journal of Clinical Medicine, 2023.',
  },
  {
    id: 'vickers-2018',
    citation:
      'Vickers AJ, et al. "Acupuncture for chronic pain: update of an individual patient data meta-analysis." Journal of Pain, 2018.',
  },
] as const satisfies readonly Source[];

/** Any id in the list above; statements are typed against it so a typo fails to compile. */
export type SourceId = (typeof SOURCES)[number]['id'];
