import { CycleEntryLink } from '../../cycle/CycleEntryLink';
import { t } from '../../i18n/t';
import { LoadPlace } from '../LoadFailed';
import { lazyWithRetry } from '../lazyWithRetry';

// The segmental view's panel carries the anatomy and segment content: its own chunk, fetched
// ahead when a condition opens (SpineLevelsSection) and shown with "Could not load" and Retry in
// its own place if it does not arrive.
export const loadSegmentPanel = () => import('./SegmentPanel');
const SegmentPanelChunk = lazyWithRetry(loadSegmentPanel);

/** The panel of the segmental view: a condition's spinal levels, one level, or the picker alone. */
export function LazySegmentPanel() {
  // The links to the pain cycle are made here and handed in: when the chunk imported the cycle's
  // links itself, the bundler split the first-paint code into five files (about 4 KB more).
  const cycleLinks = (
    <>
      <li>
        <CycleEntryLink
          stage="nerve-root"
          label={t('spine.cycleRootLabel')}
          hint={t('spine.cycleRootHint')}
        />
      </li>
      <li>
        <CycleEntryLink
          stage="muscle-tightens"
          label={t('spine.cycleMuscleLabel')}
          hint={t('spine.cycleMuscleHint')}
        />
      </li>
    </>
  );
  return (
    <LoadPlace
      what={t('home.spineLabel')}
      retry={SegmentPanelChunk.retry}
      loading={<p className="muted part-loading">{t('load.loading')}</p>}
    >
      <SegmentPanelChunk cycleLinks={cycleLinks} />
    </LoadPlace>
  );
}
