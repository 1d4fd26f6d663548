import type { Statement } from '../content';
import { t } from '../i18n/t';
import { LoadPlace } from './LoadFailed';
import { lazyWithRetry } from './lazyWithRetry';

// The source list (about 4 KB compressed) is its own chunk, so it does not hold up the first paint:
// the lists sit at the foot of each page. The pre-rendered start page already has its list in the
// HTML (the build waits for it), and the page keeps it while the chunk arrives.
const SourceCitations = lazyWithRetry(() => import('./SourceCitations'));

/** The citations behind some statements, once each, in the order they are first cited. */
export function SourceList({
  statements,
  extraIds = [],
}: {
  statements: readonly Statement[];
  extraIds?: string[];
}) {
  const ids = [...statements.flatMap((s) => s.sources), ...extraIds];
  return (
    <LoadPlace
      what={t('sources.what')}
      retry={SourceCitations.retry}
      loading={<p className="muted">{t('sources.loading')}</p>}
    >
      <SourceCitations ids={ids} />
    </LoadPlace>
  );
}
