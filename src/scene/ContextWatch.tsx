import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';

// How long a lost WebGL context may take to come back before we tell the person.
export const CONTEXT_RESTORE_WAIT_MS = 2500;

/**
 * Watches the drawing context. A context that is lost for more than a moment is reported, so the
 * page can say so plainly (and offer "Try again"); whenever the browser hands it back, however
 * late, the scene is drawn again and the message goes away.
 */
export function ContextWatch({ waitMs = CONTEXT_RESTORE_WAIT_MS }: { waitMs?: number }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    let timer: number | undefined;
    const lost = (event: Event) => {
      // Asks the browser to restore the context when it can (three.js does the same).
      event.preventDefault();
      window.clearTimeout(timer);
      timer = window.setTimeout(() => useAppStore.getState().setWebgl('lost'), waitMs);
    };
    const restored = () => {
      window.clearTimeout(timer);
      // three.js has set up its context again by now (its listener was added first); draw a frame.
      const { webgl, setWebgl } = useAppStore.getState();
      if (webgl === 'lost') setWebgl('ready');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      window.clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, waitMs]);
  return null;
}
