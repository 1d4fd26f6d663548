import { useEffect, useState } from 'react';
import { startPresenting } from '../consult/presenter/usePresenterMode';
import { LANG_NAMES, type Lang, switchLang } from '../i18n/lang';
import { activeLang, t } from '../i18n/t';
import { useAppStore } from '../state/store';

function useFullscreen(): [boolean, () => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
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
  return [on, toggle];
}

// Shown instead of the buttons' words on narrow screens; the words stay for screen readers.
function LargeTextIcon() {
  return (
    <svg viewBox="0 0 24 24" focusable="false" aria-hidden="true" fill="currentColor">
      <path d="M2 19 6 8h1.6l4 11H9.9l-1-2.9H4.7L3.7 19Zm3.2-4.3h3.2L6.8 10Z" />
      <path d="M11.5 19 16.6 4h2.2L24 19h-2.3l-1.4-4.1h-5.2L13.7 19Zm4.2-6h4L17.7 7Z" />
    </svg>
  );
}

/** A line icon drawn with the current text colour. */
function StrokeIcon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      focusable="false"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

const FullscreenIcon = ({ exit }: { exit: boolean }) => (
  <StrokeIcon d={exit ? 'M9 4v5H4M15 4v5h5M20 15h-5v5M4 15h5v5' : 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5'} />
);

const PresentIcon = () => <StrokeIcon d="M3 4h18v12H3zM12 16v4M8 20h8" />;

/**
 * The way to the other language, named in that language ("Français" on the English page) so the
 * people who need it can read it. Saves the choice and reloads the same view in that language.
 */
function LanguageSwitch() {
  const other: Lang = activeLang() === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="tool-button lang-switch"
      lang={other}
      title={t('header.langTitle')}
      onClick={() => switchLang(other)}
    >
      <span className="tool-icon lang-code" aria-hidden="true">
        {other.toUpperCase()}
      </span>
      <span className="tool-label">{LANG_NAMES[other]}</span>
    </button>
  );
}

export function Header() {
  const largeText = useAppStore((s) => s.largeText);
  const setLargeText = useAppStore((s) => s.setLargeText);
  const resetView = useAppStore((s) => s.resetView);
  const [fullscreen, toggleFullscreen] = useFullscreen();

  return (
    <header className="header">
      <div className="brand">
        <button type="button" className="brand-home" onClick={resetView}>
          <span className="brand-name">{t('header.brand')}</span>
        </button>
        <span className="brand-tagline">{t('header.tagline')}</span>
      </div>
      <div className="header-tools">
        <LanguageSwitch />
        <button
          type="button"
          className="tool-button"
          data-present-button=""
          aria-keyshortcuts="P"
          title={t('header.presentTitle')}
          onClick={startPresenting}
        >
          <span className="tool-icon" aria-hidden="true">
            <PresentIcon />
          </span>
          <span className="tool-label">{t('header.present')}</span>
        </button>
        <button
          type="button"
          className="tool-button"
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
        >
          <span className="tool-icon" aria-hidden="true">
            <LargeTextIcon />
          </span>
          <span className="tool-label">{t('header.largeText')}</span>
        </button>
        {/* Always rendered, as in the pre-rendered page: where the browser cannot go full screen
            (an iPhone), boot.ts hides it before the first paint (html.no-fullscreen), so the
            other buttons never move under a finger as the app starts. */}
        <button
          type="button"
          className="tool-button fullscreen-button"
          aria-pressed={fullscreen}
          onClick={toggleFullscreen}
        >
          <span className="tool-icon" aria-hidden="true">
            <FullscreenIcon exit={fullscreen} />
          </span>
          <span className="tool-label">
            {fullscreen ? t('header.exitFullScreen') : t('header.fullScreen')}
          </span>
        </button>
      </div>
    </header>
  );
}
