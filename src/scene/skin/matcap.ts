import { DataTexture, LinearFilter, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';

// A matcap made in code that reproduces the soft studio light of ../Lights.tsx (warm hemisphere, a
// key from the upper right, a cool fill from the left, a faint broad sheen), so the skin can be
// shaded with one texture look-up instead of four lights. Nothing is fetched. The light is fixed to
// the view (a matcap is indexed by the view-space normal), so whatever side the camera turns to,
// the soles and the back included, faces a lit key rather than a dark underside.

type Rgb = [number, number, number];

interface ViewLight {
  direction: [number, number, number];
  color: [number, number, number];
  intensity: number;
}

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearToSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
const hex = (value: string): [number, number, number] => {
  const n = Number.parseInt(value.slice(1), 16);
  return [
    srgbToLinear(((n >> 16) & 255) / 255),
    srgbToLinear(((n >> 8) & 255) / 255),
    srgbToLinear((n & 255) / 255),
  ];
};
const normalize = ([x, y, z]: [number, number, number]): [number, number, number] => {
  const length = Math.hypot(x, y, z);
  return [x / length, y / length, z / length];
};

// The directions are those of ../Lights.tsx seen from the front view (camera on +z, looking at -z).
const SKY = hex('#fffaf2');
const GROUND = hex('#b9a999');
const HEMISPHERE_INTENSITY = 1.15;
const LIGHTS: ViewLight[] = [
  { direction: normalize([2.5, 4, 3.5]), color: hex('#fff4e8'), intensity: 1.6 },
  { direction: normalize([-3, 2.5, 2]), color: hex('#e8f0ff'), intensity: 0.55 },
  { direction: normalize([0, 3, -4]), color: hex('#fff8f0'), intensity: 0.8 },
];
// The skin material's roughness: a broad, faint highlight.
const ROUGHNESS = 0.72;
const SPECULAR_F0 = 0.04;

/** GGX specular (three's BRDF_GGX with Smith visibility) for the viewer on +z. */
function sheen(n: [number, number, number], l: [number, number, number], nl: number): number {
  const h = normalize([l[0], l[1], l[2] + 1]);
  const nh = Math.max(0, n[0] * h[0] + n[1] * h[1] + n[2] * h[2]);
  const vh = Math.max(0, h[2]);
  const nv = Math.max(1e-4, n[2]);
  const a2 = ROUGHNESS ** 4;
  const d = a2 / (Math.PI * (nh * nh * (a2 - 1) + 1) ** 2);
  const v = 0.5 / (nl * Math.sqrt(nv * nv * (1 - a2) + a2) + nv * Math.sqrt(nl * nl * (1 - a2) + a2));
  const f = SPECULAR_F0 + (1 - SPECULAR_F0) * (1 - vh) ** 5;
  return d * v * f;
}

/** Linear light reaching a surface whose view-space normal is n, as three's physical lights give it. */
function lightAt(n: [number, number, number]): [number, number, number] {
  const up = 0.5 * n[1] + 0.5;
  let out = GROUND.map((g, c) => ((g + ((SKY[c] ?? g) - g) * up) * HEMISPHERE_INTENSITY) / Math.PI) as Rgb;
  for (const { direction, color, intensity } of LIGHTS) {
    const nl = n[0] * direction[0] + n[1] * direction[1] + n[2] * direction[2];
    if (nl <= 0) continue;
    const diffuse = nl / Math.PI;
    // The sheen is stored with the diffuse light, so the skin colour tints it slightly; at this
    // roughness it is faint enough for that not to show.
    const specular = sheen(n, direction, nl) * nl * 2;
    const lit = diffuse + specular;
    out = out.map((o, c) => o + lit * (color[c] ?? 0) * intensity) as Rgb;
  }
  return out;
}

/**
 * The studio matcap as an sRGB texture of size×size. Its texels are the light divided by `scale`
 * (so the brightest part fits in a byte); give the material `color × scale` to undo it.
 */
export function createStudioMatcap(size = 128): { texture: DataTexture; scale: number } {
  const light: Rgb[] = [];
  let brightest = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const nx = ((x + 0.5) / size) * 2 - 1;
      const ny = ((y + 0.5) / size) * 2 - 1;
      // Outside the disc: the rim's value, so filtering at the silhouette does not darken.
      const r = Math.min(Math.hypot(nx, ny), 0.999);
      const k = r / Math.max(Math.hypot(nx, ny), 1e-6);
      const n: [number, number, number] = [nx * k, ny * k, Math.sqrt(1 - r * r)];
      const rgb = lightAt(n);
      light.push(rgb);
      brightest = Math.max(brightest, ...rgb);
    }
  }
  const data = new Uint8Array(size * size * 4);
  light.forEach((rgb, i) => {
    rgb.forEach((value, c) => {
      data[i * 4 + c] = Math.round(linearToSrgb(value / brightest) * 255);
    });
    data[i * 4 + 3] = 255;
  });
  const texture = new DataTexture(data, size, size, RGBAFormat, UnsignedByteType);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return { texture, scale: brightest };
}
