import { useEffect, useId, useRef } from 'react';
import {
  DEEP_LAYERS,
  type DeepLayer,
  LAYER_IDS,
  type LayerId,
  opacityToXray,
  xrayToOpacity,
} from '../../state/anatomySlice';
import { useAppStore } from '../../state/store';
import { layerLabel, t } from './layerNames';
import './anatomy.css';

/** One layer on or off: a real toggle button, with the layer's colour as a small swatch. */
function LayerButton({ layer }: { layer: LayerId }) {
  const on = useAppStore((s) => s.layers[layer]);
  const setLayer = useAppStore((s) => s.setLayer);
  const announce = useAppStore((s) => s.announce);
  const toggle = () => {
    setLayer(layer, !on);
    const s = useAppStore.getState();
    const seeThrough = !on && layer !== 'skin' && s.layers.skin && s.skinOpacity < 1;
    const said = on ? t(`layers.hidden.${layer}`) : t(`layers.shown.${layer}`);
    announce(seeThrough ? `${said} ${t('layers.skinSeeThrough')}` : said);
  };
  return (
    <button type="button" className="layer-button" data-layer={layer} aria-pressed={on} onClick={toggle}>
      <span className={`layer-swatch layer-swatch-${layer}`} aria-hidden="true" />
      {layerLabel(layer)}
    </button>
  );
}

/** The X-ray slider: how see-through the skin is, 0 % (solid) to 100 % (gone). */
function SeeThroughSlider() {
  const xray = useAppStore((s) => opacityToXray(s.skinOpacity));
  const skinOn = useAppStore((s) => s.layers.skin);
  const setSkinOpacity = useAppStore((s) => s.setSkinOpacity);
  const setLayer = useAppStore((s) => s.setLayer);
  const id = useId();
  // The filled part of the track, set from an effect: a style="" attribute in the pre-rendered
  // page would break the Content-Security-Policy (no inline styles); a property set here does not.
  const rangeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    rangeRef.current?.style.setProperty('--fill', `${xray}%`);
  }, [xray]);
  const change = (value: number) => {
    // Moving the slider is asking to see the skin: a hidden skin comes back at that setting.
    if (!skinOn) setLayer('skin', true);
    setSkinOpacity(xrayToOpacity(value));
  };
  return (
    <div className="xray" data-skin-off={!skinOn || undefined}>
      <label htmlFor={id} className="xray-label">
        {t('layers.xray')}
      </label>
      <div className="xray-row">
        <input
          id={id}
          ref={rangeRef}
          type="range"
          className="xray-range"
          min={0}
          max={100}
          step={5}
          value={xray}
          aria-valuetext={xray === 0 ? t('layers.xraySolid') : t('layers.xrayValue', { percent: xray })}
          onChange={(event) => change(Number(event.target.value))}
        />
        <output htmlFor={id} className="xray-value" aria-hidden="true">
          {xray} %
        </output>
      </div>
    </div>
  );
}

/** A deep layer's file on its way (progress), or not arrived (a plain message and Retry). */
function LayerLoadState({ layer }: { layer: DeepLayer }) {
  const load = useAppStore((s) => s.layerLoad[layer]);
  const shown = useAppStore((s) => s.layers[layer]);
  const retryLayer = useAppStore((s) => s.retryLayer);
  if (!shown) return null;
  if (load.status === 'loading') {
    const percent = Math.round(load.progress * 100);
    return (
      <div className="layer-load">
        <span className="layer-load-text">{t(`layers.loading.${layer}`)}</span>
        <div
          className="layer-progress"
          role="progressbar"
          aria-label={t(`layers.loadingLabel.${layer}`)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent} %`}
        >
          <div className="layer-progress-bar" style={{ width: `${Math.max(4, percent)}%` }} />
        </div>
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="layer-load layer-load-failed" role="alert">
        <p>{t(`layers.failed.${layer}`)}</p>
        <button type="button" className="tool-button load-failed-retry" onClick={() => retryLayer(layer)}>
          {t('layers.retry')}
        </button>
      </div>
    );
  }
  return null;
}

/**
 * The layers beneath the skin: four toggle buttons and the see-through slider, with each deep
 * layer's loading state. A card in the top left corner of the body view (a band under it on
 * phones), clear of the body.
 */
export function LayerControls() {
  const headingId = useId();
  return (
    <section className="layer-controls" aria-labelledby={headingId}>
      <h2 id={headingId} className="layer-title">
        {t('layers.title')}
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form's fieldset. */}
      <div className="layer-toggles" role="group" aria-labelledby={headingId}>
        {LAYER_IDS.map((layer) => (
          <LayerButton key={layer} layer={layer} />
        ))}
      </div>
      <SeeThroughSlider />
      {DEEP_LAYERS.map((layer) => (
        <LayerLoadState key={layer} layer={layer} />
      ))}
    </section>
  );
}
