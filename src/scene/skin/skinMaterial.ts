import { Color, type Material, MeshMatcapMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { createStudioMatcap } from './matcap';
import type { RegionStates } from './regionStates';
import { EDGE_RANGE_M } from './skinFormat.mjs';

// The skin's one material: the lit skin of a teaching mannequin, with each region's look (selected,
// part of the chosen condition, hovered) painted in by the shader from the RegionStates table.
// Across a border the look blends from one region into the next over SOFT_EDGE_M either side
// (at least a few pixels far away), along the smooth border the generator cut; neighbours in the
// same state blend into each other with no seam, and at rest every region is the same skin.

export const SKIN_COLOR = new Color('#dcc3ae');
/** Half the width of the blend across a border, in metres. */
const SOFT_EDGE_M = 0.007;
/**
 * At least this many pixels either side of a border, so a far view still blends softly. (Measured
 * from the distance to the camera, not with fwidth(), whose value jumps from triangle to triangle.)
 */
const SOFT_EDGE_PX = 2.5;

const LOOK = {
  selected: new Color('#f0a673'),
  selectedGlow: new Color('#d9652a').multiplyScalar(0.3),
  highlighted: new Color('#9fd0d8'),
  highlightedGlow: new Color('#1c8ea3').multiplyScalar(0.28),
  hoverGlow: new Color('#3d9fb3').multiplyScalar(0.2),
  hoverRim: new Color('#3d9fb3').multiplyScalar(0.2),
};

const VERTEX_HEAD = /* glsl */ `
attribute float _region;
attribute float _near;
attribute float _edge;
uniform sampler2D regionState;
varying vec3 vRegionOwn;
varying vec3 vRegionNear;
varying float vRegionEdge;
`;

const VERTEX_BODY = /* glsl */ `
vec4 regionOwnState = texelFetch(regionState, ivec2(int(_region + 0.5), 0), 0);
vRegionOwn = regionOwnState.rgb;
vRegionNear = texelFetch(regionState, ivec2(int(_near + 0.5), 0), 0).rgb;
vRegionEdge = _edge * ${(EDGE_RANGE_M / 255).toFixed(8)};
`;

const FRAGMENT_HEAD = /* glsl */ `
varying vec3 vRegionOwn;
varying vec3 vRegionNear;
varying float vRegionEdge;
uniform vec3 lookSelected;
uniform vec3 lookSelectedGlow;
uniform vec3 lookHighlighted;
uniform vec3 lookHighlightedGlow;
uniform vec3 lookHoverGlow;
uniform vec3 lookHoverRim;
uniform float pixelAngle;
`;

// Blend weight 0.5 on the border, 1 at SOFT_EDGE_M inside: seen from both sides one smooth step.
const FRAGMENT_COLOR = /* glsl */ `
float edgeWidth = max(${SOFT_EDGE_M.toFixed(4)}, vViewPosition.z * pixelAngle * ${SOFT_EDGE_PX.toFixed(1)});
float ownWeight = smoothstep(0.0, 1.0, 0.5 + 0.5 * clamp(vRegionEdge / edgeWidth, 0.0, 1.0));
vec3 regionLook = mix(vRegionNear, vRegionOwn, ownWeight);
diffuseColor.rgb = mix(diffuseColor.rgb, lookHighlighted, regionLook.g * 0.85);
diffuseColor.rgb = mix(diffuseColor.rgb, lookSelected, regionLook.r * 0.9);
// hover: a faint glow over the region and a brighter band just inside its border
float hoverRim = vRegionOwn.b * (1.0 - vRegionNear.b)
  * smoothstep(0.0, edgeWidth, vRegionEdge) * (1.0 - smoothstep(edgeWidth * 1.5, edgeWidth * 3.5, vRegionEdge));
vec3 regionGlow = lookHighlightedGlow * regionLook.g * (1.0 - regionLook.r) + lookSelectedGlow * regionLook.r
  + lookHoverGlow * regionLook.b + lookHoverRim * hoverRim;
`;

/**
 * What a material adds to the region looks (a deep layer's striation, hidden and faded parts; the
 * skin's see-through and referred-pain glow). GLSL in each place; `key` names the program.
 */
export interface PaintExtras {
  key: string;
  uniforms?: Record<string, { value: unknown }>;
  vertexHead?: string;
  vertexBody?: string;
  fragmentHead?: string;
  /** After the looks (diffuseColor and regionGlow are set): may discard or change the alpha. */
  fragmentLooks?: string;
}

/**
 * Adds the region looks to a lit material (standard or matcap: both have these chunks).
 * `colourScale`: what the material's own colour was multiplied by (a matcap's scale), so the
 * looks' colours come out as they should.
 */
export function paintRegions<M extends Material>(
  material: M,
  states: RegionStates<string>,
  colourScale = 1,
  extras: PaintExtras = { key: 'ims-region-skin' },
): M {
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.pixelAngle = states.pixelAngle;
    shader.uniforms.regionState = { value: states.texture };
    shader.uniforms.lookSelected = { value: LOOK.selected.clone().multiplyScalar(colourScale) };
    shader.uniforms.lookSelectedGlow = { value: LOOK.selectedGlow };
    shader.uniforms.lookHighlighted = { value: LOOK.highlighted.clone().multiplyScalar(colourScale) };
    shader.uniforms.lookHighlightedGlow = { value: LOOK.highlightedGlow };
    shader.uniforms.lookHoverGlow = { value: LOOK.hoverGlow };
    shader.uniforms.lookHoverRim = { value: LOOK.hoverRim };
    Object.assign(shader.uniforms, extras.uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}${extras.vertexHead ?? ''}`)
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>\n${VERTEX_BODY}${extras.vertexBody ?? ''}`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}${extras.fragmentHead ?? ''}`)
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>\n${FRAGMENT_COLOR}${extras.fragmentLooks ?? ''}`,
      )
      .replace('#include <opaque_fragment>', 'outgoingLight += regionGlow;\n#include <opaque_fragment>');
  };
  material.customProgramCacheKey = () => extras.key;
  return material;
}

