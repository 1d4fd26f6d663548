import { Citations } from '../../ui/Citations';
import { cycleSourcesFor } from '../sources';
import type { CycleStage } from '../stages';
import { LevelsBackLink } from './LevelsBackLink';

/** A little more about the open step, and where its facts come from. */
export function StageDetail({ stage }: { stage: CycleStage }) {
  const sources = cycleSourcesFor(stage.sources);
  return (
    <section className="cycle-detail" aria-labelledby="cycle-detail-heading">
      <h2 id="cycle-detail-heading">More about: {stage.title}</h2>
      {stage.clinic && (
        <p className="kind-note">
          This is what this clinic tells its patients, from its own experience. It is not a study result.
        </p>
      )}
      {stage.detail.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <LevelsBackLink stageId={stage.id} />
      <h3>Sources</h3>
      <Citations sources={sources} />
    </section>
  );
}
