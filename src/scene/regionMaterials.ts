import { Color, MeshStandardMaterial } from 'three';

// How a region looks in each state. At rest the skin is uniform; regions show only on hover,
// selection and highlight, as soft glows.
export type RegionLook = 'rest' | 'hover' | 'highlight' | 'selected' | 'selectedHover';

const SKIN = new Color('#dcc3ae');
const LOOKS: Record<RegionLook, { color: Color; emissive: Color; intensity: number }> = {
  rest: { color: SKIN, emissive: new Color('#000000'), intensity: 0 },
  hover: { color: new Color('#e6cdb8'), emissive: new Color('#3d9fb3'), intensity: 0.22 },
  highlight: { color: new Color('#9fd0d8'), emissive: new Color('#1c8ea3'), intensity: 0.28 },
  selected: { color: new Color('#f0a673'), emissive: new Color('#d9652a'), intensity: 0.3 },
  selectedHover: { color: new Color('#f3b488'), emissive: new Color('#e07a3f'), intensity: 0.38 },
};

export function createSkinMaterial(): MeshStandardMaterial {
  return new MeshStandardMaterial({ color: SKIN.clone(), roughness: 0.72, metalness: 0 });
}

export function applyLook(material: MeshStandardMaterial, look: RegionLook): void {
  const target = LOOKS[look];
  material.color.copy(target.color);
  material.emissive.copy(target.emissive);
  material.emissiveIntensity = target.intensity;
}

export function lookFor(isSelected: boolean, isHighlighted: boolean, isHovered: boolean): RegionLook {
  if (isSelected) return isHovered ? 'selectedHover' : 'selected';
  if (isHighlighted) return isHovered ? 'selectedHover' : 'highlight';
  return isHovered ? 'hover' : 'rest';
}