/** What the glow on the skin shows: a muscle's referred pain (warm) or a level's dermatome (a calm blue). */
export type GlowTint = 'referral' | 'dermatome';

/** Each tint's colour (mixed into the skin) and emission (added to its light). */
const GLOW_TINTS: Record<GlowTint, { colour: Color; emit: Color }> = {
  referral: { colour: new Color('#e4532f'), emit: new Color('#ff6b3d').multiplyScalar(0.3) },
  dermatome: { colour: new Color('#3f7fd0'), emit: new Color('#4a90e2').multiplyScalar(0.26) },
};

/** The glow's uniforms of one skin material (its own, so a tint changes only that skin). */
interface GlowUniforms {
  glowColour: { value: Color };
  glowEmit: { value: Color };
}

const glowUniforms = new WeakMap<Material, GlowUniforms>();

/** Paints a skin material's glow in a tint (a uniform change: no new shader). */
export function setGlowTint(material: Material, tint: GlowTint): void {
  const uniforms = glowUniforms.get(material);
  if (!uniforms) return;
  uniforms.glowColour.value.copy(GLOW_TINTS[tint].colour);
  uniforms.glowEmit.value.copy(GLOW_TINTS[tint].emit);
}

/** The tint a skin material's glow is painted in now (null: not a skin material). */
export function glowTintOf(material: Material): GlowTint | null {
  const colour = glowUniforms.get(material)?.glowColour.value;
  if (!colour) return null;
  return colour.equals(GLOW_TINTS.dermatome.colour) ? 'dermatome' : 'referral';
}

// The glow (skinLook.ts): for a referral the main zone (strength ≥ MAIN_ZONE_MIN) strong, the
// spill-over fainter, soft at the edges; a dermatome full on its band, soft beyond it. It shows
// even where the skin is see-through or off.
function skinExtras(uniforms: GlowUniforms): PaintExtras {
  return {
    key: 'ims-region-skin',
    uniforms: { ...uniforms },
    vertexHead: 'attribute float _glow;\nvarying float vGlow;\n',
    vertexBody: 'vGlow = _glow;\n',
    fragmentHead: 'varying float vGlow;\nuniform vec3 glowColour;\nuniform vec3 glowEmit;\n',
    fragmentLooks: /* glsl */ `
float skinGlow = smoothstep(0.0, 1.0, vGlow);
diffuseColor.rgb = mix(diffuseColor.rgb, glowColour, skinGlow * 0.8);
regionGlow += glowEmit * skinGlow;
diffuseColor.a = max(diffuseColor.a, min(1.0, skinGlow * 1.15));
if (diffuseColor.a < 0.004) discard;
`,
  };
}

/**
 * The skin material, reading its region looks from `states`: a matcap made in code from the studio
 * lights (one texture look-up instead of four lights; the light turns with the camera, so the
 * soles and the back are as well lit as the front).
 */
export function createSkinMaterial(states: RegionStates): MeshMatcapMaterial {
  const { texture, scale } = createStudioMatcap();
  const material = new MeshMatcapMaterial({
    matcap: texture,
    color: SKIN_COLOR.clone().multiplyScalar(scale),
  });
  material.addEventListener('dispose', () => texture.dispose());
  const uniforms: GlowUniforms = {
    glowColour: { value: GLOW_TINTS.referral.colour.clone() },
    glowEmit: { value: GLOW_TINTS.referral.emit.clone() },
  };
  glowUniforms.set(material, uniforms);
  return paintRegions(material, states, scale, skinExtras(uniforms));
}
