import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { onCameraMove } from '../../scene/cameraBridge';
import { useAppStore } from '../../state/store';
import { currentTakeHome } from './currentTakeHome';
import { Handout } from './Handout';
import { takeHomeUrl } from './link';
import { QrCode } from './QrCode';
import { usePrintHandout } from './usePrintHandout';
import { visitSummary } from './visitWords';
import './takehome.css';
import { withLang } from '../../i18n/t';
import { t } from '../words';

/** The site's own address, without any view or visit in it. */
const siteUrl = () => `${window.location.origin}${window.location.pathname}`;

/** The take-home link, its QR code and "Print the handout", built from what was shown. */
export default function TakeHomeContent() {
  const picked = useAppStore(
    useShallow((s) => ({
      seen: s.seen,
      conditionId: s.conditionId,
      cycleStage: s.cycleStage,
      chart: s.chart,
    })),
  );
  // The camera is not in the store: follow its moves, a moment after each ends.
  const [cameraMoves, setCameraMoves] = useState(0);
  useEffect(() => {
    let timer: number | undefined;
    const stop = onCameraMove(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setCameraMoves((n) => n + 1), 300);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a camera move changes the pose it reads.
  const takeHome = useMemo(
    () => currentTakeHome({ ...useAppStore.getState(), ...picked }),
    [picked, cameraMoves],
  );
  const link = takeHomeUrl(siteUrl(), takeHome, withLang(''));
  const { pictures, preparing, print } = usePrintHandout();
  const linkId = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  const copy = async () => {
    const { announce } = useAppStore.getState();
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
      announce(t('consult.takeHome.copiedSaid'));
    } catch {
      // No clipboard (an insecure page, or permission refused): select the text to copy by hand.
      const input = document.getElementById(linkId) as HTMLInputElement | null;
      input?.select();
      setCopied('no');
      announce(t('consult.takeHome.copyFailed'));
    }
  };

  // In the presenter's caption bar the step's own words say what to do: the code beside the link.
  const presenter = useAppStore((s) => s.presenter);
  const summary = visitSummary({
    conditions: takeHome.conditions.length,
    stages: takeHome.stages.length,
    marks: takeHome.chart.length,
  });
  return (
    <div className={presenter ? 'take-home take-home-compact' : 'take-home'}>
      {!presenter && <p className="take-home-intro">{t('consult.takeHome.intro', { summary })}</p>}
      <QrCode className="take-home-qr" text={link} label={t('consult.takeHome.qr', { summary })} />
      {/* The patient's wall screen shows the code only: the link and buttons are the practitioner's. */}
      <div className="take-home-actions presenter-only">
        <div className="take-home-link">
          <label htmlFor={linkId}>{t('consult.takeHome.link')}</label>
          <div className="take-home-link-row">
            <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="tool-button" onClick={copy}>
              {t('consult.takeHome.copy')}
            </button>
          </div>
          {copied && (
            // Said aloud through the app's announcer; this line is for the eyes.
            <p className="take-home-copied">
              {copied === 'yes' ? t('consult.takeHome.copied') : t('consult.takeHome.copyByHand')}
            </p>
          )}
        </div>
        <button type="button" className="tool-button take-home-print" onClick={print} disabled={preparing}>
          {preparing ? t('consult.takeHome.preparing') : t('consult.takeHome.print')}
        </button>
      </div>
      <Handout takeHome={takeHome} link={link} pictures={pictures} />
    </div>
  );
}
