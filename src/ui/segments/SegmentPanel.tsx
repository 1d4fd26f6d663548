import { type ReactNode, useEffect } from 'react';
import { getCondition, getRegion } from '../../content';
import { levelWords } from '../../content/anatomy';
import { GUNN_IDEA, levelInfo, levelList, type SpinalLevel, segmentsFor } from '../../content/segments';
import { useAppStore } from '../../state/store';
import { SourceList } from '../SourceList';
import { ChartOverlay } from './ChartOverlay';
import { ConditionLevels, GunnIdea } from './ConditionLevels';
import { focusSegmentHeading } from './focus';
import { LevelDetails, LevelParts } from './LevelDetails';
import { LevelPicker, spinePartOf } from './LevelPicker';
import './segments.css';

/** A condition's levels as ranges ("C5–C8"; "" for the jaw), for the condition view's section. */
export const levelsLine = (conditionId: string) => segmentsFor(conditionId)?.rangeLabel ?? '';

/** What is read out when the view opens or the level changes (from the picker, the body or a link). */
function announcement(conditionId: string | null, level: SpinalLevel | null): string {
  if (level) {
    const skin = levelInfo(level).dermatome
      ? 'Its skin is painted in blue on the body.'
      : 'It serves no skin.';
    return `Level ${level} chosen: ${levelWords(level)}. ${skin}`;
  }
  const condition = conditionId ? getCondition(conditionId) : undefined;
  const segments = conditionId ? segmentsFor(conditionId) : undefined;
  if (!condition || !segments)
    return 'The spinal levels. Choose a level to see the skin and the muscles it serves.';
  if (segments.levels.length === 0)
    return `${condition.name}: its nerve comes from the brain, not the spine. The jaw branch of the trigeminal nerve is lit.`;
  return `${condition.name}: spinal levels ${levelList(segments.levels)}. They glow on the spine, with the nerves to the muscles and the needle sites.`;
}

/**
 * The segmental view's panel (its own chunk): a condition's spinal levels, one level, or the level
 * picker alone. The 3D side follows the same store fields (scene/segments).
 */
export default function SegmentPanel({ cycleLinks }: { cycleLinks: ReactNode }) {
  const segments = useAppStore((s) => s.segments);
  const regionId = useAppStore((s) => s.regionId);
  const chooseLevel = useAppStore((s) => s.chooseLevel);
  const leaveSegments = useAppStore((s) => s.leaveSegments);
  const announce = useAppStore((s) => s.announce);
  const conditionId = segments?.conditionId ?? null;
  const level = segments?.level ?? null;

  useEffect(() => {
    announce(announcement(conditionId, level));
  }, [announce, conditionId, level]);

  if (!segments) return null;
  const condition = conditionId ? getCondition(conditionId) : undefined;
  const conditionSegments = conditionId ? segmentsFor(conditionId) : undefined;
  const marked = conditionSegments?.levels ?? [];
  const region = regionId ? getRegion(regionId) : undefined;

  const picker = (
    <LevelPicker
      chosen={level}
      marked={marked}
      markedLabel={condition ? `the levels of ${condition.name}` : ''}
      onChoose={chooseLevel}
    />
  );

  if (level) {
    const info = levelInfo(level);
    return (
      <article className="view segment-view" aria-labelledby="segment-heading" data-level={level}>
        <button
          type="button"
          className="back-link"
          onClick={() => {
            chooseLevel(null);
            focusSegmentHeading();
          }}
        >
          ← {condition ? `Back to the levels of ${condition.name}` : 'All spinal levels'}
        </button>
        <p className="part-kind">Spinal level · {spinePartOf(level)}</p>
        <h1 id="segment-heading" tabIndex={-1}>
          {info.title}
        </h1>
        <p className="segment-lead">
          <strong>Its nerve root.</strong> {info.exit}
        </p>
        <LevelParts info={info} />
        <ChartOverlay />
        {picker}
        <LevelDetails info={info} />
      </article>
    );
  }

  const leaveLabel = condition?.name ?? region?.name;
  return (
    <article className="view segment-view" aria-labelledby="segment-heading">
      <button type="button" className="back-link" onClick={leaveSegments}>
        ← {leaveLabel ? `Back to ${leaveLabel}` : 'Back to the start'}
      </button>
      <p className="part-kind">Spinal levels</p>
      <h1 id="segment-heading" tabIndex={-1}>
        {condition ? `${condition.name}: the spinal levels` : 'The spinal levels'}
      </h1>
      <ChartOverlay />
      {condition && conditionSegments ? (
        <>
          <p className="segment-levels-line">
            {conditionSegments.levels.length > 0 ? (
              <>
                <span className="visually-hidden">The levels: </span>
                {levelList(conditionSegments.levels)}
              </>
            ) : (
              'No spinal level: a nerve from the brain'
            )}
          </p>
          <ConditionLevels
            condition={condition}
            segments={conditionSegments}
            picker={picker}
            cycleLinks={cycleLinks}
          />
        </>
      ) : (
        <>
          <p className="segment-lead">
            A pair of nerve roots leaves the spine at each level. Each root serves a band of skin and some
            muscles. Choose a level to see them on the body.
          </p>
          {picker}
          <GunnIdea />
          <h2>Sources</h2>
          <SourceList statements={[GUNN_IDEA]} />
        </>
      )}
    </article>
  );
}
