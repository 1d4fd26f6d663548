import { useAppStore } from '../../state/store';
import { t } from '../words';
import { TakeHomePanel } from './TakeHomePanel';

/** The take-home link, QR code and handout as a panel view, with a way back. */
export default function TakeHomeView() {
  const openTakeHome = useAppStore((s) => s.openTakeHome);
  return (
    <div className="view">
      <h1 tabIndex={-1}>{t('consult.takeHome.heading')}</h1>
      <TakeHomePanel />
      <p className="take-home-close">
        <button type="button" className="tool-button" onClick={() => openTakeHome(false)}>
          {t('consult.takeHome.closePage')}
        </button>
      </p>
    </div>
  );
}
