import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { leaveCycle } from './links';
import { CYCLE_STAGE_IDS } from './stageIds';
import { CYCLE_NOTES, getStage, stageIndex } from './stages';
import { CycleCanvas } from './ui/CycleCanvas';
import { CycleCaption } from './ui/CycleCaption';
import { CycleControls } from './ui/CycleControls';
import { LoopDiagram } from './ui/LoopDiagram';
import { NeedleSteps } from './ui/NeedleSteps';
import { StageDetail } from './ui/StageDetail';
import { useCycleKeys } from './ui/useCycleKeys';
import { t } from './words';

/**
 * The pain-cycle explainer, shown in place of the body explorer while `cycle` is in the link.
 * Lazily loaded; its 3D close-up is a second lazy chunk. The DOM holds every word and control, so
 * it all works without WebGL.
 */
export default function CycleView() {
  const stageId = useAppStore((s) => s.cycleStage) ?? CYCLE_STAGE_IDS[0];
  const syncCycleClock = useAppStore((s) => s.syncCycleClock);
  const setReducedMotion = useAppStore((s) => s.setCycleReducedMotion);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stage = getStage(stageId);
  const index = stageIndex(stageId);

  useCycleKeys();

  // A step chosen from outside (a link, Back/Forward) moves the clock to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is the trigger.
  useEffect(() => syncCycleClock(), [stageId, syncCycleClock]);

  useEffect(() => {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const update = () => setReducedMotion(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [setReducedMotion]);

  // Land keyboard and screen-reader users on the explainer. (Leaving by Back/Forward needs no
  // clean-up here: the clock stops itself once no step is open.)
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <main className="cycle" aria-labelledby="cycle-heading">
      <div className="cycle-main">
        <CycleCanvas />
        <div className="cycle-below">
          <CycleCaption stage={stage} index={index} />
          <CycleControls stageId={stageId} />
        </div>
      </div>
      <aside id="panel" className="cycle-panel" aria-label={t('cycle.steps')} tabIndex={-1}>
        <button type="button" className="back-link" onClick={leaveCycle}>
          {t('cycle.backToBody')}
        </button>
        <h1 id="cycle-heading" ref={headingRef} tabIndex={-1}>
          {t('cycle.heading')}
        </h1>
        <p className="summary">{CYCLE_NOTES.intro}</p>
        <p className="hint cycle-keys-hint">{t('cycle.keys')}</p>
        <LoopDiagram current={stageId} />
        <NeedleSteps current={stageId} />
        <StageDetail stage={stage} />
      </aside>
    </main>
  );
}
