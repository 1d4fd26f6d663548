import { cycleHref, openCycleFromLink } from './links';
import type { CycleStageId } from './stageIds';

/** An entry point to the pain-cycle explainer: a real link (it has its own address) styled as a card. */
export function CycleEntryLink({
  label,
  hint,
  stage,
}: {
  label: string;
  hint?: string;
  stage?: CycleStageId;
}) {
  return (
    <a className="cycle-entry" href={cycleHref(stage)} onClick={(event) => openCycleFromLink(event, stage)}>
      <span className="cycle-entry-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" focusable="false" aria-hidden="true">
          <path
            d="M12 4a8 8 0 1 1-7.4 5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
          <path
            d="M2.5 5.5 4.6 9l3.6-1.8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
          <path d="M10 9.5v5l4-2.5z" fill="currentColor" />
        </svg>
      </span>
      <span className="cycle-entry-text">
        <span className="cycle-entry-label">{label}</span>
        {hint && <span className="cycle-entry-hint">{hint}</span>}
      </span>
    </a>
  );
}
