import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { t } from '../words';

/**
 * "End consultation": asks first, then forgets this patient (the chart, the tour, what was shown)
 * and goes back to the start page, ready for the next one.
 */
export function EndConsultation() {
  const dialog = useRef<HTMLDialogElement>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const ask = () => {
    dialog.current?.showModal();
    // The safe answer takes focus, so a stray Enter keeps the consultation.
    keepGoing.current?.focus();
  };
  const end = () => {
    dialog.current?.close();
    const s = useAppStore.getState();
    s.endConsultation();
    if (s.cycleStage !== null) s.closeCycle();
    s.resetView();
    s.announce(t('consult.end.said'));
  };
  return (
    <>
      <button type="button" className="presenter-button presenter-end" onClick={ask}>
        {t('consult.end.button')}
      </button>
      <dialog ref={dialog} className="presenter-dialog" aria-labelledby="end-consultation-title">
        <h2 id="end-consultation-title">{t('consult.end.title')}</h2>
        <p>{t('consult.end.text')}</p>
        <div className="presenter-dialog-buttons">
          <button type="button" className="presenter-button presenter-end" onClick={end}>
            {t('consult.end.yes')}
          </button>
          <button
            type="button"
            ref={keepGoing}
            className="presenter-button"
            onClick={() => dialog.current?.close()}
          >
            {t('consult.end.no')}
          </button>
        </div>
      </dialog>
    </>
  );
}
