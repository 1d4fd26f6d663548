import type { Condition } from '../../content';
import { MUSCLE_SITE_NAMES, type MuscleSiteId } from '../../content/imsSites';
import { type ConditionSegments, GUNN_IDEA, SPINAL_LEVELS, type SpinalLevel } from '../../content/segments';
import { useAppStore } from '../../state/store';
import { SourceList } from '../SourceList';
import { StatementList } from '../StatementList';
import { PartChipList } from './parts';
import { SiteButton } from './SiteButton';
import { t } from './words';

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
            <strong>{t('segments.fromSpine')}</strong> {t('segments.fromSpineText', { range: rangeLabel })}
          </p>
        ) : (
          <p>
            <strong>{t('segments.fromBrain')}</strong> {t('segments.fromBrainText')}
          </p>
        )}
        {fromSpine && roots.length <= MAX_ROOT_BUTTONS && (
          <PartChipList label={t('segments.rootsOf', { name })} layer="nerves" ids={roots} />
        )}
      </Step>
      <Step number={2}>
        <p>
          {fromSpine ? (
            <>
              <strong>{t('segments.alongNerves')}</strong> {t('segments.alongNervesText')}
            </>
          ) : (
            <>
              <strong>{t('segments.alongNerve')}</strong> {t('segments.alongNerveText')}
            </>
          )}
        </p>
        <PartChipList label={t('segments.nervesOf', { name })} layer="nerves" ids={nerves} />
      </Step>
      <Step number={3}>
        <p>
          <strong>{t('segments.toMuscles')}</strong> {t('segments.toMusclesText')}
        </p>
        <PartChipList label={t('segments.musclesOf', { name })} layer="muscles" ids={muscles} />
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
        <span className="legend-shape legend-ims" aria-hidden="true" /> {t('segments.needleLegend')}
      </p>
      <h3>{t('segments.inMuscles')}</h3>
      <ul className="needle-sites" aria-label={t('segments.sitesInMuscles', { name })}>
        {inMuscles.map((id) => (
          <li key={id}>
            <SiteButton id={id} className="needle-site">
              <span className="legend-shape legend-ims" aria-hidden="true" />
              {MUSCLE_SITE_NAMES[id]}
            </SiteButton>
          </li>
        ))}
      </ul>
      <h3>{t('segments.besideSpine')}</h3>
      {besideSpine.length > 0 ? (
        <>
          <p>{t('segments.besideSpineText')}</p>
          <ul className="needle-levels" aria-label={t('segments.sitesBesideSpine', { name })}>
            {besideSpine.map((level) => (
              <li key={level}>
                <SiteButton id={`paraspinal-${level}`} className="needle-level">
                  <span className="visually-hidden">{t('segments.besideSpineAt')} </span>
                  {level}
                </SiteButton>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('segments.noneJaw')}</p>
      )}
    </>
  );
}

/** The Gunn model's idea, said as proposed (its source is listed with the view's sources). */
export function GunnIdea() {
  return (
    <div className="gunn-idea">
      <p className="gunn-idea-title">{t('segments.whySpine')}</p>
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

      <h2>{t('segments.howNervesRun')}</h2>
      <NerveCourse segments={segments} name={name} />

      <h2>{t('segments.whereNeedles')}</h2>
      <NeedleSites segments={segments} name={name} />

      <h2>{t('segments.oneLevel')}</h2>
      {picker}

      <h2>{t('segments.seeAlso')}</h2>
      <ul className="segment-links">
        <li>
          <button type="button" className="compare-toggle" onClick={() => setCompare(true)}>
            {t('segments.compare')}
          </button>
        </li>
        {cycleLinks}
      </ul>

      <h2>{t('segments.sources')}</h2>
      <SourceList statements={[...segments.words, GUNN_IDEA]} />
    </>
  );
}
