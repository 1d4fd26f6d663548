import { cameraBridge } from '../../scene/cameraBridge';
import type { AppState } from '../../state/store';
import type { TakeHome } from '../types';

/** What a take-home link made now would hold: what was seen, what is on show, the chart, the camera. */
export function currentTakeHome(s: AppState): TakeHome {
  const add = (list: string[], item: string | null) =>
    item && !list.includes(item) ? [...list, item] : list;
  return {
    conditions: add(s.seen.conditions, s.conditionId),
    stages: add(s.seen.stages, s.cycleStage),
    chart: s.chart,
    camera: cameraBridge.pose?.() ?? null,
  };
}
