import { Color, MeshMatcapMaterial } from 'three';
import type { DeepLayer } from '../../state/anatomySlice';
import { createStudioMatcap } from '../skin/matcap';
import type { RegionStates } from '../skin/regionStates';
import { type PaintExtras, paintRegions } from '../skin/skinMaterial';
import { FIBRE_PERIOD_MM } from './layerFormat.mjs';

// A deep layer's materials: the skin's lit matcap with the part looks of skin/skinMaterial.ts
// (selected, lit by a condition, hovered) read from the layer's RegionStates table, plus:
// - muscles: a soft stripe every FIBRE_PERIOD_MM across the fibres (from `_fibre`), faded out
//   where the stripes would be narrower than about two pixels (no shimmer when far away);
// - hidden parts are dropped (alpha 0 in the table), faded ones (isolation) are left to a second,
//   see-through pass: the `solid` material draws the parts that show fully, the `ghost` material
//   (drawn after, no depth writes) the faded ones, so a ghost never hides the chosen part.

export const LAYER_COLOURS: Record<DeepLayer, Color> = {
  muscles: new Color('#b9574f'),
  skeleton: new Color('#e6dcc6'),
  nerves: new Color('#e3b53c'),
};

/** How far the fibre stripes darken the muscle between stripes. */
const STRIPE_DEPTH = 0.22;

const SHOWN_VERTEX_HEAD = 'varying float vPartShown;\n';
const SHOWN_VERTEX_BODY = 'vPartShown = regionOwnState.a;\n';

const FIBRE_VERTEX_HEAD = 'attribute float _fibre;\nvarying float vFibre;\n';
const FIBRE_VERTEX_BODY = 'vFibre = _fibre;\n';
// Applied over the looks. A cosine stripe (no hard edge to alias) whose contrast goes as its period on screen falls from
// four pixels to two; where `_fibre` wraps (255 → 0) inside a triangle the stripes are dense there
// too, so that triangle is plain muscle rather than a moiré band.
const FIBRE_FRAGMENT = /* glsl */ `
float fibrePhase = vFibre / ${FIBRE_PERIOD_MM.toFixed(1)};
float stripesPerPixel = fwidth(fibrePhase);
float stripeContrast = 1.0 - smoothstep(0.25, 0.5, stripesPerPixel);
float stripe = 0.5 + 0.5 * cos(6.2831853 * fibrePhase);
diffuseColor.rgb *= 1.0 - ${STRIPE_DEPTH.toFixed(2)} * stripeContrast * stripe;
`;

const SOLID_LOOKS = 'if (vPartShown < 0.996) discard;\n';
// Ghosts: pale and see-through; a part fading in or out passes through here too.
const GHOST_LOOKS = /* glsl */ `
if (vPartShown < 0.004 || vPartShown >= 0.996) discard;
diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.93, 0.93, 0.95), 0.45 * (1.0 - vPartShown));
diffuseColor.a = vPartShown;
`;

function extras(layer: DeepLayer, pass: 'solid' | 'ghost'): PaintExtras {
  const fibre = layer === 'muscles';
  return {
    key: `ims-layer-${fibre ? 'fibre' : 'plain'}-${pass}`,
    vertexHead: SHOWN_VERTEX_HEAD + (fibre ? FIBRE_VERTEX_HEAD : ''),
    vertexBody: SHOWN_VERTEX_BODY + (fibre ? FIBRE_VERTEX_BODY : ''),
    fragmentHead: `varying float vPartShown;\n${fibre ? 'varying float vFibre;\n' : ''}`,
    // after the looks, so a chosen or lit muscle keeps its fibres
    fragmentLooks: (fibre ? FIBRE_FRAGMENT : '') + (pass === 'solid' ? SOLID_LOOKS : GHOST_LOOKS),
  };
}

/** The solid and ghost materials of a layer, reading its parts' looks from `states`. */
export function createLayerMaterials(layer: DeepLayer, states: RegionStates<string>) {
  const { texture, scale } = createStudioMatcap();
  const make = (pass: 'solid' | 'ghost') => {
    const material = new MeshMatcapMaterial({
      matcap: texture,
      color: LAYER_COLOURS[layer].clone().multiplyScalar(scale),
      transparent: pass === 'ghost',
      depthWrite: pass === 'solid',
    });
    return paintRegions(material, states, scale, extras(layer, pass));
  };
  const solid = make('solid');
  const ghost = make('ghost');
  solid.addEventListener('dispose', () => texture.dispose());
  return { solid, ghost };
}
