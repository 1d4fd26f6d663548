import { useEffect, useRef } from 'react';
import { t } from '../map2d/words';
import { useAppStore } from '../state/store';
import { VIEW_PRESETS, type ViewPreset } from '../state/urlState';

const VIEW_LABELS: Record<ViewPreset, () => { short: string; full: string }> = {
  front: () => ({ short: t('map.view.front'), full: t('map.view.front') }),
  back: () => ({ short: t('map.view.back'), full: t('map.view.back') }),
  left: () => ({ short: t('map.view.leftShort'), full: t('map.view.left') }),
  right: () => ({ short: t('map.view.rightShort'), full: t('map.view.right') }),
};

// The switch is drawn again on the other side when pressed (3D and map each have one): the new one
// takes the focus, so the keyboard stays where it was.
let focusNextToggle = false;

/** The switch between the 3D body and the flat body map (the "simple view", `simple=1`). */
export function SimpleViewToggle() {
  const simpleView = useAppStore((s) => s.simpleView);
  const setSimpleView = useAppStore((s) => s.setSimpleView);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusNextToggle) return;
    focusNextToggle = false;
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className="view-button"
      aria-pressed={simpleView}
      aria-label={t('map.simple')}
      onClick={(event) => {
        focusNextToggle = event.currentTarget === document.activeElement;
        setSimpleView(!simpleView);
      }}
    >
      <span className="label-full">{t('map.simple')}</span>
      <span className="label-short">{t('map.simpleShort')}</span>
    </button>
  );
}

/** Big, calm buttons to turn the body, zoom and reset; they mirror the drag and key controls. */
export function ViewControls() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const nudgeCamera = useAppStore((s) => s.nudgeCamera);
  const resetView = useAppStore((s) => s.resetView);

  return (
    <div className="view-controls" role="toolbar" aria-label={t('map.view.toolbar')}>
      <div className="view-group">
        {VIEW_PRESETS.map((preset) => {
          const label = VIEW_LABELS[preset]();
          return (
            <button
              key={preset}
              type="button"
              className="view-button"
              aria-pressed={view === preset}
              aria-label={label.full}
              onClick={() => setView(preset)}
            >
              <span className="label-full">{label.full}</span>
              <span className="label-short">{label.short}</span>
            </button>
          );
        })}
        {/* With the sides, not the zoom column: on a phone that column stands over the body. */}
        <SimpleViewToggle />
      </div>
      <div className="view-group zoom-group">
        <button
          type="button"
          className="view-button"
          aria-label={t('map.view.zoomIn')}
          onClick={() => nudgeCamera({ zoom: 1 })}
        >
          +
        </button>
        <button
          type="button"
          className="view-button"
          aria-label={t('map.view.zoomOut')}
          onClick={() => nudgeCamera({ zoom: -1 })}
        >
          −
        </button>
        <button type="button" className="view-button" aria-label={t('map.view.reset')} onClick={resetView}>
          <span className="label-full">{t('map.view.reset')}</span>
          <span className="label-short">{t('map.view.resetShort')}</span>
        </button>
      </div>
    </div>
  );
}
