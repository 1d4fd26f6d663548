import { Color, MeshStandardMaterial, type MeshStandardMaterialParameters, Vector3 } from 'three';

// Matte, softly lit materials in the body's visual language, with small shader additions for what
// must change per frame without touching geometry on the CPU: muscle fibres shortening, the nerve
// glowing, the vessel narrowing. Uniform objects are kept so updates are just `.value = …`.

const MATTE = { roughness: 0.82, metalness: 0 } as const;

export function matte(params: MeshStandardMaterialParameters) {
  return new MeshStandardMaterial({ ...MATTE, ...params });
}

export interface MuscleUniforms {
  uTight: { value: number };
  uGrasp: { value: number };
  uOrigin: { value: Vector3 };
  uAxis: { value: Vector3 };
  uNeedle: { value: Vector3 };
  uBandColor: { value: Color };
}

/** Fibres shorten toward their origin and thicken; the tight band darkens; fibres grip the needle. */
export function muscleMaterial(color: string, bandColor: string, origin: Vector3, axis: Vector3) {
  const uniforms: MuscleUniforms = {
    uTight: { value: 0 },
    uGrasp: { value: 0 },
    uOrigin: { value: origin.clone() },
    uAxis: { value: axis.clone().normalize() },
    uNeedle: { value: new Vector3(0, 100, 0) },
    uBandColor: { value: new Color(bandColor) },
  };
  const material = matte({ color, roughness: 0.7 });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = `uniform float uTight;
uniform float uGrasp;
uniform vec3 uOrigin;
uniform vec3 uAxis;
uniform vec3 uNeedle;
attribute vec2 aFibre;
attribute float aAlong;
varying float vBand;
varying float vGrasp;
${shader.vertexShader}`.replace(
      '#include <begin_vertex>',
      `#include <begin_vertex>
{
  vec3 rel = transformed - uOrigin;
  float along = dot(rel, uAxis);
  vec3 radial = rel - uAxis * along;
  float band = aFibre.x;
  float k = uTight * (0.14 + 0.1 * band);
  float thick = 1.0 + uTight * (0.14 + 0.3 * band * sin(3.14159 * aAlong));
  transformed = uOrigin + uAxis * along * (1.0 - k) + radial * thick;
  vec3 d = uNeedle - transformed;
  float fall = exp(-dot(d, d) * 12.0);
  transformed += d * 0.6 * uGrasp * fall;
  vBand = band * uTight;
  vGrasp = uGrasp * fall;
}`,
    );
    shader.fragmentShader = `uniform vec3 uBandColor;
varying float vBand;
varying float vGrasp;
${shader.fragmentShader}`.replace(
      '#include <color_fragment>',
      `#include <color_fragment>
diffuseColor.rgb = mix(diffuseColor.rgb, uBandColor, clamp(vBand, 0.0, 1.0) * 0.8);
diffuseColor.rgb = mix(diffuseColor.rgb, uBandColor * 0.85, clamp(vGrasp, 0.0, 1.0) * 0.7);`,
    );
  };
  material.customProgramCacheKey = () => 'ims-cycle-muscle';
  return { material, uniforms };
}

export interface NerveUniforms {
  uRoot: { value: number };
  uSens: { value: number };
  uWave: { value: number };
  uWaveAmt: { value: number };
}

/** The nerve: its root end glows warm when irritated, all of it when supersensitive. */
export function nerveMaterial(color: string) {
  const uniforms: NerveUniforms = {
    uRoot: { value: 0 },
    uSens: { value: 0 },
    uWave: { value: 0 },
    uWaveAmt: { value: 0 },
  };
  const material = matte({ color, roughness: 0.6 });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = `attribute float aAlong;
varying float vAlong;
${shader.vertexShader}`.replace('#include <begin_vertex>', '#include <begin_vertex>\nvAlong = aAlong;');
    shader.fragmentShader = `uniform float uRoot;
uniform float uSens;
uniform float uWave;
uniform float uWaveAmt;
varying float vAlong;
${shader.fragmentShader}`.replace(
      '#include <emissivemap_fragment>',
      `#include <emissivemap_fragment>
float rootZone = 1.0 - smoothstep(0.08, 0.24, vAlong);
totalEmissiveRadiance += vec3(0.95, 0.36, 0.12) * uRoot * rootZone * 0.75;
totalEmissiveRadiance += vec3(0.95, 0.55, 0.18) * uSens * 0.32;
float wave = exp(-pow((vAlong - uWave) * 9.0, 2.0)) * uWaveAmt;
totalEmissiveRadiance += vec3(0.2, 0.75, 0.9) * wave;`,
    );
  };
  material.customProgramCacheKey = () => 'ims-cycle-nerve';
  return { material, uniforms };
}

export interface VesselUniforms {
  uSqueeze: { value: number };
}

/** The artery: see-through so the blood inside shows; narrows where it runs inside the muscle. */
export function vesselMaterial(color: string) {
  const uniforms: VesselUniforms = { uSqueeze: { value: 1 } };
  const material = matte({ color, transparent: true, opacity: 0.5, depthWrite: false, roughness: 0.5 });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = `uniform float uSqueeze;
attribute float aAlong;
attribute vec3 aCenter;
${shader.vertexShader}`.replace(
      '#include <begin_vertex>',
      `#include <begin_vertex>
float inside = smoothstep(0.62, 0.72, aAlong);
transformed = aCenter + (transformed - aCenter) * mix(1.0, uSqueeze, inside);`,
    );
  };
  material.customProgramCacheKey = () => 'ims-cycle-vessel';
  return { material, uniforms };
}
