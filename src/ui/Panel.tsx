import { useEffect, useRef } from 'react';
import { keepChartLater } from '../consult/chart/keepChartLater';
import { LazyVisitView, TakeHomeEntry, TakeHomeView } from '../consult/takehome/LazyTakeHome';
import { getCondition, getQuestion, getRegion } from '../content';
import { COMPARISON_PAGE_ID, isQuestionId } from '../content/pageIds';
import { t } from '../i18n/t';
import { useAppStore } from '../state/store';
import { LazyPartView } from './anatomy/LazyAnatomy';
import { ConditionView } from './ConditionView';
import { Disclaimer } from './Disclaimer';
import { HomeView } from './HomeView';
import { LoadPlace } from './LoadFailed';
import { lazyWithRetry } from './lazyWithRetry';
import { QuestionView } from './QuestionView';
import { RegionView } from './RegionView';
import { SearchBox } from './SearchBox';
import { SeeDoctorView } from './SeeDoctorView';
import { SideEffectsView } from './SideEffectsView';
import { LazySegmentPanel } from './segments/LazySegments';

// The comparison page (its table and words) is its own chunk, loaded when it is opened.
const ComparisonView = lazyWithRetry(() => import('./ComparisonView'));
// The pain chart's panel (the 2D twin of the marks on the body): its own chunk too.
const ChartPanel = lazyWithRetry(() => import('../consult/chart/ChartPanel'));

/** The side panel (a sheet under the body on phones): search, then what is selected. */
export function Panel() {
  const regionId = useAppStore((s) => s.regionId);
  const conditionId = useAppStore((s) => s.conditionId);
  const page = useAppStore((s) => s.page);
  const chartOpen = useAppStore((s) => s.chartOpen);
  // A muscle, bone or nerve opens over the condition or area it was chosen from.
  const part = useAppStore((s) => s.part);
  // The segmental view opens over its condition. Choosing another level keeps the view (and the
  // focus in the level picker); another condition's levels is a new view.
  const segmentsOf = useAppStore((s) => (s.segments ? (s.segments.conditionId ?? '') : null));
  const condition = conditionId ? getCondition(conditionId) : undefined;
  const region = regionId ? getRegion(regionId) : undefined;
  const question = isQuestionId(page) ? getQuestion(page) : undefined;
  // The take-home link and QR code open over any view; a visit's page takes the start page's place.
  const takeHomeOpen = useAppStore((s) => s.takeHomeOpen);
  const visitOpen = useAppStore((s) => s.visit !== null);
  const viewKey = takeHomeOpen
    ? 'take-home'
    : chartOpen
      ? 'chart'
      : page
        ? `page:${page}`
        : part
          ? `part:${part.layer}:${part.id}`
          : segmentsOf !== null
            ? `segments:${segmentsOf}`
            : condition
              ? `condition:${condition.id}`
              : region
                ? `region:${region.id}`
                : visitOpen
                  ? 'visit'
                  : 'home';
  const panelRef = useRef<HTMLElement>(null);
  const shownKey = useRef(viewKey);

  // The pain chart is kept in this tab while the app runs (a reload keeps it; see chartKeeping).
  useEffect(() => keepChartLater(useAppStore), []);

  // When the view changes (not on first load), move focus to its heading so keyboard and
  // screen-reader users land on the new content instead of a button that just vanished.
  useEffect(() => {
    if (shownKey.current === viewKey) return;
    shownKey.current = viewKey;
    const panel = panelRef.current;
    if (!panel) return;
    panel.scrollTop = 0;
    const heading = () => panel.querySelector<HTMLElement>('.panel-body h1');
    const found = heading();
    if (found) {
      found.focus({ preventScroll: true });
      return;
    }
    // A view whose code is still on its way (a muscle's view): focus its heading when it arrives.
    const observer = new MutationObserver(() => {
      const arrived = heading();
      if (!arrived) return;
      observer.disconnect();
      arrived.focus({ preventScroll: true });
    });
    observer.observe(panel, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [viewKey]);

  return (
    <aside id="panel" ref={panelRef} className="panel" aria-label={t('panel.label')} tabIndex={-1}>
      <SearchBox />
      <div className="panel-body">
        {takeHomeOpen ? (
          <TakeHomeView />
        ) : chartOpen ? (
          <LoadPlace
            what={t('load.painChart')}
            retry={ChartPanel.retry}
            loading={<p className="muted">{t('load.loading')}</p>}
          >
            <ChartPanel />
          </LoadPlace>
        ) : page === 'side-effects' ? (
          <SideEffectsView />
        ) : page === 'see-a-doctor-first' ? (
          <SeeDoctorView />
        ) : page === COMPARISON_PAGE_ID ? (
          <LoadPlace
            what={t('load.thisPage')}
            retry={ComparisonView.retry}
            loading={<p className="muted">{t('load.loading')}</p>}
          >
            <ComparisonView />
          </LoadPlace>
        ) : question ? (
          <QuestionView question={question} />
        ) : part ? (
          <LazyPartView part={part} />
        ) : segmentsOf !== null ? (
          <LazySegmentPanel />
        ) : condition ? (
          <ConditionView condition={condition} fromRegion={region} />
        ) : region ? (
          <RegionView region={region} />
        ) : visitOpen ? (
          <LazyVisitView />
        ) : (
          <HomeView />
        )}
        <TakeHomeEntry />
      </div>
      <Disclaimer />
    </aside>
  );
}
