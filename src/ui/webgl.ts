/**
 * A cheap first check: does this browser offer WebGL at all? Creating a real context to find out
 * costs as much as starting the 3D itself (over a second with software rendering), so the full
 * check is the scene's own start: if that fails, the stage's error boundary reports it.
 */
export function hasWebGLApi(): boolean {
  return (
    typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window)
  );
}

/** The full check: creates (and frees) a context. Costly with software rendering; use sparingly. */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
