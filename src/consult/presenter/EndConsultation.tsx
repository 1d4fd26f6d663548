import { useRef } from 'react';
import { useAppStore } from '../../state/store';

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
    s.announce('Consultation ended. The pain chart was cleared from this device.');
  };
  return (
    <>
      <button type="button" className="presenter-button presenter-end" onClick={ask}>
        End consultation
      </button>
      <dialog ref={dialog} className="presenter-dialog" aria-labelledby="end-consultation-title">
        <h2 id="end-consultation-title">End the consultation?</h2>
        <p>The pain chart and the tour are cleared from this device. A take-home link still opens.</p>
        <div className="presenter-dialog-buttons">
          <button type="button" className="presenter-button presenter-end" onClick={end}>
            Yes, end it
          </button>
          <button
            type="button"
            ref={keepGoing}
            className="presenter-button"
            onClick={() => dialog.current?.close()}
          >
            Keep going
          </button>
        </div>
      </dialog>
    </>
  );
}
