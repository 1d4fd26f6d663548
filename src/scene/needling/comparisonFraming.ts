import { Vector3 } from 'three';
import type { SurfaceSample } from '../bestView';
import type { ExtraFocus } from '../framing';
import { markerList, placeMarkers } from './compareMarkers';
import { comparisonFor } from './comparisonContent';
import { useNeedlingStore } from './needlingStore';

/**
 * The comparison's markers as points for the camera to frame: the IMS sites and the acupuncture
 * points as two groups, so the chosen view shows some of each. Null until needling.json is here.
 */
export function comparisonFocus(conditionId: string | null, onlyKey?: string): ExtraFocus | null {
  const data = useNeedlingStore.getState().data;
  const comparison = conditionId ? comparisonFor(conditionId) : undefined;
  if (!data || !comparison) return null;
  const placed = placeMarkers(markerList(comparison), data).filter((m) => !onlyKey || m.key === onlyKey);
  const group = (kind: 'ims' | 'acupoint'): SurfaceSample[] =>
    placed
      .filter((m) => m.kind === kind)
      .map((m) => ({ point: new Vector3(...m.position), normal: new Vector3(...m.normal) }));
  return {
    key: `compare:${comparison.conditionId}:${onlyKey ?? 'all'}`,
    groups: [group('ims'), group('acupoint')],
  };
}
