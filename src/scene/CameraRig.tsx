import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { type Box3, Sphere, Spherical, Vector3 } from 'three';
import type { DeepLayer, PartFocusRequest } from '../state/anatomySlice';
import { type FocusRequest, useAppStore } from '../state/store';
import type { ViewPreset } from '../state/urlState';
import { cameraBridge } from './cameraBridge';
import { type BodyBox, poseFromCamera, sphereOfPose } from './cameraPose';
import { type Framing, frameParts, frameRegions, VIEW_AZIMUTH } from './framing';
import { layerRegistry } from './layers/layerRegistry';
import { prefersReducedMotion } from './motion';
import { comparisonFocus } from './needling/comparisonFraming';
import { presetAt, UPRIGHT } from './presetView';
import { segmentBridge } from './segments/segmentBridge';
import type { RegionSkin } from './skin/regionSkin';
import { takeSnapshots } from './snapshotPictures';
import { attachTouchGestures } from './touchGestures';

const ZOOM_STEP = 0.6;

declare global {
  interface Window {
    /** The camera bridge, for browser tests of poses and pictures (e2e builds only). */
    __imsCamera?: typeof cameraBridge;
  }
}

/** Where the camera is headed (the end of any flight), as a view button's side or none. */
function presetOf(controls: CameraControls): ViewPreset | null {
  const spherical = controls.getSpherical(new Spherical(), true);
  return presetAt(spherical.theta, spherical.phi);
}

/**
 * Owns the camera: drag, pinch and wheel come from camera-controls; presets, focus requests and
 * key nudges come from the store. With reduced motion every move is a cut. After every move the
 * store hears which preset side (if any) the camera now looks from, so the pressed view button
 * and the link always match the screen.
 */
