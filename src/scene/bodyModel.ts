import { useEffect, useState } from 'react';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { BODY_MODEL_URL } from '../ui/fetchModelAhead';

let loading: Promise<GLTF> | null = null;

/** The body model, fetched and parsed once a page; a load that failed is tried afresh next time. */
export function loadBodyModel(): Promise<GLTF> {
  loading ??= new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .loadAsync(BODY_MODEL_URL)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * The body model once it is here (null before). Loaded outside React's Suspense: a suspended
 * scene is revealed at most every 300 ms, which held the first frame back by up to that much.
 * A failed load is thrown in the render, for the scene's error boundary.
 */
export function useBodyModel(): GLTF | null {
  const [state, setState] = useState<{ gltf: GLTF } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    loadBodyModel().then(
      (gltf) => live && setState({ gltf }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state && 'error' in state) throw state.error;
  return state?.gltf ?? null;
}
