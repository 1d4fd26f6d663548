import { CYCLE_STAGE_IDS } from '../../cycle/stageIds';
import { useAppStore } from '../../state/store';
import { t } from '../words';
import type { ClickerAction } from './clickerKeys';
import { FIRST_STEP, LAST_STEP, startPresenting } from './usePresenterMode';

// What the presenter's keys and buttons do: fetched with the caption bar (or by the first key).

export function stopPresenting(): void {
  const s = useAppStore.getState();
  s.setPresenter(false);
  s.announce(t('consult.said.presenterOff'));
}

export function toggleBlank(): void {
  const s = useAppStore.getState();
  s.setBlank(!s.blank);
  s.announce(s.blank ? t('consult.said.screenBack') : t('consult.said.blanked'));
}

/** Next or previous: through the pain cycle's own steps at that step, else the tour's. */
function move(by: 1 | -1): void {
  const s = useAppStore.getState();
  // A key while blanked only brings the screen back, as slide software does.
  if (s.blank) {
    toggleBlank();
    return;
  }
  if (s.tourStep === null) {
    startPresenting();
    return;
  }
  if (s.tourStep === 'pain-cycle' && s.cycleStage !== null) {
    const at = CYCLE_STAGE_IDS.indexOf(s.cycleStage);
    if (at + by >= 0 && at + by < CYCLE_STAGE_IDS.length) {
      s.stepCycle(by);
      return;
    }
  }
  const edge = by > 0 ? LAST_STEP : FIRST_STEP;
  if (s.tourStep === edge) {
    s.announce(by > 0 ? t('consult.said.lastStep') : t('consult.said.firstStep'));
    return;
  }
  if (by > 0) s.nextStep();
  else s.previousStep();
}

export function runClickerAction(action: ClickerAction): void {
  const s = useAppStore.getState();
  switch (action) {
    case 'next':
      move(1);
      break;
    case 'previous':
      move(-1);
      break;
    case 'first':
      s.goToStep(FIRST_STEP);
      break;
    case 'last':
      s.goToStep(LAST_STEP);
      break;
    case 'blank':
      toggleBlank();
      break;
    case 'presenter':
      if (s.presenter) stopPresenting();
      else startPresenting();
      break;
    case 'leave':
      if (s.blank) toggleBlank();
      else stopPresenting();
      break;
  }
}
