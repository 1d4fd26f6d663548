import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import './styles.css';

startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// index.html holds the default view, pre-rendered at build time. Hydrate it when that is what
// this visit shows; a link to another view or a saved preference renders afresh instead.
const s = useAppStore.getState();
const showsDefault = !s.regionId && !s.conditionId && !s.view && !s.cycleStage && !s.largeText && !s.notice;
if (root.firstElementChild && showsDefault) {
  hydrateRoot(root, app);
} else {
  root.textContent = '';
  createRoot(root).render(app);
}
