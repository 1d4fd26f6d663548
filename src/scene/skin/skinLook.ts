import { BufferAttribute, type Material, type Mesh } from 'three';
import type { AnatomySlice } from '../../state/anatomySlice';
import { type GlowTint, setGlowTint } from './skinMaterial';

// What the skin shows besides its regions' looks: how see-through it is (the X-ray slider, or
// off), and a glow (a per-vertex strength the skin shader reads, see skinMaterial.ts): a muscle's
// referred pain, warm, or a spinal level's dermatome, a calm blue. A see-through skin writes no depth and is drawn after the layers beneath
// it; a skin that is off still draws the glow alone, so the pain map shows over the muscles.

/** The glow's vertex attribute (one normalised byte per skin vertex). */
export const GLOW_ATTRIBUTE = '_glow';
/** Drawn after the deep layers' solid and ghost passes. */
export const SEE_THROUGH_RENDER_ORDER = 2;

/** A zone on the skin (a referral, a dermatome): vertex indices (ascending) and strengths 1–255. */
export interface SkinZone {
  idx: Uint32Array;
  val: Uint8Array;
}

export class SkinLook {
  readonly glow: BufferAttribute;
  private readonly material: Material;
  private glowing = false;
  /** Whether the skin mesh draws at all (shown, or showing a glow). */
  shown = true;

  constructor(mesh: Mesh) {
    this.material = mesh.material as Material;
    const count = mesh.geometry.getAttribute('position').count;
    this.glow = new BufferAttribute(new Uint8Array(count), 1, true);
    mesh.geometry.setAttribute(GLOW_ATTRIBUTE, this.glow);
  }

  get hasGlow(): boolean {
    return this.glowing;
  }

  /** Paints a zone (null clears it) in a tint; vertex indices past the skin's are ignored. */
  setZone(zone: SkinZone | null, tint: GlowTint = 'referral'): void {
    const data = this.glow.array as Uint8Array;
    if (!zone && !this.glowing) return;
    if (zone) setGlowTint(this.material, tint);
    data.fill(0);
    if (zone)
      zone.idx.forEach((vertex, i) => {
        if (vertex < data.length) data[vertex] = zone.val[i] ?? 0;
      });
    this.glowing = zone !== null && zone.idx.length > 0;
    this.glow.needsUpdate = true;
  }

  /** Follows the layer switches and the X-ray slider. */
  apply(s: Pick<AnatomySlice, 'layers' | 'skinOpacity'>): void {
    const opacity = s.layers.skin ? s.skinOpacity : 0;
    this.shown = s.layers.skin || this.glowing;
    const seeThrough = opacity < 1;
    const m = this.material;
    if (m.transparent !== seeThrough) {
      m.transparent = seeThrough;
      m.depthWrite = !seeThrough;
      m.needsUpdate = true;
    }
    m.opacity = opacity;
  }
}
