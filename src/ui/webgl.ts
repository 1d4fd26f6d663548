/** True when this browser can give us a WebGL context (WebGL 2 preferred, WebGL 1 accepted). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Free the probe's context at once; browsers cap how many may be alive.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
