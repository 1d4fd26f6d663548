import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';

// How long a lost WebGL context may take to come back before we tell the person.
export const CONTEXT_RESTORE_WAIT_MS = 2500;

/** Reports a lost WebGL context that does not come back, so the page can say so plainly. */
export function ContextWatch({ waitMs = CONTEXT_RESTORE_WAIT_MS }: { waitMs?: number }) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const canvas = gl.domElement;
    let timer: number | undefined;
    const lost = () => {
      // three.js asks the browser to restore the context; give it a moment before giving up.
      timer = window.setTimeout(() => useAppStore.getState().setWebgl('lost'), waitMs);
    };
    const restored = () => window.clearTimeout(timer);
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      window.clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, waitMs]);
  return null;
}
