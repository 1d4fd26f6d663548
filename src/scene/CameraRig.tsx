import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Box3, Mesh } from 'three';
import type { RegionId } from '../content/regionIds';
import { useAppStore } from '../state/store';
import { frameRegions, VIEW_AZIMUTH } from './framing';
import { prefersReducedMotion } from './motion';

const UPRIGHT = Math.PI / 2;
const ZOOM_STEP = 0.6;

/**
 * Owns the camera: drag, pinch and wheel come from camera-controls; presets, focus requests and
 * key nudges come from the store. With reduced motion every move is a cut.
 */
export function CameraRig({ bodyBox, regions }: { bodyBox: Box3 | null; regions: Map<RegionId, Mesh> }) {
  const controlsRef = useRef<CameraControls>(null);
  // On-demand rendering: a cut (no transition) fires no event, so ask for the frame ourselves.
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls || !bodyBox) return;
    const animate = () => !prefersReducedMotion();
    const fitBody = (azimuth: number, transition: boolean) => {
      controls.rotateTo(azimuth, UPRIGHT, transition);
      controls.fitToBox(bodyBox, transition, {
        paddingTop: 0.05,
        // Room at the feet for the view buttons.
        paddingBottom: 0.3,
        paddingLeft: 0.1,
        paddingRight: 0.1,
      });
    };
    const focus = (ids: RegionId[], transition: boolean) => {
      const meshes = ids.map((id) => regions.get(id)).filter((m): m is Mesh => m !== undefined);
      const framing = frameRegions(meshes, [...regions.values()]);
      if (!framing) return;
      controls.rotateTo(framing.azimuth, framing.polar, transition);
      controls.fitToSphere(framing.sphere, transition);
    };

    // First placement: follow what the URL asked for, without a flight.
    const start = useAppStore.getState();
    if (start.focusRequest) focus(start.focusRequest.regionIds, false);
    else fitBody(VIEW_AZIMUTH[start.view ?? 'front'], false);

    invalidate();

    return useAppStore.subscribe((s, prev) => {
      let moved = false;
      if (s.resetNonce !== prev.resetNonce) {
        fitBody(0, animate());
        moved = true;
      }
      if (s.view && s.view !== prev.view) {
        fitBody(VIEW_AZIMUTH[s.view], animate());
        moved = true;
      }
      if (s.focusRequest && s.focusRequest !== prev.focusRequest) {
        focus(s.focusRequest.regionIds, animate());
        moved = true;
      }
      const nudge = s.cameraNudge;
      if (nudge && nudge !== prev.cameraNudge) {
        if (nudge.azimuth || nudge.polar) controls.rotate(nudge.azimuth, nudge.polar, animate());
        if (nudge.zoom) controls.dolly(nudge.zoom * ZOOM_STEP, animate());
        moved = true;
      }
      // Only a camera move needs a new frame; other store changes (hover, announcements) do not.
      if (moved) invalidate();
    });
  }, [bodyBox, regions, invalidate]);

  return (
    <CameraControls
      ref={controlsRef}
      makeDefault
      minDistance={0.6}
      maxDistance={9}
      minPolarAngle={0.25}
      maxPolarAngle={Math.PI - 0.25}
      smoothTime={0.35}
      onControl={() => {
        // A user drag leaves any preset view behind; the URL stops claiming one.
        if (useAppStore.getState().view !== null) useAppStore.getState().setView(null);
      }}
    />
  );
}
