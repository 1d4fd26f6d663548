// With reduced motion, a change of step is a calm cross-fade: the scene copies its last frame onto
// this 2D canvas (owned by the view), then fades it out over the new frame.

let target: HTMLCanvasElement | null = null;

export function setFadeTarget(canvas: HTMLCanvasElement | null): void {
  target = canvas;
}

export function fadeFrom(source: HTMLCanvasElement): void {
  const overlay = target;
  if (!overlay) return;
  const context = overlay.getContext('2d');
  if (!context) return;
  overlay.width = source.width;
  overlay.height = source.height;
  context.clearRect(0, 0, overlay.width, overlay.height);
  context.drawImage(source, 0, 0);
  // The Web Animations API is not slowed by the reduced-motion rule in styles.css, which only
  // shortens CSS transitions and animations; a fade is not motion.
  for (const animation of overlay.getAnimations()) animation.cancel();
  overlay.animate([{ opacity: 1 }, { opacity: 0 }], {
    duration: 700,
    easing: 'ease-in-out',
    fill: 'forwards',
  });
}
