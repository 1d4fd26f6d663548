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
import { t } from './words';

/** A condition's levels as ranges ("C5–C8"; "" for the jaw), for the condition view's section. */
export const levelsLine = (conditionId: string) => segmentsFor(conditionId)?.rangeLabel ?? '';

/** What is read out when the view opens or the level changes (from the picker, the body or a link). */
function announcement(conditionId: string | null, level: SpinalLevel | null): string {
  if (level) {
    const skin = levelInfo(level).dermatome ? t('segments.sayPainted') : t('segments.sayNoSkin');
    return t('segments.sayLevel', { level, words: levelWords(level), skin });
  }
  const condition = conditionId ? getCondition(conditionId) : undefined;
  const segments = conditionId ? segmentsFor(conditionId) : undefined;
  if (!condition || !segments) return t('segments.sayPicker');
  if (segments.levels.length === 0) return t('segments.sayJaw', { name: condition.name });
  return t('segments.sayLevels', { name: condition.name, levels: levelList(segments.levels) });
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
      markedLabel={condition ? t('segments.levelsOf', { name: condition.name }) : ''}
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
          ← {condition ? t('segments.backToLevels', { name: condition.name }) : t('segments.allLevels')}
        </button>
        <p className="part-kind">{t('segments.kindLevel', { part: spinePartOf(level) })}</p>
        <h1 id="segment-heading" tabIndex={-1}>
          {info.title}
        </h1>
        <p className="segment-lead">
          <strong>{t('segments.itsRoot')}</strong> {info.exit}
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
        ← {leaveLabel ? t('segments.backTo', { name: leaveLabel }) : t('segments.backToStart')}
      </button>
      <p className="part-kind">{t('segments.kindLevels')}</p>
      <h1 id="segment-heading" tabIndex={-1}>
        {condition ? t('segments.titleOf', { name: condition.name }) : t('segments.title')}
      </h1>
      <ChartOverlay />
      {condition && conditionSegments ? (
        <>
          <p className="segment-levels-line">
            {conditionSegments.levels.length > 0 ? (
              <>
                <span className="visually-hidden">{t('segments.theLevels')} </span>
                {levelList(conditionSegments.levels)}
              </>
            ) : (
              t('segments.noLevel')
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
          <p className="segment-lead">{t('segments.lead')}</p>
          {picker}
          <GunnIdea />
          <h2>{t('segments.sources')}</h2>
          <SourceList statements={[GUNN_IDEA]} />
        </>
      )}
    </article>
  );
}
