// The skin's glow: a zone painted per vertex, in the referral's warm tint or a dermatome's calm
// blue, on the skin material's own uniforms (no new shader, no other skin touched).
import { BufferAttribute, BufferGeometry, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { RegionStates } from '../../src/scene/skin/regionStates';
import { SkinLook } from '../../src/scene/skin/skinLook';
import { createSkinMaterial, glowTintOf } from '../../src/scene/skin/skinMaterial';

function skin() {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(3 * 6), 3));
  const mesh = new Mesh(geometry, createSkinMaterial(new RegionStates()));
  return { mesh, look: new SkinLook(mesh) };
}

const zone = { idx: Uint32Array.from([1, 3, 9]), val: Uint8Array.from([255, 120, 255]) };

describe('the skin glow', () => {
  it('paints a zone per vertex (indices past the skin ignored) and clears it', () => {
    const { look } = skin();
    look.setZone(zone);
    expect([...(look.glow.array as Uint8Array)]).toEqual([0, 255, 0, 120, 0, 0]);
    expect(look.hasGlow).toBe(true);
    look.setZone(null);
    expect([...(look.glow.array as Uint8Array)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(look.hasGlow).toBe(false);
  });

  it('is warm for a referral (the default) and blue for a dermatome, per skin material', () => {
    const a = skin();
    const b = skin();
    const material = (m: Mesh) => m.material as Parameters<typeof glowTintOf>[0];
    expect(glowTintOf(material(a.mesh))).toBe('referral');
    a.look.setZone(zone, 'dermatome');
    expect(glowTintOf(material(a.mesh))).toBe('dermatome');
    expect(glowTintOf(material(b.mesh))).toBe('referral');
    a.look.setZone(zone);
    expect(glowTintOf(material(a.mesh))).toBe('referral');
  });
});
