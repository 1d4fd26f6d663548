import { conditionsForRegion, content, type Region } from '../content';
import { t } from '../i18n/t';
import { useAppStore } from '../state/store';
import { ConditionButton } from './ConditionButton';

export function RegionView({ region }: { region: Region }) {
  const selectRegion = useAppStore((s) => s.selectRegion);
  const conditions = conditionsForRegion(region.id);

  return (
    <div className="view">
      <button type="button" className="back-link" onClick={() => selectRegion(null)}>
        ← {t('region.all')}
      </button>
      <h1 tabIndex={-1}>{region.name}</h1>
      {region.description && <p>{region.description}</p>}
      {conditions.length > 0 ? (
        <>
          <h2>{t('region.conditions')}</h2>
          <ul className="condition-list">
            {conditions.map((condition) => (
              <li key={condition.id}>
                <ConditionButton condition={condition} showSummary />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="kind-note">{content.general.noConditionHere}</p>
      )}
    </div>
  );
}
