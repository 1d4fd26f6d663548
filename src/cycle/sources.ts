// Where the explainer's words come from. Ids match src/content/sources.ts where the same work is
// cited there; `facts` in stages.ts point at /shared/content/FACTS.md (A2, A3, …).

export interface CycleSource {
  id: string;
  citation: string;
  url?: string;
}

export const CYCLE_SOURCES = [
  {
    id: 'gunn-prespondylosis',
    citation:
      'Gunn CC. "Prespondylosis and some pain syndromes following denervation supersensitivity." iSTOP.',
    url: 'https://www.istop.org/spondylosis.html',
  },
  {
    id: 'cannon-rosenblueth-1949',
    citation:
      'Cannon WB, Rosenblueth A. "The supersensitivity of denervated structures: a law of denervation." Macmillan, 1949.',
  },
  {
    id: 'istop',
    citation:
      'iSTOP, the Institute for the Study and Treatment of Pain (Gunn IMS): pages on clinical signs, needling and Gunn’s extension of Cannon’s law.',
    url: 'https://www.istop.org',
  },
  {
    id: 'gunn-radiculopathy-model',
    citation: 'Gunn CC. "Acupuncture and the peripheral nervous system: a radiculopathy model."',
  },
  {
    id: 'clinic-ims-page',
    citation:
      "This clinic's own patient page on IMS, written by its certified Gunn IMS physiotherapist (the clinic's advice, not a study).",
  },
] as const satisfies readonly CycleSource[];

export type CycleSourceId = (typeof CYCLE_SOURCES)[number]['id'];

export function cycleSourcesFor(ids: readonly string[]): CycleSource[] {
  return CYCLE_SOURCES.filter((source) => ids.includes(source.id));
}
