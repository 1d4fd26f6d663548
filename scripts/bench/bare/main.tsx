// The reference page for `npm run bench`: one box and drei's OrbitControls, nothing else. Its Canvas
// is R3F's plain one with the app's camera (on-demand frames, dpr [1, 2], MSAA on the canvas), so the
// orbit figures compare the app with the least an R3F page can draw. The app's own quality choices
// (no MSAA and a lower pixel ratio while turning, see src/scene/AdaptiveQuality.tsx) are not copied
// here: they are part of what the app is measured on, and the bench prints both pages' settings.
// `?w=…&h=…` sizes the canvas in CSS pixels, so it can match the app's canvas; else the viewport.
import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** Marks the first drawn frame the way the app marks its first drawn body frame. */
function DrawnMark() {
  useEffect(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('bare:drawn');
        document.documentElement.dataset.bareReady = 'true';
      }),
    );
  }, []);
  return null;
}

const params = new URLSearchParams(location.search);
const host = document.getElementById('host');
if (!host) throw new Error('The page has no #host element.');
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0) host.style.width = `${width}px`;
if (height > 0) host.style.height = `${height}px`;

createRoot(host).render(
  <Canvas
    frameloop="demand"
    dpr={[1, 2]}
    camera={{ fov: 30, near: 0.05, far: 40, position: [0, 1, 5] }}
    gl={{ antialias: true, powerPreference: 'high-performance' }}
  >
    <ambientLight intensity={0.6} />
    <directionalLight position={[2.5, 4, 3.5]} intensity={1.6} />
    <mesh>
      <boxGeometry args={[1, 1, 1]} />
      <meshStandardMaterial color="#c98f6b" />
    </mesh>
    <OrbitControls makeDefault />
    <DrawnMark />
  </Canvas>,
);
