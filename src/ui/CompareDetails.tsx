import { useEffect } from 'react';
import type { Condition, Statement } from '../content';
import { type MarkerInfo, markerList, meridianNames } from '../scene/needling/compareMarkers';
import { comparisonFor } from '../scene/needling/comparisonContent';
import { useNeedlingStore } from '../scene/needling/needlingStore';
import { useAppStore } from '../state/store';
import { t } from './comparisonWords';
import { LoadFailed } from './LoadFailed';
import { SourceList } from './SourceList';

/** The DOM twin of one marker: focus or hover names it on the body; a press turns the body to it. */
function MarkerButton({ marker }: { marker: MarkerInfo }) {
  const hoverMarker = useAppStore((s) => s.hoverMarker);
  const showMarker = useAppStore((s) => s.showMarker);
  const named = useAppStore((s) => s.hoveredMarker === marker.key);
  const leave = () => {
    if (useAppStore.getState().hoveredMarker === marker.key) hoverMarker(null);
  };
  return (
    <button
      type="button"
      className={`marker-twin marker-twin-${marker.kind}`}
      data-marker={marker.key}
      data-named={named || undefined}
      onClick={() => showMarker(marker.key)}
      onMouseEnter={() => hoverMarker(marker.key)}
      onMouseLeave={leave}
      onFocus={() => hoverMarker(marker.key)}
      onBlur={leave}
    >
      <span className={`legend-shape legend-${marker.kind}`} aria-hidden="true" />
      {marker.label}
    </button>
  );
}

function MarkerTwins({
  title,
  label,
  markers,
  notes,
}: {
  title: string;
  label: string;
  markers: MarkerInfo[];
  notes: readonly Statement[];
}) {
  return (
    <>
      <h3 className="compare-list-title">{title}</h3>
      {markers.length > 0 && (
        <ul className="compare-list" aria-label={label}>
          {markers.map((marker) => (
            <li key={marker.key}>
              <MarkerButton marker={marker} />
            </li>
          ))}
        </ul>
      )}
      {notes.map((note) => (
        <p key={note.text} className="compare-list-note">
          {note.text}
        </p>
      ))}
    </>
  );
}

function Legend({ lines }: { lines: string[] }) {
  return (
    <ul className="compare-legend" aria-label={t('comparison.legend')}>
      <li>
        <span className="legend-shape legend-ims" aria-hidden="true" />
        <span>
          <strong>{t('comparison.imsSite')}</strong> {t('comparison.imsSiteText')}
        </span>
      </li>
      <li>
        <span className="legend-shape legend-acupoint" aria-hidden="true" />
        <span>
          <strong>{t('comparison.acupoint')}</strong> {t('comparison.acupointText')}
        </span>
      </li>
      <li>
        <span className="legend-shape legend-meridian" aria-hidden="true" />
        <span>
          <strong>{t('comparison.meridian')}</strong> {t('comparison.meridianText')}
          {lines.length > 0 ? t('comparison.meridianNames', { names: lines.join(', ') }) : ''}
        </span>
      </li>
    </ul>
  );
}

/**
 * What "Compare with acupuncture" shows while it is on: the one-line summary, the legend and every
 * marker's twin. Its own chunk with the comparison content (acupuncture.ts, imsSites.ts), loaded
 * when a condition opens. The markers' places (needling.json) are fetched the first time it shows;
 * if they do not arrive, this part says so with Retry and the rest of the page goes on working.
 */
export default function CompareDetails({ condition }: { condition: Condition }) {
  const status = useNeedlingStore((s) => s.status);
  const failures = useNeedlingStore((s) => s.failures);
  const load = useNeedlingStore((s) => s.load);
  const comparison = comparisonFor(condition.id);

  const fetchMarkers = () => {
    void load().then(() => {
      // Arrived: the camera frames the markers too (the first framing had only the areas).
      if (useNeedlingStore.getState().status === 'ready') useAppStore.getState().frameComparison();
    });
  };
  // Shown only with the comparison on (pressed, or opened by a link with it on).
  // biome-ignore lint/correctness/useExhaustiveDependencies: fetch once when first needed.
  useEffect(() => {
    if (useNeedlingStore.getState().status === 'idle') fetchMarkers();
  }, []);

  const ready = status === 'ready';
  const markers = comparison ? markerList(comparison) : [];
  const imsCount = markers.filter((m) => m.kind === 'ims').length;
  const pointCount = markers.length - imsCount;
  useEffect(() => {
    if (!ready) return;
    useAppStore
      .getState()
      .announce(t('comparison.announce', { ims: imsCount, points: pointCount, note: t('comparison.note') }));
  }, [ready, imsCount, pointCount]);

  if (!comparison) return null;
  const ims = markers.filter((m) => m.kind === 'ims');
  const points = markers.filter((m) => m.kind === 'acupoint');
  return (
    <div className="compare-body">
      <p className="compare-summary">{comparison.summary}</p>
      <p className="compare-note">{t('comparison.note')}</p>
      <Legend lines={meridianNames(comparison)} />
      {status === 'failed' || (status === 'loading' && failures > 0) ? (
        <LoadFailed
          what={t('comparison.markers')}
          onRetry={fetchMarkers}
          checking={status === 'loading'}
          focusRetry={failures > 1}
        />
      ) : (
        !ready && <p className="muted">{t('comparison.loadingMarkers')}</p>
      )}
      <MarkerTwins
        title={t('comparison.imsSites')}
        label={t('comparison.imsSitesFor', { name: condition.name })}
        markers={ims}
        notes={comparison.imsNotes}
      />
      <MarkerTwins
        title={t('comparison.acupoints')}
        label={t('comparison.acupointsFor', { name: condition.name })}
        markers={points}
        notes={comparison.acupointNotes}
      />
      <h3 className="compare-list-title">{t('comparison.sourcesHere')}</h3>
      <SourceList statements={[...comparison.imsNotes, ...comparison.acupointNotes]} />
    </div>
  );
}
