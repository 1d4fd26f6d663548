import type { RegionId } from '../content/regionIds';

// The consultation (issue 12): the contract between the presenter mode and its tour, the pain
// chart, the patient's second screen and the take-home link. Pure types and lists only, so every
// chunk can import it without pulling in another's code.

/** The guided consultation, in the order a practitioner walks it. Each step has a link (`?tour=`). */
export const TOUR_STEPS = [
  'what-is-ims',
  'where-it-hurts',
  'conditions',
  'pain-cycle',
  'spinal-levels',
  'acupuncture',
  'what-to-expect',
  'take-home',
] as const;
export type TourStepId = (typeof TOUR_STEPS)[number];
export const isTourStepId = (value: unknown): value is TourStepId =>
  typeof value === 'string' && (TOUR_STEPS as readonly string[]).includes(value);

/** The kinds of pain a patient can mark, in the order they are offered. */
export const PAIN_KINDS = ['aching', 'sharp', 'burning', 'pins-and-needles', 'numb'] as const;
export type PainKind = (typeof PAIN_KINDS)[number];
export const isPainKind = (value: unknown): value is PainKind =>
  typeof value === 'string' && (PAIN_KINDS as readonly string[]).includes(value);

// The words a person sees for each kind: painKindName in ./words (consult.kind.*).

export const MAX_INTENSITY = 10;
/** At most this many marks on one chart (keeps the take-home link short enough for a QR code). */
export const MAX_MARKS = 24;

/**
 * One mark on the pain chart: a spot on the skin (model coordinates, metres, rounded to the
 * centimetre) in a body area, with a kind and a 0–10 intensity. A mark added from the list (the
 * DOM twin) has no spot of its own: it is drawn at its area's centre.
 */
export interface PainMark {
  id: number;
  region: RegionId;
  point: [number, number, number] | null;
  kind: PainKind;
  intensity: number;
}

/**
 * Where the camera looks, relative to the body so that one pose frames the same on a phone and on
 * a wall: the direction (radians, as camera-controls' spherical azimuth and polar angle), the
 * point looked at and the radius of the sphere to fit on screen, both in body heights, the point
 * measured from the centre of the body's bounding box.
 */
export interface CameraPose {
  azimuth: number;
  polar: number;
  target: [number, number, number];
  radius: number;
}

/** Which window this is: the practitioner's (the app as usual) or the patient's second screen. */
export type ScreenRole = 'main' | 'patient';

/** What was shown during the consultation, for the take-home link and the handout. */
export interface ConsultSeen {
  /** Conditions opened, in the order first shown. */
  conditions: string[];
  /** Pain-cycle stages shown, in the order first shown. */
  stages: string[];
}

/** The state of one window that a second screen copies: versioned and applied whole. */
export interface ConsultSnapshot {
  v: 1;
  /** Increases with every snapshot the sender sends, so a late, older message is ignored. */
  seq: number;
  /** The sender's view as a link's search string (serializeUrlState). */
  search: string;
  camera: CameraPose | null;
  tourStep: TourStepId | null;
  blank: boolean;
  chart: PainMark[];
  chartOpen: boolean;
  chartOverlay: boolean;
  /** What was shown so far, so the take-home code on the patient's screen holds the same. */
  seen: ConsultSeen;
}

/** What a take-home link reopens on the patient's phone (and the handout prints). */
export interface TakeHome {
  /** The conditions shown, in order (checked ids). */
  conditions: string[];
  /** The pain-cycle stages shown, in order (checked ids). */
  stages: string[];
  chart: PainMark[];
  /** The body as it was last framed, relative to the body (see CameraPose); null: the front. */
  camera: CameraPose | null;
}
