import { getCondition, type Statement } from '../../content';
import type { MuscleId } from '../../content/anatomy/types';
import { DERMATOME_NOTE, type LevelInfo } from '../../content/segments';
import { useAppStore } from '../../state/store';
import { PartButton } from '../anatomy/PartButton';
import { partInfo } from '../anatomy/partInfo';
import { SourceList } from '../SourceList';
import { focusSegmentHeading } from './focus';
import { PartChipList } from './parts';

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
    <ul className="part-chips" aria-label={`The bone and the nerve root at ${info.level}`}>
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
      <h2>The skin it serves</h2>
      {info.dermatome ? (
        <>
          <p className="dermatome-key">
            <span className="dermatome-swatch" aria-hidden="true" />
            <span>Painted in blue on the body</span>
          </p>
          <p>{info.dermatome.text}</p>
          <p className="muted">{DERMATOME_NOTE.text}</p>
        </>
      ) : (
        <p>{level} serves no skin. Its nerves go to the small muscles at the top of the neck.</p>
      )}

      <h2>The muscles it supplies</h2>
      {info.keyMuscle && <p>{info.keyMuscle.text}</p>}
      <p>In this app, these muscles get nerves from {level} (with other levels too):</p>
      <PartChipList label={`Muscles supplied by ${level}`} layer="muscles" ids={info.myotome} />

      <h2>Where the needle goes</h2>
      <p className="needle-legend">
        <span className="legend-shape legend-ims" aria-hidden="true" /> Beside the spine at {level}, on both
        sides: in the small deep muscles there.
      </p>
      <PartChipList
        label={`Muscles beside the spine at ${level}`}
        layer="muscles"
        ids={[multifidusOf(level)]}
      />
      <p>IMS needles here when a tight muscle gets its nerves from {level}.</p>

      <h2>Conditions in this app that involve {level}</h2>
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
                <span className="condition-summary">See its spinal levels</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kind-note">None of the conditions in this app involves {level}.</p>
      )}

      <h2>Sources</h2>
      <SourceList statements={statements} />
    </>
  );
}
