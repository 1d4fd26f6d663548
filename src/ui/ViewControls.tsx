import { useAppStore } from '../state/store';
import { VIEW_PRESETS, type ViewPreset } from '../state/urlState';

const VIEW_LABELS: Record<ViewPreset, { short: string; full: string }> = {
  front: { short: 'Front', full: 'Front' },
  back: { short: 'Back', full: 'Back' },
  left: { short: 'Left', full: 'Left side' },
  right: { short: 'Right', full: 'Right side' },
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
            aria-label={VIEW_LABELS[preset].full}
            onClick={() => setView(preset)}
          >
            <span className="label-full">{VIEW_LABELS[preset].full}</span>
            <span className="label-short">{VIEW_LABELS[preset].short}</span>
          </button>
        ))}
      </div>
      <div className="view-group zoom-group">
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
        <button type="button" className="view-button" aria-label="Reset view" onClick={resetView}>
          <span className="label-full">Reset view</span>
          <span className="label-short">Reset</span>
        </button>
      </div>
    </div>
  );
}
