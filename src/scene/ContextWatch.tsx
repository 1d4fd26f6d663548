import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';

// How long a lost WebGL context may take to come back before we tell the person.
export const CONTEXT_RESTORE_WAIT_MS = 2500;
// How long after that the flat body map takes over (the browser may never give it back).
export const CONTEXT_GIVE_UP_MS = 12_000;

/** The waits in force; the e2e builds' test hook shortens them (see testHook.ts). */
export const contextWaits = { restoreMs: CONTEXT_RESTORE_WAIT_MS, giveUpMs: CONTEXT_GIVE_UP_MS };

/**
 * Watches the drawing context. A context that is lost for more than a moment is reported, so the
 * page can say so plainly (and offer "Try again"); whenever the browser hands it back, however
 * late, the scene is drawn again and the message goes away. A context still lost a while after
 * that is given up on: the flat body map takes over (the stage unmounts this scene).
 */
export function ContextWatch({
  waitMs,
  mapTakesOver = false,
}: {
  /** Overrides the wait before the loss is reported. */
  waitMs?: number;
  /** The body's scene: a context given up on is replaced by the flat map. */
  mapTakesOver?: boolean;
}) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let timer: number | undefined;
    let giveUp: number | undefined;
    const lost = (event: Event) => {
      // Asks the browser to restore the context when it can (three.js does the same).
      event.preventDefault();
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      timer = window.setTimeout(() => {
        useAppStore.getState().setWebgl('lost');
        if (mapTakesOver)
          giveUp = window.setTimeout(
            () => useAppStore.getState().setLostForGood(true),
            contextWaits.giveUpMs,
          );
      }, waitMs ?? contextWaits.restoreMs);
    };
    const restored = () => {
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      // three.js has set up its context again by now (its listener was added first); draw a frame.
      const { webgl, setWebgl } = useAppStore.getState();
      if (webgl === 'lost') setWebgl('ready');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, waitMs, mapTakesOver]);
  return null;
}
