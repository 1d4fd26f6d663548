import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { t } from '../words';
import { toggleBlank } from './presenterActions';

/**
 * The blanked screen (a clicker's B): dark, with one small line. The practitioner's window has a
 * button to bring it back too, focused so that Enter works as well as B.
 */
export function BlankScreen() {
  const blank = useAppStore((s) => s.blank);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!blank) return;
    // Back to where the practitioner was when the screen comes back.
    const before = document.activeElement;
    button.current?.focus({ preventScroll: true });
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
    };
  }, [blank]);
  if (!blank) return null;
  return (
    <div className="blank-screen" data-testid="blank-screen">
      {/* Which key brings it back is for the practitioner: the patient's screen hides it. */}
      <p className="presenter-only">{t('consult.blank.line')}</p>
      <button ref={button} type="button" className="blank-screen-button presenter-only" onClick={toggleBlank}>
        {t('consult.blank.show')}
      </button>
    </div>
  );
}
