import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { addMarkAt, roundPoint } from '../consult/chart/addMark';
import { getCondition, getRegion } from '../content';
import type { RegionId } from '../content/regionIds';
import { useAppStore } from '../state/store';
import bodyMapData from './bodyMap.json';
import { MapMarks } from './MapMarks';
import { type BodyMapData, type MapView, type MapViewId, skinPointAt } from './mapGeometry';
import { t } from './words';
import './bodyMap.css';

// The flat body map: front and back (and the soles, seen from below), made from the 3D skin by
// scripts/model/map2d. Each area is a real button, in the order of the body areas' list; it does
// what the 3D body does: names an area under the pointer, chooses it, lights a condition's areas,
// and, while the pain chart is open, puts a mark where it is tapped (a spot on the skin, so the
// 3D body shows the same mark).

const MAP = bodyMapData as unknown as BodyMapData;
const viewOf = (id: MapViewId) => MAP.views.find((v) => v.id === id) as MapView;

/** Narrow: one side at a time (a Front/Back switch), when two figures would be too thin to tap. */
function useNarrow(host: React.RefObject<HTMLDivElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setNarrow(width < 520 || width < height * 0.7);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [host]);
  return narrow;
}

const SIDE_WORDS: Record<
  MapViewId,
  [left: 'map.map.sideLeft' | 'map.map.sideRight', right: 'map.map.sideLeft' | 'map.map.sideRight']
> = {
  // from the front the person's right is on the viewer's left; from behind and below, as seen
  front: ['map.map.sideRight', 'map.map.sideLeft'],
  back: ['map.map.sideLeft', 'map.map.sideRight'],
  soles: ['map.map.sideRight', 'map.map.sideLeft'],
};

const VIEW_NAMES: Record<MapViewId, 'map.map.front' | 'map.map.back' | 'map.map.soles'> = {
  front: 'map.map.front',
  back: 'map.map.back',
  soles: 'map.map.soles',
};

/** Room under each figure for the words "Right" and "Left" (a share of the figure's height). */
const sideBand = (view: MapView) => (view.id === 'soles' ? 0.14 : 0.045);

/** How many screen pixels one map millimetre takes in this figure (follows its size). */
function usePxPerMm(svg: React.RefObject<SVGSVGElement | null>, height: number): number {
  // (height: the viewBox's, band included)
  const [pxPerMm, setPxPerMm] = useState(0.35);
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const measure = () => {
      const px = element.getBoundingClientRect().height;
      if (px > 0) setPxPerMm(px / height);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [svg, height]);
  return pxPerMm;
}

interface FigureProps {
  view: MapView;
  /** The regions this figure offers to the keyboard and screen readers (the others: pointer only). */
  focusable: ReadonlySet<RegionId>;
  lit: ReadonlySet<RegionId>;
  selected: RegionId | null;
  named: RegionId | null;
  /** This figure shows the name of the area named (one figure only, where the pointer is). */
  showsName: boolean;
  /** The pointer came into this figure. */
  onPointerIn: () => void;
  focused: RegionId | null;
  setFocused: (id: RegionId | null) => void;
}

