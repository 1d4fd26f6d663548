import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { HalfFloatType, UnsignedByteType, Vector2, type WebGLRenderer, WebGLRenderTarget } from 'three';
import { OutputPass } from 'three/examples/jsm/postprocessing/OutputPass.js';
import { afterFirstFrame } from './afterFirstFrame';

// Cheap frames while the camera moves, a sharp one at rest.
//
// Measured with software WebGL (see README, `npm run bench`): multisampling the canvas costs about
// three quarters of an orbit frame, so the canvas is made without it (gl.antialias false) and a
// moving frame is drawn straight to it, at R3F's lowered pixel ratio while the camera moves
// (performance.min, see BodyScene). Once the camera has been still for a moment the frame is drawn
// again with 4× multisampling into an offscreen target and copied to the canvas (tone mapping and
// sRGB as three would do on the canvas), so a still picture keeps smooth edges. With on-demand
// frames that costly frame is drawn once per stop, never during a turn.

const REST_SAMPLES = 4;

/** Share of the pixel ratio while the camera moves (BodyScene's `performance.min`). */
export const MOVING_PIXEL_RATIO = 0.5;

/**
 * three's output pass (tone mapping, sRGB) for a transparent canvas: the resolved edge pixels are
 * premultiplied by their coverage, and toning them as they are would brighten them (a pale halo
 * round the body on the page's background), so it undoes the coverage first and applies it again
 * after, as drawing to the canvas directly would.
 */
function createCoverageOutputPass(): OutputPass {
  const pass = new OutputPass();
  pass.material.fragmentShader = pass.material.fragmentShader
    .replace(
      'gl_FragColor = texture2D( tDiffuse, vUv );',
      'gl_FragColor = texture2D( tDiffuse, vUv );\n\t\t\tgl_FragColor.rgb /= max( gl_FragColor.a, 1e-4 );',
    )
    .replace(/}\s*$/, '\tgl_FragColor.rgb *= gl_FragColor.a;\n\t\t}');
  return pass;
}

const canDrawHalfFloats = (gl: WebGLRenderer) =>
  gl.extensions.has('EXT_color_buffer_float') || gl.extensions.has('EXT_color_buffer_half_float');

/** Controls events that start a move of a person's making: a drag, pinch or wheel, a key nudge, a flight. */
const MOVE_STARTS = ['controlstart', 'control', 'transitionstart'] as const;

interface ControlsEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Lowers quality (R3F's performance.regress) while the camera moves: from the start of a move until
 * camera-controls falls asleep, damping included. A cut (the first placement, reduced motion) is
 * not a move: its one frame is drawn sharp.
 */
function useRegressWhileMoving() {
  const controls = useThree((s) => s.controls) as ControlsEvents | null;
  const regress = useThree((s) => s.performance.regress);
  useEffect(() => {
    if (!controls) return;
    let moving = false;
    const start = () => {
      moving = true;
      regress();
    };
    const update = () => {
      if (moving) regress();
    };
    const sleep = () => {
      moving = false;
    };
    for (const type of MOVE_STARTS) controls.addEventListener(type, start);
    controls.addEventListener('update', update);
    controls.addEventListener('sleep', sleep);
    return () => {
      for (const type of MOVE_STARTS) controls.removeEventListener(type, start);
      controls.removeEventListener('update', update);
      controls.removeEventListener('sleep', sleep);
    };
  }, [controls, regress]);
}

/** Full pixel ratio while still, performance.current × the starting ratio while moving. */
function usePixelRatioFollowsQuality() {
  const current = useThree((s) => s.performance.current);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    setDpr(current * initialDpr);
    // Back at rest: draw the sharp frame now (nothing else asks for one).
    invalidate();
  }, [current, initialDpr, setDpr, invalidate]);
}

/**
 * Sharp frames only once the body's first frame is on screen (`bodyShown`, then a quiet moment):
 * that first frame is drawn straight to the canvas, so a person sees the body without waiting for
 * the multisampled target and its copy pass to be made (their shaders, 4× the pixels in software);
 * the sharp frame follows at once.
 */
function useSharpAfterFirstFrame(bodyShown: boolean) {
  const invalidate = useThree((s) => s.invalidate);
  const [sharp, setSharp] = useState(false);
  useEffect(() => {
    if (!bodyShown || sharp) return;
    return afterFirstFrame(() => {
      setSharp(true);
      invalidate();
    });
  }, [bodyShown, sharp, invalidate]);
  return sharp;
}

export function AdaptiveQuality({ bodyShown }: { bodyShown: boolean }) {
  const gl = useThree((s) => s.gl);
  const sharp = useSharpAfterFirstFrame(bodyShown);
  const { target, output, bufferSize } = useMemo(
    () => ({
      bufferSize: new Vector2(),
      // Half floats keep the dark end free of banding; bytes where half floats cannot be drawn to.
      target: new WebGLRenderTarget(1, 1, {
        samples: REST_SAMPLES,
        type: canDrawHalfFloats(gl) ? HalfFloatType : UnsignedByteType,
      }),
      output: createCoverageOutputPass(),
    }),
    [gl],
  );
  useEffect(
    () => () => {
      target.dispose();
      output.dispose();
    },
    [target, output],
  );
  useRegressWhileMoving();
  usePixelRatioFollowsQuality();

  // Priority 1: this takes over R3F's own render call.
  useFrame(({ scene, camera, performance }) => {
    // Nothing is drawn until the body is there and framed (the picture of the body shows until
    // then): in software WebGL each frame of it is tens of milliseconds the first one would wait for.
    if (!bodyShown) return;
    if (!sharp || performance.current < performance.max) {
      gl.render(scene, camera);
      return;
    }
    // The canvas's own size, pixel for pixel, so the copy neither blurs nor shifts.
    gl.getDrawingBufferSize(bufferSize);
    if (target.width !== bufferSize.x || target.height !== bufferSize.y)
      target.setSize(bufferSize.x, bufferSize.y);
    gl.setRenderTarget(target);
    gl.render(scene, camera);
    // The copy to the canvas is one more render call, which would reset gl.info; keep the scene's
    // figures there (the benchmark and the test hook read them).
    const { calls, triangles, points, lines } = gl.info.render;
    // renderToScreen: the pass draws to the canvas and ignores its write target.
    output.renderToScreen = true;
    output.render(gl, target, target, 0, false);
    Object.assign(gl.info.render, { calls, triangles, points, lines });
  }, 1);
  return null;
}
