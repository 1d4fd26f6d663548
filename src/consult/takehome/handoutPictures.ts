import { cameraBridge } from '../../scene/cameraBridge';
import { POSTER_URL } from '../../ui/BodyPoster';
import type { CameraPose } from '../types';
import { t } from '../words';

// The handout's pictures of the body, drawn from the 3D scene (with the pain chart's marks on it)
// through the camera bridge. Where there is no 3D (no WebGL, or the body not drawn yet) the still
// picture of the front stands in.

export interface HandoutPicture {
  src: string;
  /** What it shows, for the alt text and the caption. */
  caption: string;
}

/**
 * The whole body, level, from the front and from the back (relative to the body: see CameraPose).
 * On a tall picture the fitting sphere spans its width, so a quarter of the body's height wide
 * leaves the body filling the height.
 */
const FRONT: CameraPose = { azimuth: 0, polar: Math.PI / 2, target: [0, 0, 0], radius: 0.25 };
const BACK: CameraPose = { ...FRONT, azimuth: Math.PI };
/** About the shape of each picture's place on the sheet, at twice its printed size. */
const SIZE = { width: 320, height: 720 };

export const posterPictures = (): HandoutPicture[] => [
  { src: POSTER_URL, caption: t('consult.picture.front') },
];

/** Draws the front and back; the still picture when the 3D cannot (or takes too long). Never rejects. */
export async function takePictures(timeoutMs = 8000): Promise<HandoutPicture[]> {
  const snapshot = cameraBridge.snapshot;
  if (!snapshot) return posterPictures();
  const late = new Promise<null>((resolve) => window.setTimeout(() => resolve(null), timeoutMs));
  try {
    const shots = await Promise.race([snapshot([FRONT, BACK], SIZE), late]);
    if (!shots || shots.length < 2 || !shots.every((src) => src.startsWith('data:image/')))
      return posterPictures();
    return [
      { src: shots[0] ?? '', caption: t('consult.picture.front') },
      { src: shots[1] ?? '', caption: t('consult.picture.back') },
    ];
  } catch {
    return posterPictures();
  }
}

/** Resolves when every image in the element has loaded (or failed), so the print shows them. */
export async function imagesReady(element: HTMLElement | null): Promise<void> {
  const images = Array.from(element?.querySelectorAll('img') ?? []);
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}
