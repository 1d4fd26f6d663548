import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { type Group, Vector3 } from 'three';
import type { SpinalLevel } from '../../content/segments';
import { type LabelLayout, layoutLabels } from './labelLayout';
import type { LevelAnchors } from './levelAnchors';
import './segmentLabels.css';

// The level names beside the spine ("C5", "C6", …): DOM text over the canvas (drei Html, one
// layer for them all), hidden from screen readers (the panel names the levels), never in the way
// of a pointer. Each frame drawn (the scene draws on demand, so only while something moves) they
// are placed by labelLayout: a column beside the spine, no overlaps, a thin line to each level.

/** Room between the spine and the label column, in pixels. */
const REACH = 30;
const FALLBACK_SIZE = { width: 44, height: 24 };

const PASS_THROUGH = { pointerEvents: 'none' } as const;

/** The overlay covers the canvas: its own position never moves. */
const coverCanvas = (_: unknown, __: unknown, size: { width: number; height: number }) => [
  size.width / 2,
  size.height / 2,
];

export function LevelLabels({
  levels,
  anchors,
  chosen,
  onShown,
}: {
  levels: readonly SpinalLevel[];
  anchors: LevelAnchors;
  chosen: SpinalLevel | null;
  /** The levels whose labels are drawn, after each layout that changes them. */
  onShown: (levels: SpinalLevel[]) => void;
}) {
  const labelRefs = useRef(new Map<SpinalLevel, HTMLDivElement>());
  const lineRefs = useRef(new Map<SpinalLevel, SVGLineElement>());
  const last = useRef<{ layout: LabelLayout | null; shown: string }>({ layout: null, shown: '' });
  const point = useRef(new Vector3());
  const measured = useRef<{ key: string; widths: Map<SpinalLevel, number>; height: number }>({
    key: '',
    widths: new Map(),
    height: FALLBACK_SIZE.height,
  });
  const placed = levels.filter((level) => anchors.has(level));

  useFrame(({ camera, size }) => {
    const screen = placed.map((level) => {
      const p = point.current.copy(anchors.get(level)?.label ?? point.current).project(camera);
      const behind = p.z > 1;
      return { x: ((p.x + 1) / 2) * size.width, y: ((1 - p.y) / 2) * size.height, behind };
    });
    // The labels' sizes, read from the page only when the canvas, the labels or the text size
    // ("Large text" is a class on the page) change: reading them every frame of a turn would make
    // the browser lay the page out each time.
    const sizeKey = `${size.width}x${size.height}:${placed.join()}:${document.documentElement.className}`;
    if (measured.current.key !== sizeKey) {
      const widths = new Map<SpinalLevel, number>();
      let height = 0;
      for (const [level, el] of labelRefs.current) {
        widths.set(level, el.offsetWidth);
        height = Math.max(height, el.offsetHeight);
      }
      // Kept once every label is on the page and laid out (the overlay mounts a moment after).
      const complete = widths.size === placed.length && [...widths.values()].every((w) => w > 0);
      measured.current = { key: complete ? sizeKey : '', widths, height: height || FALLBACK_SIZE.height };
    }
    const { widths, height: labelHeight } = measured.current;
    const labelWidth = Math.max(FALLBACK_SIZE.width, ...widths.values());
    const layout = layoutLabels(
      screen.filter((s) => !s.behind),
      {
        width: size.width,
        height: size.height,
        labelHeight,
        labelWidth,
        reach: REACH,
        previousSide: last.current.layout?.side ?? null,
      },
    );
    const visible = placed.filter((_, i) => !screen[i]?.behind);
    const shown = new Set<SpinalLevel>();
    for (const { index, x, y } of layout.labels) {
      const level = visible[index];
      const anchor = screen[placed.indexOf(level as SpinalLevel)];
      const label = level ? labelRefs.current.get(level) : undefined;
      const line = level ? lineRefs.current.get(level) : undefined;
      if (!level || !anchor || !label || !line) continue;
      shown.add(level);
      const left = layout.side === 'left' ? x - (widths.get(level) ?? labelWidth) : x;
      label.style.transform = `translate(${left.toFixed(1)}px, ${(y - labelHeight / 2).toFixed(1)}px)`;
      label.style.visibility = 'visible';
      line.setAttribute('x1', x.toFixed(1));
      line.setAttribute('y1', y.toFixed(1));
      line.setAttribute('x2', anchor.x.toFixed(1));
      line.setAttribute('y2', anchor.y.toFixed(1));
      line.style.visibility = 'visible';
    }
    for (const level of placed) {
      if (shown.has(level)) continue;
      const label = labelRefs.current.get(level);
      const line = lineRefs.current.get(level);
      if (label) label.style.visibility = 'hidden';
      if (line) line.style.visibility = 'hidden';
    }
    last.current.layout = layout;
    const shownList = placed.filter((level) => shown.has(level));
    const key = shownList.join(' ');
    if (key !== last.current.shown) {
      last.current.shown = key;
      onShown(shownList);
    }
  });

  if (placed.length === 0) return null;
  return (
    <Html
      fullscreen
      calculatePosition={coverCanvas}
      zIndexRange={[4, 0]}
      // The layer covers the canvas: it must let every pointer through (drei's own prop only
      // applies to its 3D-transform mode).
      style={PASS_THROUGH}
    >
      <div className="level-labels" aria-hidden="true">
        <svg className="level-label-lines" aria-hidden="true">
          {placed.map((level) => (
            <line
              key={level}
              ref={(el) => {
                if (el) lineRefs.current.set(level, el);
                else lineRefs.current.delete(level);
              }}
              className={level === chosen ? 'level-label-line chosen' : 'level-label-line'}
            />
          ))}
        </svg>
        {placed.map((level) => (
          <div
            key={level}
            data-level={level}
            ref={(el) => {
              if (el) labelRefs.current.set(level, el);
              else labelRefs.current.delete(level);
            }}
            className={level === chosen ? 'level-label chosen' : 'level-label'}
          >
            {level}
          </div>
        ))}
      </div>
    </Html>
  );
}

/**
 * The jaw's nerve, named where a condition has no spinal level: it comes from the brain (the
 * trigeminal nerve's jaw branch, V3). The label hangs at the copy nearer the camera.
 */
export function CranialNerveLabel({ sides, text }: { sides: readonly Vector3[]; text: string }) {
  const group = useRef<Group>(null);
  const eye = useRef(new Vector3());
  useFrame(({ camera }) => {
    camera.getWorldPosition(eye.current);
    let nearest: Vector3 | null = null;
    for (const side of sides)
      if (!nearest || side.distanceTo(eye.current) < nearest.distanceTo(eye.current)) nearest = side;
    if (nearest && group.current && !group.current.position.equals(nearest))
      group.current.position.copy(nearest);
  });
  if (sides.length === 0) return null;
  return (
    <group ref={group} position={sides[0]}>
      <Html zIndexRange={[4, 0]} style={PASS_THROUGH}>
        <div className="level-label nerve-label" aria-hidden="true">
          {text}
        </div>
      </Html>
    </group>
  );
}
