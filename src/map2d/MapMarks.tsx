import { useMemo } from 'react';
import { markWords } from '../consult/chart/addMark';
import { PAIN_KIND_COLOURS, painKindLetter } from '../consult/chart/markStyle';
import { useAppStore } from '../state/store';
import bodyMapData from './bodyMap.json';
import { type BodyMapData, type MapView, markPlace } from './mapGeometry';

// The pain chart's marks on the flat map: the same marks as on the 3D body (a spot on the skin, or
// the middle of the area for a mark added from the list), each a disc in its kind's colour with its
// kind's letter, sized by its intensity; the chosen one ringed.

const VIEWS = (bodyMapData as unknown as BodyMapData).views;

/** Radius on screen (pixels) of a mark of intensity 0 and of 10, like the 3D beads on a whole body. */
const SMALLEST = 7;
const LARGEST = 13;

export function MapMarks({ view, pxPerMm }: { view: MapView; pxPerMm: number }) {
  const chart = useAppStore((s) => s.chart);
  const chosen = useAppStore((s) => s.chartSelected);
  const placed = useMemo(
    () => chart.map((mark) => ({ mark, place: markPlace(VIEWS, mark.region, mark.point) })),
    [chart],
  );
  const here = placed.filter(({ place }) => place?.view === view.id);
  if (here.length === 0) return null;
  return (
    <g className="map-marks">
      {here.map(({ mark, place }) => {
        if (!place) return null;
        const r = (SMALLEST + ((LARGEST - SMALLEST) * mark.intensity) / 10) / pxPerMm;
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group, not interactive: a picture of one mark.
          <g
            key={mark.id}
            role="img"
            aria-label={markWords(mark)}
            data-mark={mark.id}
            transform={`translate(${place.x.toFixed(1)} ${place.y.toFixed(1)})`}
          >
            {chosen === mark.id && <circle className="map-mark-ring" r={r + 3.5 / pxPerMm} />}
            <circle className="map-mark" r={r} fill={PAIN_KIND_COLOURS[mark.kind]} />
            <text fontSize={r * 1.15} textAnchor="middle" dominantBaseline="central">
              {painKindLetter(mark.kind)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
