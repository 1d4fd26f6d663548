import { getCondition, getRegion, type Statement } from '../../content';
import {
  BODY_GROUPS,
  conditionsForMuscle,
  getMuscle,
  type MuscleInfo,
  type NerveInfo,
  nervesForMuscle,
  REFERRAL_NOTE as REFERRAL_STATEMENT,
  type Referral,
  type RootRange,
  rootWords,
} from '../../content/anatomy';
import { levelOfBone, type SpinalLevel } from '../../content/segments';
import { type PartRef, partKey, samePart } from '../../state/anatomySlice';
import { useAppStore } from '../../state/store';
import { ConditionButton } from '../ConditionButton';
import { SourceList } from '../SourceList';
import { PartChips } from './PartButton';
import { partInfo } from './partInfo';
import { t } from './words';

/** "Nerves from about C5–C6, the fifth and sixth levels of the neck." */
function rootsSentence(roots: RootRange | null): string {
  return roots ? t('anatomy.roots', { roots: rootWords(roots) }) : t('anatomy.noRoots');
}

/** Isolate (fade everything else), Hide (to see what lies beneath) and Show all. */
function PartActions({ part, name }: { part: PartRef; name: string }) {
  const isolated = useAppStore((s) => s.isolated && samePart(s.part, part));
  const hidden = useAppStore((s) => s.hiddenParts.includes(partKey(part)));
  const anyChanged = useAppStore((s) => s.isolated || s.hiddenParts.length > 0);
  const setIsolated = useAppStore((s) => s.setIsolated);
  const hidePart = useAppStore((s) => s.hidePart);
  const showPart = useAppStore((s) => s.showPart);
  const showAllParts = useAppStore((s) => s.showAllParts);
  const announce = useAppStore((s) => s.announce);
  return (
    <div className="part-actions" role="toolbar" aria-label={t('anatomy.actions', { name })}>
      <button
        type="button"
        className="tool-button"
        aria-pressed={isolated}
        onClick={() => {
          if (hidden) showPart(part);
          setIsolated(!isolated);
          announce(isolated ? t('anatomy.said.allShown') : t('anatomy.said.isolated', { name }));
        }}
      >
        {t('anatomy.isolate')}
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={hidden}
        onClick={() => {
          if (hidden) showPart(part);
          else hidePart(part);
          announce(hidden ? t('anatomy.said.shownAgain', { name }) : t('anatomy.said.hidden', { name }));
        }}
      >
        {t('anatomy.hide')}
      </button>
      <button
        type="button"
        className="tool-button"
        aria-disabled={!anyChanged}
        onClick={() => {
          if (!anyChanged) return;
          showAllParts();
          announce(t('anatomy.said.allShown'));
        }}
      >
        {t('anatomy.showAll')}
      </button>
    </div>
  );
}

function ReferralSection({ referral }: { referral: Referral }) {
  return (
    <section className="referral" aria-labelledby="referral-heading">
      <h2 id="referral-heading">{t('anatomy.referral.heading')}</h2>
      <p>{t('anatomy.referral.intro')}</p>
      <ul className="referral-zones">
        <li>
          <span className="referral-swatch referral-main" aria-hidden="true" />
          <span>
            <strong>{t('anatomy.referral.mostOften')}</strong>{' '}
            {t('anatomy.referral.strong', { where: referral.main })}
          </span>
        </li>
        <li>
          <span className="referral-swatch referral-spill" aria-hidden="true" />
          <span>
            <strong>{t('anatomy.referral.sometimes')}</strong>{' '}
            {t('anatomy.referral.faint', { where: referral.spill })}
          </span>
        </li>
      </ul>
      {/* The content's fuller note (REFERRAL_STATEMENT) says the same at more length; its sources are listed. */}
      <p className="referral-note">{t('anatomy.referralNote')}</p>
    </section>
  );
}

