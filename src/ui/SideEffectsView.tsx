import { content } from '../content';
import { t } from '../i18n/t';
import { SafetyPage } from './SafetyPage';
import { SourceList } from './SourceList';
import { StatementList } from './StatementList';

/** "About 8 in 100" for 7.55%: the same share in everyday words. */
function inEveryHundred(percent: number): string {
  return t('safety.inHundred', { count: Math.max(1, Math.round(percent)) });
}

/** The side effects and risks of needling, with how often each happened in the study. */
export function SideEffectsView() {
  const { title, intro, mild, serious, checks } = content.safety.sideEffects;
  return (
    <SafetyPage id="side-effects" title={title}>
      <StatementList statements={intro} />

      <h2>{mild.heading}</h2>
      <StatementList statements={mild.statements} />
      <ul className="rate-list" aria-label={t('safety.ratesLabel')}>
        {mild.rates.map((rate) => (
          <li key={rate.name}>
            <span className="rate-name">{rate.name}</span>{' '}
            <span className="rate-percent">{t('safety.percent', { percent: rate.percent })}</span>{' '}
            <span className="rate-plain">
              {t('safety.ofTreatments', { share: inEveryHundred(rate.percent) })}
            </span>
          </li>
        ))}
      </ul>

      <h2>{serious.heading}</h2>
      <StatementList statements={serious.statements} />

      <h2>{checks.heading}</h2>
      <StatementList statements={checks.statements} />

      <h2>{t('common.sources')}</h2>
      <SourceList
        statements={[...intro, ...mild.statements, ...serious.statements, ...checks.statements]}
        extraIds={mild.rates.flatMap((r) => r.sources)}
      />
    </SafetyPage>
  );
}
