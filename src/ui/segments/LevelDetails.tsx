import { getCondition, type Statement } from '../../content';
import type { MuscleId } from '../../content/anatomy/types';
import { DERMATOME_NOTE, type LevelInfo } from '../../content/segments';
import { useAppStore } from '../../state/store';
import { PartButton } from '../anatomy/PartButton';
import { partInfo } from '../anatomy/partInfo';
import { SourceList } from '../SourceList';
import { focusSegmentHeading } from './focus';
import { PartChipList } from './parts';
import { t } from './words';

/** The small muscles beside the spine at a level: where the needle goes there. */
const multifidusOf = (level: string): MuscleId =>
  level.startsWith('C')
    ? 'multifidus-neck'
    : level.startsWith('T')
      ? 'multifidus-thoracic'
      : 'multifidus-lumbar';

/** The level's bone (none for C8) and its nerve root, as part buttons. */
export function LevelParts({ info }: { info: LevelInfo }) {
  const parts = [
    info.vertebra ? { layer: 'skeleton' as const, id: info.vertebra } : null,
    { layer: 'nerves' as const, id: `root-${info.level}` },
  ].flatMap((part) => {
    const name = part && partInfo(part)?.info.name;
    return part && name ? [{ part, name }] : [];
  });
  return (
    <ul className="part-chips" aria-label={t('segments.boneAndRoot', { level: info.level })}>
      {parts.map(({ part, name }) => (
        <li key={part.id}>
          <PartButton part={part} name={name} />
        </li>
      ))}
    </ul>
  );
}

/** A level's skin, muscles, needle site and conditions: below its heading and the picker. */
export function LevelDetails({ info }: { info: LevelInfo }) {
  const showLevels = useAppStore((s) => s.showLevels);
  const { level } = info;
  const conditions = info.conditionIds.flatMap((id) => getCondition(id) ?? []);
  const statements = [info.dermatome, info.keyMuscle, info.dermatome ? DERMATOME_NOTE : null].filter(
    (s): s is Statement => s !== null,
  );
  return (
    <>
      <h2>{t('segments.skin')}</h2>
      {info.dermatome ? (
        <>
          <p className="dermatome-key">
            <span className="dermatome-swatch" aria-hidden="true" />
            <span>{t('segments.paintedBlue')}</span>
          </p>
          <p>{info.dermatome.text}</p>
          <p className="muted">{DERMATOME_NOTE.text}</p>
        </>
      ) : (
        <p>{t('segments.noSkin', { level })}</p>
      )}

      <h2>{t('segments.musclesSupplied')}</h2>
      {info.keyMuscle && <p>{info.keyMuscle.text}</p>}
      <p>{t('segments.inThisApp', { level })}</p>
      <PartChipList label={t('segments.musclesBy', { level })} layer="muscles" ids={info.myotome} />

      <h2>{t('segments.whereNeedle')}</h2>
      <p className="needle-legend">
        <span className="legend-shape legend-ims" aria-hidden="true" /> {t('segments.besideAt', { level })}
      </p>
      <PartChipList
        label={t('segments.musclesBeside', { level })}
        layer="muscles"
        ids={[multifidusOf(level)]}
      />
      <p>{t('segments.needlesHere', { level })}</p>

      <h2>{t('segments.conditionsAt', { level })}</h2>
      {conditions.length > 0 ? (
        <ul className="condition-list">
          {conditions.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="condition-button"
                data-condition={c.id}
                onClick={() => {
                  showLevels(c.id);
                  focusSegmentHeading();
                }}
              >
                <span className="condition-name">{c.name}</span>
                <span className="condition-summary">{t('segments.seeLevels')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kind-note">{t('segments.noConditions', { level })}</p>
      )}

      <h2>{t('segments.sources')}</h2>
      <SourceList statements={statements} />
    </>
  );
}