function MuscleDetails({ muscle }: { muscle: MuscleInfo }) {
  const conditions = conditionsForMuscle(muscle.id);
  const nerves = nervesForMuscle(muscle.id).filter((n) => !n.id.startsWith('root-'));
  return (
    <>
      <h2>{t('anatomy.does')}</h2>
      <p>{muscle.does.text}</p>
      {muscle.deep && <p className="muted">{t('anatomy.deep')}</p>}
      <h2>{t('anatomy.itsNerves')}</h2>
      <p>{muscle.nerve}.</p>
      <p className="roots">{rootsSentence(muscle.roots)}</p>
      {nerves.length > 0 && <PartChips label={t('anatomy.nervesSupply')} parts={nerves} layer="nerves" />}
      {muscle.referral && <ReferralSection referral={muscle.referral} />}
      <h2>{t('anatomy.conditions')}</h2>
      {conditions.length > 0 ? (
        <ul className="condition-list">
          {conditions.map((c) => (
            <li key={c.id}>
              <ConditionButton condition={c} showSummary />
            </li>
          ))}
        </ul>
      ) : (
        <p className="kind-note">{t('anatomy.noConditions')}</p>
      )}
    </>
  );
}

function NerveDetails({ nerve }: { nerve: NerveInfo }) {
  const muscles = nerve.muscles.map((id) => getMuscle(id)).filter((m): m is MuscleInfo => m !== undefined);
  return (
    <>
      <h2>{t('anatomy.runs')}</h2>
      <p>{nerve.about.text}</p>
      <p className="roots">{rootsSentence(nerve.roots)}</p>
      {muscles.length > 0 && (
        <>
          <h2>{t('anatomy.musclesSupplied')}</h2>
          <PartChips label={t('anatomy.musclesSupplied')} parts={muscles} layer="muscles" />
        </>
      )}
    </>
  );
}

/**
 * Where "back" goes: the spinal levels (or the level) it was chosen from, the condition or body
 * area underneath, or the lists on the start page.
 */
function useBackLabel(): string {
  const conditionId = useAppStore((s) => s.conditionId);
  const regionId = useAppStore((s) => s.regionId);
  const segments = useAppStore((s) => s.segments);
  if (segments)
    return segments.level ? t('anatomy.backToLevel', { level: segments.level }) : t('anatomy.backToLevels');
  const under = conditionId ? getCondition(conditionId) : regionId ? getRegion(regionId) : undefined;
  return under ? t('anatomy.backTo', { name: under.name }) : t('anatomy.allParts');
}

/** A vertebra's (or the sacrum's) way to its level in the segmental view. */
function ShowLevelButton({ level }: { level: SpinalLevel }) {
  const chooseLevel = useAppStore((s) => s.chooseLevel);
  return (
    <p className="show-level">
      <button type="button" className="tool-button show-level-button" onClick={() => chooseLevel(level)}>
        {t('anatomy.showLevel', { level })}
      </button>
      <span className="muted">{t('anatomy.showLevelHint')}</span>
    </p>
  );
}

/** The view of one muscle, bone or nerve: what it is, what it does, its nerves and conditions. */
export default function PartView({ part }: { part: PartRef }) {
  const choosePart = useAppStore((s) => s.choosePart);
  const backLabel = useBackLabel();
  const found = partInfo(part);
  if (!found) return null;
  const { info } = found;
  const group = BODY_GROUPS.find((g) => g.id === info.group)?.name;
  const statements: Statement[] = [found.layer === 'muscles' ? found.info.does : found.info.about];
  if (found.layer === 'muscles' && found.info.referral) statements.push(REFERRAL_STATEMENT);
  const extraIds =
    found.layer === 'muscles' ? [...found.info.nerveSources, ...(found.info.referral?.sources ?? [])] : [];
  const kind = t(`anatomy.kind.${part.layer}`);
  const level = part.layer === 'skeleton' ? levelOfBone(part.id) : null;

  return (
    <article className="view part-view" aria-labelledby="part-heading" data-part={partKey(part)}>
      <button type="button" className="back-link" onClick={() => choosePart(null)}>
        ← {backLabel}
      </button>
      <p className="part-kind">
        {kind}
        {group ? ` · ${group}` : ''}
      </p>
      <h1 id="part-heading" tabIndex={-1}>
        {info.name}
      </h1>
      {info.plainName !== info.name && <p className="other-names">{info.plainName}</p>}
      <PartActions part={part} name={info.name} />
      {found.layer === 'muscles' && <MuscleDetails muscle={found.info} />}
      {found.layer === 'nerves' && <NerveDetails nerve={found.info} />}
      {found.layer === 'skeleton' && (
        <>
          <h2>{t('anatomy.about')}</h2>
          <p>{found.info.about.text}</p>
          {level && <ShowLevelButton level={level} />}
        </>
      )}
      <h2>{t('anatomy.sources')}</h2>
      <SourceList statements={statements} extraIds={extraIds} />
    </article>
  );
}
