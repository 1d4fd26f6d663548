// Renders public/models/body.glb from a named view; ?view=front|back|left|threequarter|face|hand|knee|foot
// &mode=shade|regions. Sets window.__done when the frame is drawn.
import * as THREE from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

const q = new URLSearchParams(location.search);
const list = (q.get('view') ?? 'front').split(',');
const mode = q.get('mode') ?? 'shade';
const rake = q.get('light') === 'rake';
// render.mjs always passes the file to draw (by default this repository's public/models/body.glb).
const glb = q.get('glb');
const needling = q.get('needling');
if (!glb) throw new Error('No model to draw: open this page through render.mjs, which adds ?glb=');
const W = innerWidth;
const H = innerHeight;
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xe9e6e1);
if (rake) {
  // one grazing light from the upper side: creases, steps and lumps show as hard shading
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8a7f75, 0.35));
  const low = new THREE.DirectionalLight(0xffffff, 3.2);
  low.position.set(3, 1.2, 0.6);
  scene.add(low);
} else {
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8a7f75, 1.4));
  const key = new THREE.DirectionalLight(0xffffff, 2.0);
  key.position.set(1.5, 2.5, 3);
  scene.add(key);
  const rim = new THREE.DirectionalLight(0xffffff, 0.8);
  rim.position.set(-2, 1.5, -2.5);
  scene.add(rim);
}

// [target, direction from target, half-height of the view in metres]
const views = {
  front: [[0, 0.875, 0], [0, 0, 1], 0.95],
  back: [[0, 0.875, 0], [0, 0, -1], 0.95],
  left: [[0, 0.875, 0], [1, 0, 0], 0.95],
  right: [[0, 0.875, 0], [-1, 0, 0], 0.95],
  threequarter: [[0, 0.875, 0], [0.7, 0.15, 0.7], 0.95],
  backquarter: [[0, 0.875, 0], [-0.7, 0.2, -0.7], 0.95],
  face: [[0, 1.62, 0.02], [0.35, 0.05, 1], 0.16],
  faceside: [[0, 1.62, 0.0], [1, 0.02, 0.05], 0.16],
  facefront: [[0, 1.625, 0.02], [0, 0.03, 1], 0.13],
  facequarter: [[0, 1.625, 0.02], [0.75, 0.05, 0.66], 0.13],
  faceclose: [[0, 1.615, 0.06], [0.3, 0.05, 1], 0.075],
  handfront: [[0.33, 0.74, 0.03], [0.1, 0.0, 1], 0.1],
  handpalm: [[0.33, 0.74, 0.03], [-1, 0.0, 0.35], 0.1],
  handback: [[0.33, 0.74, 0.03], [1, 0.0, -0.2], 0.1],
  toes: [[0.1, 0.04, 0.08], [0.3, 0.5, 1], 0.1],
  torso: [[0, 1.2, 0], [0.3, 0.1, 1], 0.4],
  torsoback: [[0, 1.2, 0], [-0.3, 0.1, -1], 0.4],
  hand: [[0.33, 0.78, 0.03], [0.2, 0.0, 1], 0.13],
  handout: [[0.33, 0.78, 0.03], [1, 0.0, 0.2], 0.13],
  handin: [[0.33, 0.78, 0.03], [-1, 0.0, 0.6], 0.13],
  knee: [[0.1, 0.5, 0.0], [0.4, 0.05, 1], 0.2],
  kneeback: [[0.1, 0.45, 0.0], [0.3, 0.05, -1], 0.25],
  foot: [[0.1, 0.08, 0.05], [0.8, 0.4, 1], 0.14],
  footback: [[0.1, 0.1, 0.0], [0.5, 0.3, -1], 0.16],
  hips: [[0, 0.9, 0], [0.6, 0.0, -1], 0.3],
  shoulder: [[0.15, 1.38, 0], [1, 0.3, 0.6], 0.25],
};
const w = W / list.length;
const cameras = list.map((name) => {
  const [target, dir, half] = views[name];
  const camera = new THREE.OrthographicCamera((-half * w) / H, (half * w) / H, half, -half, 0.01, 20);
  const d = new THREE.Vector3(...dir).normalize();
  camera.position.set(...target).addScaledVector(d, 5);
  camera.lookAt(...target);
  return camera;
});

const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
loader.load(`/@fs${glb}`, async (gltf) => {
  gltf.scene.traverse((o) => {
    if (!o.isMesh) return;
    const region = o.geometry.getAttribute('_region');
    if (mode === 'regions' && region) {
      // one colour per region, from each vertex's region attribute
      const colours = new Float32Array(region.count * 3);
      const c = new THREE.Color();
      for (let v = 0; v < region.count; v++) {
        c.setHSL((region.getX(v) * 0.618034) % 1, 0.65, 0.55).toArray(colours, v * 3);
      }
      o.geometry.setAttribute('color', new THREE.BufferAttribute(colours, 3));
      o.material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });
    } else {
      o.material.color = new THREE.Color(0xd8c0ae);
    }
  });
  scene.add(gltf.scene);
  if (needling) await addNeedling(needling);
  renderer.setScissorTest(true);
  cameras.forEach((camera, i) => {
    renderer.setViewport(i * w, 0, w, H);
    renderer.setScissor(i * w, 0, w, H);
    renderer.render(scene, camera);
  });
  window.__done = true;
});

/** Draws needling.json over the body: meridians as teal tubes, points as teal balls, IMS sites as orange diamonds. */
async function addNeedling(file) {
  const data = await (await fetch(`/@fs${file}`)).json();
  const teal = new THREE.MeshBasicMaterial({ color: 0x0f8b8d });
  const line = new THREE.MeshBasicMaterial({ color: 0x35b6b4 });
  const orange = new THREE.MeshBasicMaterial({ color: 0xe8590c });
  for (const lines of Object.values(data.meridians))
    for (const { path } of lines) {
      const curve = new THREE.CatmullRomCurve3(path.map((p) => new THREE.Vector3(...p)));
      scene.add(new THREE.Mesh(new THREE.TubeGeometry(curve, path.length * 2, 0.0012, 5), line));
    }
  const ball = new THREE.SphereGeometry(0.0035, 12, 8);
  const diamond = new THREE.OctahedronGeometry(0.0055);
  for (const list of Object.values(data.points))
    for (const { position } of list) {
      const m = new THREE.Mesh(ball, teal);
      m.position.set(...position);
      scene.add(m);
    }
  for (const list of Object.values(data.imsSites))
    for (const { position } of list) {
      const m = new THREE.Mesh(diamond, orange);
      m.position.set(...position);
      scene.add(m);
    }
}
