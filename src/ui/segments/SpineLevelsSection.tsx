import { useEffect, useState } from 'react';
import type { Condition } from '../../content';
import { useAppStore } from '../../state/store';
import { loadSegmentPanel } from './LazySegments';
import './spineLevels.css';
import { t } from '../../i18n/t';

/** The spine drawn small: three bones and a root, beside the button that shows the levels. */
function SpineIcon() {
  return (
    <svg viewBox="0 0 24 24" width="26" height="26" focusable="false" aria-hidden="true">
      <rect x="8" y="2.5" width="8" height="5" rx="1.6" fill="currentColor" />
      <rect x="8" y="9.5" width="8" height="5" rx="1.6" fill="currentColor" />
      <rect x="8" y="16.5" width="8" height="5" rx="1.6" fill="currentColor" />
      <path
        d="M16 12h2.5c1.5 0 2.5 1 3 3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * "Where the needles go: the spinal levels" on a condition: its levels in words and the button
 * that opens the segmental view. The button is in the first paint; the levels come with the view
 * panel's chunk, fetched here.
 */
export function SpineLevelsSection({ condition }: { condition: Condition }) {
  const showLevels = useAppStore((s) => s.showLevels);
  // The levels' words arrive a moment after the first paint (null until then; "" for the jaw).
  const [range, setRange] = useState<string | null>(null);

  // The panel's chunk is fetched ahead (a press then shows it at once); it also names the levels.
  useEffect(() => {
    let current = true;
    setRange(null);
    loadSegmentPanel()
      .then(({ levelsLine }) => current && setRange(levelsLine(condition.id)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [condition.id]);

  return (
    <section className="spine-levels" aria-labelledby="spine-levels-heading">
      <h2 id="spine-levels-heading">{t('spine.heading')}</h2>
      {range === '' ? (
        <p>{t('spine.jaw')}</p>
      ) : (
        <p>
          {t('spine.text')}
          {range ? (
            <>
              {t('spine.atAbout')} <strong className="spine-levels-range">{range}</strong>.
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      <button type="button" className="spine-levels-button" onClick={() => showLevels(condition.id)}>
        <SpineIcon />
        {t('spine.button')}
      </button>
    </section>
  );
}
