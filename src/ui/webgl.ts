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
