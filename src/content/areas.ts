import type { Area } from './schema';

// Groups for the index lists ("What IMS can help with", "Body areas"), head to toe.
export const AREAS = [
  { id: 'head-neck', name: 'Head and neck', order: 1 },
  { id: 'back', name: 'Back', order: 2 },
  { id: 'chest-belly', name: 'Chest and belly', order: 3 },
  { id: 'arms-hands', name: 'Shoulders, arms and hands', order: 4 },
  { id: 'hips-legs', name: 'Hips and legs', order: 5 },
  { id: 'feet', name: 'Feet', order: 6 },
] as const satisfies readonly Area[];

export type AreaId = (typeof AREAS)[number]['id'];
