import { getCondition, getRegion } from '../content';
import { useAppStore } from '../state/store';
import { ConditionView } from './ConditionView';
import { Disclaimer } from './Disclaimer';
import { HomeView } from './HomeView';
import { RegionView } from './RegionView';
import { SearchBox } from './SearchBox';

/** The side panel (a sheet under the body on phones): search, then what is selected. */
export function Panel() {
  const regionId = useAppStore((s) => s.regionId);
  const conditionId = useAppStore((s) => s.conditionId);
  const condition = conditionId ? getCondition(conditionId) : undefined;
  const region = regionId ? getRegion(regionId) : undefined;

  return (
    <aside id="panel" className="panel" aria-label="Information" tabIndex={-1}>
      <SearchBox />
      <div className="panel-body">
        {condition ? (
          <ConditionView condition={condition} fromRegion={region} />
        ) : region ? (
          <RegionView region={region} />
        ) : (
          <HomeView />
        )}
      </div>
      <Disclaimer />
    </aside>
  );
}