export function CameraRig({ bodyBox, skin }: { bodyBox: Box3 | null; skin: RegionSkin | null }) {
  const controlsRef = useRef<CameraControls>(null);
  // On-demand rendering: a cut (no transition) fires no event, so ask for the frame ourselves.
  const invalidate = useThree((s) => s.invalidate);
  // The element camera-controls listens on (drei's choice: the events root, else the canvas).
  const controlsElement = useThree((s) => (s.events.connected as HTMLElement | undefined) ?? s.gl.domElement);
  const getThree = useThree((s) => s.get);
  // A new canvas shape changes the pose (the sphere that fits it): tell the listeners.
  const size = useThree((s) => s.size);
  useEffect(() => {
    if (size.width > 0) for (const listener of cameraBridge.listeners) listener();
  }, [size]);

  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls) return;
    return attachTouchGestures(controls, controlsElement);
  }, [controlsElement]);

  // A layout effect: the camera is in place in the same commit as the body, before any frame.
  useLayoutEffect(() => {
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
    const focus = ({ regionIds, view, markers, marker }: FocusRequest, transition: boolean) => {
      // The comparison's markers too, once they have arrived (then the store asks again).
      const conditionId = useAppStore.getState().conditionId;
      const extra = markers || marker ? comparisonFocus(conditionId, marker) : null;
      const framing = skin ? frameRegions(skin, regionIds, extra ?? undefined) : null;
      if (!framing) return;
      // A side named by a link or a view button wins, even one that sees the areas poorly;
      // otherwise framing picks the direction that shows them best (soles from below).
      if (view) controls.rotateTo(VIEW_AZIMUTH[view], UPRIGHT, transition);
      else controls.rotateTo(framing.azimuth, framing.polar, transition);
      controls.fitToSphere(framing.sphere, transition);
    };

    const flyTo = (framing: Framing, transition: boolean) => {
      controls.rotateTo(framing.azimuth, framing.polar, transition);
      controls.fitToSphere(framing.sphere, transition);
    };
    // Parts beneath the skin: framed once their layer has arrived (showing it starts the load).
    let pendingParts: PartFocusRequest | null = null;
    const focusParts = (transition: boolean) => {
      const request = pendingParts;
      if (!request) return false;
      const framing = frameParts(request.parts, (layer) => layerRegistry.get(layer as DeepLayer)?.skin);
      if (!framing) return false;
      pendingParts = null;
      flyTo(framing, transition);
      return true;
    };
    // The segmental view: framed once its chunk and the layers it frames have arrived.
    let pendingSegments = false;
    const focusSegments = (transition: boolean) => {
      if (!pendingSegments) return false;
      const framing = segmentBridge.framing?.() ?? null;
      if (!framing) return false;
      pendingSegments = false;
      flyTo(framing, transition);
      return true;
    };
    const arrived = () => {
      if (led()) return;
      const moved = focusParts(animate());
      if (focusSegments(animate()) || moved) {
        report();
        invalidate();
      }
    };
    const unsubscribeLayers = layerRegistry.subscribe(arrived);
    const unsubscribeSegments = segmentBridge.subscribe(arrived);

    // Reported after the store update that moved the camera has reached every listener.
    const report = () => queueMicrotask(() => useAppStore.getState().cameraAt(presetOf(controls)));

    // First placement: follow what the URL asked for, without a flight.
    const start = useAppStore.getState();
    if (start.focusRequest) focus(start.focusRequest, false);
    else fitBody(VIEW_AZIMUTH[start.view ?? 'front'], false);
    pendingParts = start.partFocus;
    focusParts(false);
    pendingSegments = start.segments !== null;
    focusSegments(false);
    // The camera takes its place now, not at the next frame's update: the body's first frame shows
    // it framed, and that update has nothing left to move (a move would ask for a second frame).
    controls.update(0);
    report();
    invalidate();

    // The camera for code outside the 3D chunk (the patient screen, the take-home link, the
    // handout's pictures). On the patient's screen, once the practitioner's window has sent a
    // pose, the camera follows only those poses: the store's own framing would fight them.
    const box: BodyBox = { min: bodyBox.min.toArray(), max: bodyBox.max.toArray() };
    let posed = false;
    const lens = () => {
      const camera = getThree().camera;
      return { fov: 'fov' in camera ? camera.fov : 30, aspect: 'aspect' in camera ? camera.aspect : 1 };
    };
    cameraBridge.pose = () =>
      poseFromCamera(
        {
          position: controls.getPosition(new Vector3(), true).toArray(),
          target: controls.getTarget(new Vector3(), true).toArray(),
        },
        box,
        lens(),
      );
    cameraBridge.setPose = (pose, transition) => {
      posed = true;
      const { centre, radius } = sphereOfPose(pose, box);
      const animated = transition && animate();
      controls.rotateTo(pose.azimuth, pose.polar, animated);
      controls.fitToSphere(new Sphere(new Vector3(...centre), radius), animated);
      report();
      invalidate();
    };
    cameraBridge.snapshot = async (poses, size) => takeSnapshots(getThree(), box, poses, size);
    if (__TEST_HOOK__) window.__imsCamera = cameraBridge;
    const led = () => posed && useAppStore.getState().screenRole === 'patient';
    const tellListeners = () => {
      for (const listener of cameraBridge.listeners) listener();
    };
    // Every camera change, drags and flights included (camera-controls updates once per frame).
    controls.addEventListener('update', tellListeners);
    tellListeners();

    const unsubscribeStore = useAppStore.subscribe((s, prev) => {
      if (led()) return;
      let moved = false;
      if (s.resetNonce !== prev.resetNonce) {
        fitBody(0, animate());
        moved = true;
      }
      if (s.viewRequest && s.viewRequest !== prev.viewRequest) {
        fitBody(VIEW_AZIMUTH[s.viewRequest.view], animate());
        moved = true;
      }
      if (s.focusRequest && s.focusRequest !== prev.focusRequest) {
        focus(s.focusRequest, animate());
        moved = true;
      }
      if (s.partFocus && s.partFocus !== prev.partFocus) {
        pendingParts = s.partFocus;
        moved = focusParts(animate()) || moved;
      }
      if (s.segments && s.segmentFocus !== prev.segmentFocus) {
        pendingSegments = true;
        moved = focusSegments(animate()) || moved;
      }
      if (!s.segments) pendingSegments = false;
      const nudge = s.cameraNudge;
      if (nudge && nudge !== prev.cameraNudge) {
        if (nudge.azimuth || nudge.polar) controls.rotate(nudge.azimuth, nudge.polar, animate());
        if (nudge.zoom) controls.dolly(nudge.zoom * ZOOM_STEP, animate());
        moved = true;
      }
      // Only a camera move needs a new frame; other store changes (hover, announcements) do not.
      if (moved) {
        report();
        invalidate();
      }
    });
    return () => {
      controls.removeEventListener('update', tellListeners);
      cameraBridge.pose = null;
      cameraBridge.setPose = null;
      cameraBridge.snapshot = null;
      unsubscribeLayers();
      unsubscribeSegments();
      unsubscribeStore();
    };
  }, [bodyBox, skin, invalidate, getThree]);

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
        // A drag, pinch or wheel: the pressed view button follows where the camera now looks.
        const controls = controlsRef.current;
        if (controls) useAppStore.getState().cameraAt(presetOf(controls));
      }}
    />
  );
}
