import type { RootState } from '@react-three/fiber';
import { Color, PerspectiveCamera, Vector2, Vector3 } from 'three';
import type { CameraPose } from '../consult/types';
import { type BodyBox, cameraFromPose } from './cameraPose';

// Pictures of the body for the handout: the scene drawn from given poses on the page's own
// canvas, between two of its frames, and copied out. The canvas is resized for the pictures and
// put back, then the real view is drawn again at once, in the same task, so the screen never
// shows the pictures (the drawing buffer is read before the browser shows it).

/** The largest picture side, to keep the drawing buffer within what any GPU allows. */
const MAX_SIDE = 2048;
/** A plain white background, as on the printed page. */
const PAPER = new Color('#ffffff');

export function takeSnapshots(
  three: RootState,
  box: BodyBox,
  poses: CameraPose[],
  size: { width: number; height: number },
): string[] {
  const { gl, scene, camera } = three;
  const width = Math.max(1, Math.min(MAX_SIDE, Math.round(size.width)));
  const height = Math.max(1, Math.min(MAX_SIDE, Math.round(size.height)));
  const lens = { fov: 'fov' in camera ? camera.fov : 30, aspect: width / height };
  const picture = new PerspectiveCamera(lens.fov, lens.aspect, 0.05, 40);
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height;
  const context = copy.getContext('2d');
  if (!context) return [];

  const was = {
    size: gl.getSize(new Vector2()),
    ratio: gl.getPixelRatio(),
    clear: gl.getClearColor(new Color()),
    alpha: gl.getClearAlpha(),
  };
  const pictures: string[] = [];
  try {
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    gl.setClearColor(PAPER, 1);
    for (const pose of poses) {
      const placement = cameraFromPose(pose, box, lens);
      picture.position.set(...placement.position);
      picture.lookAt(new Vector3(...placement.target));
      picture.updateMatrixWorld();
      gl.render(scene, picture);
      context.clearRect(0, 0, width, height);
      context.drawImage(gl.domElement, 0, 0, width, height);
      pictures.push(copy.toDataURL('image/png'));
    }
  } finally {
    gl.setClearColor(was.clear, was.alpha);
    gl.setPixelRatio(was.ratio);
    gl.setSize(was.size.x, was.size.y, false);
    gl.render(scene, camera);
  }
  return pictures;
}
