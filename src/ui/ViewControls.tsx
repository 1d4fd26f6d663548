import { useAppStore } from '../state/store';
import { VIEW_PRESETS, type ViewPreset } from '../state/urlState';

const VIEW_LABELS: Record<ViewPreset, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left side',
  right: 'Right side',
};

/** Big, calm buttons to turn the body, zoom and reset; they mirror the drag and key controls. */
export function ViewControls() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const nudgeCamera = useAppStore((s) => s.nudgeCamera);
  const resetView = useAppStore((s) => s.resetView);

  return (
    <div className="view-controls" role="toolbar" aria-label="Turn and zoom the body">
      <div className="view-group">
        {VIEW_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="view-button"
            aria-pressed={view === preset}
            onClick={() => setView(preset)}
          >
            {VIEW_LABELS[preset]}
          </button>
        ))}
      </div>
      <div className="view-group">
        <button
          type="button"
          className="view-button"
          aria-label="Zoom in"
          onClick={() => nudgeCamera({ zoom: 1 })}
        >
          +
        </button>
        <button
          type="button"
          className="view-button"
          aria-label="Zoom out"
          onClick={() => nudgeCamera({ zoom: -1 })}
        >
          −
        </button>
        <button type="button" className="view-button" onClick={resetView}>
          Reset view
        </button>
      </div>
    </div>
  );
}
