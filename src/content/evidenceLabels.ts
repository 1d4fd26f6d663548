import type { EvidenceLine } from './schema';

// The words for the two short facts above each condition's evidence line ("What the research
// shows"): what has been tested, and how strong that evidence is.

export const TESTED_LABEL: Record<EvidenceLine['tested'], string> = {
  'ims-itself': 'IMS itself, in a few small trials',
  'dry-needling-in-general': 'Only dry needling in general',
  'nothing-specific': 'Nothing for this condition',
};

export const STRENGTH_LABEL: Record<EvidenceLine['strength'], string> = {
  weak: 'Weak: few, small trials, not all with a fake-needle group',
  'very-low-to-moderate': 'Very low to moderate, and only for the short term',
  none: 'No evidence either way',
};