function Figure({
  view,
  focusable,
  lit,
  selected,
  named,
  showsName,
  onPointerIn,
  focused,
  setFocused,
}: FigureProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [x0, y0, w, h] = view.box;
  // Words keep one size on screen however large the figure is drawn: sizes in map millimetres
  // from the figure's pixels per millimetre.
  const band = sideBand(view) * h;
  const pxPerMm = usePxPerMm(svg, h + band);
  const font = 15 / pxPerMm;
  const sideFont = 12.5 / pxPerMm;
  const bottom = y0 + h + sideFont * 1.6;
  // Smaller where a word would not fit under its half (the soles on a phone, in French).
  const [leftWord, rightWord] = SIDE_WORDS[view.id];
  const sideWords = [t(leftWord), t(rightWord)];
  const longest = Math.max(...sideWords.map((word) => word.length)) + 1;
  const sideFontFit = Math.min(sideFont, (w * 0.5) / (0.6 * longest));

  const choose = (id: RegionId, at: { x: number; y: number } | null) => {
    const store = useAppStore.getState();
    if (store.chartOpen && store.screenRole === 'main') {
      // A tap marks the skin there; from the keyboard, the middle of the area.
      const spot = at ?? { x: view.regions[id]?.at[0] ?? 0, y: view.regions[id]?.at[1] ?? 0 };
      const point = skinPointAt(view, spot.x, spot.y);
      addMarkAt(id, point ? roundPoint(...point) : null);
      return;
    }
    store.selectRegion(id);
  };
  /** A page point in the map's millimetres. */
  const mapPoint = (clientX: number, clientY: number) => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: p.x, y: p.y };
  };

  const entries = Object.entries(view.regions) as [RegionId, { d: string; at: [number, number] }][];
  const label = showsName && named && view.regions[named] ? { id: named, at: view.regions[named].at } : null;
  const labelText = label ? (getRegion(label.id)?.name ?? '') : '';
  return (
    <figure className={`map-figure map-figure-${view.id}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG picture grouping its area buttons; a fieldset cannot hold SVG. */}
      <svg
        ref={svg}
        onPointerEnter={onPointerIn}
        viewBox={`${x0} ${y0} ${w} ${h + band}`}
        role="group"
        aria-label={t(VIEW_NAMES[view.id])}
        className="map-svg"
      >
        <path className="map-outline" d={view.outline} />
        {entries.map(([id, region]) => {
          const canFocus = focusable.has(id);
          const name = getRegion(id)?.name ?? id;
          const classes = ['map-region'];
          if (lit.has(id)) classes.push('is-lit');
          if (selected === id) classes.push('is-selected');
          if (named === id) classes.push('is-named');
          const pointer = {
            onClick: (event: React.MouseEvent) => choose(id, mapPoint(event.clientX, event.clientY)),
            onPointerEnter: (event: React.PointerEvent) => {
              if (event.pointerType !== 'touch') useAppStore.getState().hoverRegion(id);
            },
            onPointerLeave: () => {
              if (useAppStore.getState().hoveredRegionId === id) useAppStore.getState().hoverRegion(null);
            },
          };
          const shape = {
            d: region.d,
            fillRule: 'evenodd' as const,
            className: classes.join(' '),
            'data-region': id,
            ...pointer,
          };
          // The same area again (also in another figure): for the pointer only, one button each.
          if (!canFocus) return <path key={id} {...shape} />;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it acts as one.
            <path
              key={id}
              {...shape}
              role="button"
              tabIndex={0}
              aria-label={name}
              aria-pressed={selected === id}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                choose(id, null);
              }}
              // The ring for the keyboard (a click focuses too, but the colour shows that choice).
              onFocus={(event) => setFocused(event.currentTarget.matches(':focus-visible') ? id : null)}
              onBlur={() => setFocused(null)}
            />
          );
        })}
        {focused && focusable.has(focused) && view.regions[focused] && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG shape, never focusable; the focus ring drawn on top.
          <path
            className="map-focus-ring"
            d={view.regions[focused].d}
            fillRule="evenodd"
            aria-hidden="true"
          />
        )}
        <MapMarks view={view} pxPerMm={pxPerMm} />
        {label && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group, never focusable; the name is the button's own.
          <g className="map-label" transform={`translate(${label.at[0]} ${label.at[1]})`} aria-hidden="true">
            <rect
              x={-(labelText.length * font * 0.29 + font * 0.5)}
              y={-font * 0.85}
              width={labelText.length * font * 0.58 + font}
              height={font * 1.5}
              rx={font * 0.35}
            />
            <text y={font * 0.1} fontSize={font} textAnchor="middle" dominantBaseline="middle">
              {labelText}
            </text>
          </g>
        )}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group, never focusable; the sides are in each area's name. */}
        <g className="map-side-words" aria-hidden="true" fontSize={sideFontFit}>
          {/* Under each half, so the two words never meet, even under the narrow soles. */}
          <text x={x0 + w * 0.25} y={Math.min(bottom, y0 + h + band)} textAnchor="middle">
            {sideWords[0]}
          </text>
          <text x={x0 + w * 0.75} y={Math.min(bottom, y0 + h + band)} textAnchor="middle">
            {sideWords[1]}
          </text>
        </g>
      </svg>
      <figcaption>{t(view.id === 'soles' ? 'map.map.solesShort' : VIEW_NAMES[view.id])}</figcaption>
    </figure>
  );
}

/** The body map, filling the stage; `toggle` is the simple view's switch (none without WebGL). */
export default function BodyMap2D({ toggle }: { toggle: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(host);
  const [side, setSide] = useState<'front' | 'back'>('front');
  const [focused, setFocused] = useState<RegionId | null>(null);
  const selected = useAppStore((s) => s.regionId);
  const conditionId = useAppStore((s) => s.conditionId);
  const hovered = useAppStore((s) => s.hoveredRegionId);
  const charting = useAppStore((s) => s.chartOpen && s.screenRole === 'main');
  const lit = useMemo(
    () => new Set(conditionId ? (getCondition(conditionId)?.regions ?? []) : []),
    [conditionId],
  );

  const views = useMemo(
    () => (narrow ? [viewOf(side), viewOf('soles')] : [viewOf('front'), viewOf('back'), viewOf('soles')]),
    [narrow, side],
  );
  // Each area is one tab stop and one button for screen readers: in the first figure that has it.
  const focusableIn = useMemo(() => {
    const taken = new Set<RegionId>();
    return views.map((view) => {
      const mine = new Set<RegionId>();
      for (const id of Object.keys(view.regions) as RegionId[])
        if (!taken.has(id)) {
          taken.add(id);
          mine.add(id);
        }
      return mine;
    });
  }, [views]);
  const named = hovered ?? focused;
  // The name shows once: in the figure the pointer is in, else the first that has the area.
  const [pointerIn, setPointerIn] = useState<MapViewId | null>(null);
  const nameIn =
    named && pointerIn && views.some((v) => v.id === pointerIn && v.regions[named])
      ? pointerIn
      : (views.find((v) => named && v.regions[named])?.id ?? null);

  return (
    <div className={`map2d${narrow ? ' is-narrow' : ''}${charting ? ' is-charting' : ''}`} ref={host}>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of pictures, not a form. */}
      <div
        className="map-figures"
        role="group"
        aria-label={t(charting ? 'map.map.chartName' : 'map.map.name')}
      >
        {views.map((view, i) => (
          <Figure
            key={view.id}
            view={view}
            focusable={focusableIn[i] ?? new Set()}
            lit={lit}
            selected={selected}
            named={named}
            showsName={nameIn === view.id}
            onPointerIn={() => setPointerIn(view.id)}
            focused={focused}
            setFocused={setFocused}
          />
        ))}
      </div>
      <div className="map-toolbar" role="toolbar" aria-label={t('map.map.toolbar')}>
        {narrow && (
          <div className="view-group">
            {(['front', 'back'] as const).map((id) => (
              <button
                key={id}
                type="button"
                className="view-button"
                aria-pressed={side === id}
                onClick={() => setSide(id)}
              >
                {t(VIEW_NAMES[id])}
              </button>
            ))}
          </div>
        )}
        {toggle && <div className="view-group">{toggle}</div>}
      </div>
    </div>
  );
}
