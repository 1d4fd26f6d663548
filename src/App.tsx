import { useEffect } from 'react';
import { useAppStore } from './state/store';
import { Header } from './ui/Header';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { Notice } from './ui/Notice';
import { Panel } from './ui/Panel';
import { Stage } from './ui/Stage';

export function App() {
  const largeText = useAppStore((s) => s.largeText);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        Skip to the information
      </a>
      <Header />
      <Notice />
      <main className="main">
        <Stage />
        <Panel />
      </main>
      <LiveAnnouncer />
    </div>
  );
}
