import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';

function useFullscreen(): [boolean, () => void, boolean] {
  // Known only in the browser; starts false so the pre-rendered page and the first render agree.
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  useEffect(() => {
    setSupported(document.fullscreenEnabled === true);
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // A refusal (e.g. not started by a user gesture) just leaves the page as it is.
    request.catch(() => undefined);
  };
  return [on, toggle, supported];
}

export function Header() {
  const largeText = useAppStore((s) => s.largeText);
  const setLargeText = useAppStore((s) => s.setLargeText);
  const resetView = useAppStore((s) => s.resetView);
  const [fullscreen, toggleFullscreen, fullscreenSupported] = useFullscreen();

  return (
    <header className="header">
      <div className="brand">
        <button type="button" className="brand-home" onClick={resetView}>
          <span className="brand-name">IMS Explorer</span>
        </button>
        <span className="brand-tagline">Conditions this clinic treats with IMS</span>
      </div>
      <div className="header-tools">
        <button
          type="button"
          className="tool-button"
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
        >
          Large text
        </button>
        {fullscreenSupported && (
          <button type="button" className="tool-button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {fullscreen ? 'Exit full screen' : 'Full screen'}
          </button>
        )}
      </div>
    </header>
  );
}
