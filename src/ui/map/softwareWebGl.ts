let cached: boolean | null = null;

/**
 * Whether WebGL here is drawn by the CPU (SwiftShader, llvmpipe: virtual machines, remote desktops,
 * machines without GPU drivers). There each map frame costs the page tens of milliseconds.
 */
export function softwareWebGl(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    cached = /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // no answer: assume a GPU
  }
  return cached;
}
