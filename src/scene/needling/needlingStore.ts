import { create } from 'zustand';
import { type NeedlingData, parseNeedlingData } from './needlingData';

// needling.json is fetched the first time a person asks for the comparison, not with the body:
// most visits never need it. The panel (the list, the Retry) and the scene (the markers, the
// camera) both read it from here.

export const NEEDLING_URL = `${import.meta.env.BASE_URL}models/needling.json`;

export type NeedlingStatus = 'idle' | 'loading' | 'ready' | 'failed';

interface NeedlingState {
  status: NeedlingStatus;
  data: NeedlingData | null;
  /** Failed loads so far (a Retry that fails again keeps focus on its button). */
  failures: number;
  /** Fetches the file unless it is here or on its way; after a failure, tries again. */
  load: () => Promise<void>;
}

export const useNeedlingStore = create<NeedlingState>()((set, get) => ({
  status: 'idle',
  data: null,
  failures: 0,
  load: async () => {
    const { status } = get();
    if (status === 'loading' || status === 'ready') return;
    set({ status: 'loading' });
    try {
      const response = await fetch(NEEDLING_URL);
      if (!response.ok) throw new Error(`needling.json: HTTP ${response.status}`);
      const data = parseNeedlingData(await response.json());
      if (!data) throw new Error('needling.json: not in the expected format');
      set({ status: 'ready', data });
    } catch {
      set((s) => ({ status: 'failed', failures: s.failures + 1 }));
    }
  },
}));
