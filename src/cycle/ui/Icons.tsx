// Small inline icons for the playback buttons (no icon font, nothing fetched).

import type { ReactNode } from 'react';

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

export function PlayIcon() {
  return (
    <Svg>
      <path d="M8 5.5v13l10.5-6.5z" fill="currentColor" />
    </Svg>
  );
}

export function PauseIcon() {
  return (
    <Svg>
      <rect x="6.5" y="5.5" width="4" height="13" rx="1" fill="currentColor" />
      <rect x="13.5" y="5.5" width="4" height="13" rx="1" fill="currentColor" />
    </Svg>
  );
}

export function PreviousIcon() {
  return (
    <Svg>
      <rect x="5" y="6" width="2.5" height="12" rx="1" fill="currentColor" />
      <path d="M19 6v12l-9.5-6z" fill="currentColor" />
    </Svg>
  );
}

export function NextIcon() {
  return (
    <Svg>
      <rect x="16.5" y="6" width="2.5" height="12" rx="1" fill="currentColor" />
      <path d="M5 6v12l9.5-6z" fill="currentColor" />
    </Svg>
  );
}

export function ReplayIcon() {
  return (
    <Svg>
      <path
        d="M5.5 12a6.5 6.5 0 1 0 2-4.7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <path d="M7.5 3.5v4h4" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </Svg>
  );
}
