import type { CSSProperties } from 'react';
import { useAppStore } from '../../state/store';
import type { CycleStageId } from '../stageIds';
import { CYCLE_STAGES } from '../stages';
import { t } from '../words';

// The pain cycle as a loop: where it starts (the spine wearing) in the middle, then the steps
// around a ring that leads back to its own start. Every step is a button that jumps to it.

const START = CYCLE_STAGES[0];
const RING = CYCLE_STAGES.filter((s) => s.part === 'cycle').slice(1);
// Item centres sit on this circle (in % of the square). Items are 26.5% wide (styles.css): the
// rightmost stays inside the square, off the panel's edge, and the two at the bottom keep apart.
const RADIUS = 36;
// Half an item's box, plus a little air, in the same units: arcs start and end clear of the boxes,
// so every arrowhead shows.
const HALF_WIDTH = 14.75;
const HALF_HEIGHT = 8.5;

// Where each item sits, in degrees clockwise from the top. Seven items are spread a little wider at
// the top and bottom, where two boxes stand side by side, so every arc between them shows.
const SEVEN = [0, 56, 102, 149, 211, 258, 304];
const angleOf = (k: number) =>
  -90 +
  (RING.length === SEVEN.length ? (SEVEN[k % 7] ?? 0) + 360 * Math.floor(k / 7) : (k * 360) / RING.length);
const point = (degrees: number, r = RADIUS) => {
  const a = (degrees * Math.PI) / 180;
  return { x: 50 + r * Math.cos(a), y: 50 + r * Math.sin(a) };
};

/** The first angle, going from an item's centre along the circle, that is outside its box. */
function clearOf(centre: number, direction: 1 | -1): number {
  const c = point(centre);
  for (let d = 0; d < 45; d += 0.5) {
    const p = point(centre + direction * d);
    if (Math.abs(p.x - c.x) > HALF_WIDTH || Math.abs(p.y - c.y) > HALF_HEIGHT) return centre + direction * d;
  }
  return centre + direction * 17;
}

function arcs(): string[] {
  return RING.map((_, k) => {
    const from = point(clearOf(angleOf(k), 1));
    const to = point(clearOf(angleOf(k + 1), -1));
    return `M ${from.x.toFixed(2)} ${from.y.toFixed(2)} A ${RADIUS} ${RADIUS} 0 0 1 ${to.x.toFixed(2)} ${to.y.toFixed(2)}`;
  });
}
const ARCS = arcs();

function StepButton({
  id,
  number,
  label,
  current,
}: {
  id: CycleStageId;
  number: number;
  label: string;
  current: boolean;
}) {
  const setCycleStage = useAppStore((s) => s.setCycleStage);
  return (
    <button
      type="button"
      className="loop-step"
      aria-current={current ? 'step' : undefined}
      onClick={() => setCycleStage(id)}
    >
      <span className="loop-number" aria-hidden="true">
        {number}
      </span>
      <span className="visually-hidden">{t('cycle.stepNumber', { number })}</span>
      {label}
    </button>
  );
}

export function LoopDiagram({ current }: { current: CycleStageId }) {
  return (
    <nav className="loop-nav" aria-labelledby="loop-heading">
      <h2 id="loop-heading">{t('cycle.part.cycle')}</h2>
      <div className="loop">
        <svg className="loop-ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <defs>
            <marker
              id="loop-arrow"
              viewBox="0 0 10 10"
              refX="6"
              refY="5"
              markerWidth="4"
              markerHeight="4"
              orient="auto"
            >
              <path d="M0 0 10 5 0 10z" fill="currentColor" />
            </marker>
          </defs>
          {ARCS.map((d) => (
            <path key={d} d={d} className="loop-arc" markerEnd="url(#loop-arrow)" />
          ))}
          <path d="M 50 41 L 50 24" className="loop-arc loop-arc-start" markerEnd="url(#loop-arrow)" />
        </svg>
        <ol className="loop-steps">
          {START && (
            <li className="loop-item loop-item-start" style={{ '--x': '50%', '--y': '56%' } as CSSProperties}>
              <span className="loop-start-note" aria-hidden="true">
                {t('cycle.startsHere')}
              </span>
              <StepButton id={START.id} number={1} label={START.label} current={current === START.id} />
            </li>
          )}
          {RING.map((stage, k) => {
            const p = point(angleOf(k));
            return (
              <li
                key={stage.id}
                className="loop-item"
                style={{ '--x': `${p.x}%`, '--y': `${p.y}%` } as CSSProperties}
              >
                <StepButton id={stage.id} number={k + 2} label={stage.label} current={current === stage.id} />
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
