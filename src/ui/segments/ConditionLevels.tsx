import type { Condition } from '../../content';
import { MUSCLE_SITE_NAMES, type MuscleSiteId } from '../../content/imsSites';
import { type ConditionSegments, GUNN_IDEA, SPINAL_LEVELS, type SpinalLevel } from '../../content/segments';
import { useAppStore } from '../../state/store';
import { SourceList } from '../SourceList';
import { StatementList } from '../StatementList';
import { PartChipList } from './parts';
import { SiteButton } from './SiteButton';

/** Root buttons are listed up to this many; the whole spine (back pain) is said in words. */
const MAX_ROOT_BUTTONS = 8;

const isMuscleSite = (id: string): id is MuscleSiteId => id in MUSCLE_SITE_NAMES;
const paraspinalLevel = (id: string) =>
  SPINAL_LEVELS.find((level) => id === `paraspinal-${level}`) as SpinalLevel | undefined;

function Step({ number, children }: { number: number; children: React.ReactNode }) {
  return (
    <li>
      <span className="nerve-step" aria-hidden="true">
        {number}
      </span>
      <div>{children}</div>
    </li>
  );
}

/** Roots → nerves → muscles, as three numbered steps; for the jaw, the nerve from the brain. */
function NerveCourse({ segments, name }: { segments: ConditionSegments; name: string }) {
  const { levels, rangeLabel, roots, nerves, muscles } = segments;
  const fromSpine = levels.length > 0;
  return (
    <ol className="nerve-course">
      <Step number={1}>
        {fromSpine ? (
          <p>
            <strong>From the spine.</strong> The nerve roots at {rangeLabel} leave the spine, one on each
            side.
          </p>
        ) : (
          <p>
            <strong>From the brain.</strong> The jaw branch (V3) of the trigeminal nerve comes from the brain,
            not the spine.
          </p>
        )}
        {fromSpine && roots.length <= MAX_ROOT_BUTTONS && (
          <PartChipList label={`Nerve roots of ${name}`} layer="nerves" ids={roots} />
        )}
      </Step>
      <Step number={2}>
        <p>
          {fromSpine ? (
            <>
              <strong>Along the nerves.</strong> The roots join to make the nerves that run to the muscles.
            </>
          ) : (
            <>
              <strong>Along the nerve.</strong> It runs down to the chewing muscles.
            </>
          )}
        </p>
        <PartChipList label={`Nerves of ${name}`} layer="nerves" ids={nerves} />
      </Step>
      <Step number={3}>
        <p>
          <strong>To the muscles.</strong> The nerves reach the muscles lit on the body.
        </p>
        <PartChipList label={`Muscles of ${name}`} layer="muscles" ids={muscles} />
      </Step>
    </ol>
  );
}

/** The needle sites: the orange diamonds on the body, in the muscles and beside the spine. */
function NeedleSites({ segments, name }: { segments: ConditionSegments; name: string }) {
  const inMuscles = segments.needleSites.filter(isMuscleSite);
  const besideSpine = segments.needleSites.flatMap((id) => paraspinalLevel(id) ?? []);
  return (
    <>
      <p className="needle-legend">
        <span className="legend-shape legend-ims" aria-hidden="true" /> The orange marks on the body show
        where IMS needles. Point at or press a place in this list to see its name on the body.
      </p>
      <h3>In the tight muscles</h3>
      <ul className="needle-sites" aria-label={`Needle sites in the muscles of ${name}`}>
        {inMuscles.map((id) => (
          <li key={id}>
            <SiteButton id={id} className="needle-site">
              <span className="legend-shape legend-ims" aria-hidden="true" />
              {MUSCLE_SITE_NAMES[id]}
            </SiteButton>
          </li>
        ))}
      </ul>
      <h3>Beside the spine</h3>
      {besideSpine.length > 0 ? (
        <>
          <p>In the small muscles next to the spine, at each of these levels, on both sides:</p>
          <ul className="needle-levels" aria-label={`Needle sites beside the spine for ${name}`}>
            {besideSpine.map((level) => (
              <li key={level}>
                <SiteButton id={`paraspinal-${level}`} className="needle-level">
                  <span className="visually-hidden">Beside the spine at </span>
                  {level}
                </SiteButton>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>None: the jaw has no spinal level.</p>
      )}
    </>
  );
}

/** The Gunn model's idea, said as proposed (its source is listed with the view's sources). */
export function GunnIdea() {
  return (
    <div className="gunn-idea">
      <p className="gunn-idea-title">Why IMS looks at the spine</p>
      <p>{GUNN_IDEA.text}</p>
    </div>
  );
}

/** What a condition's levels view shows below its heading and the level picker's place. */
export function ConditionLevels({
  condition,
  segments,
  picker,
  cycleLinks,
}: {
  condition: Condition;
  segments: ConditionSegments;
  picker: React.ReactNode;
  /** The pain cycle's steps about the root and the muscle (list items), from LazySegments. */
  cycleLinks: React.ReactNode;
}) {
  const setCompare = useAppStore((s) => s.setCompare);
  const name = condition.name;
  return (
    <>
      <StatementList statements={segments.words} />
      <GunnIdea />

      <h2>How the nerves run</h2>
      <NerveCourse segments={segments} name={name} />

      <h2>Where the needles go</h2>
      <NeedleSites segments={segments} name={name} />

      <h2>One level at a time</h2>
      {picker}

      <h2>See also</h2>
      <ul className="segment-links">
        <li>
          <button type="button" className="compare-toggle" onClick={() => setCompare(true)}>
            Compare with acupuncture
          </button>
        </li>
        {cycleLinks}
      </ul>

      <h2>Sources</h2>
      <SourceList statements={[...segments.words, GUNN_IDEA]} />
    </>
  );
}
