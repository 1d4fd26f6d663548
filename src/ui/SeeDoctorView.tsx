import { content } from '../content';
import { t } from '../i18n/t';
import { SafetyPage } from './SafetyPage';
import { SourceList } from './SourceList';
import { StatementList } from './StatementList';

/** The warning signs that mean a doctor should see the pain before any needling. */
export function SeeDoctorView() {
  const { title, intro, signs, more } = content.safety.warningSigns;
  return (
    <SafetyPage id="see-a-doctor-first" title={title}>
      <StatementList statements={intro} />
      <ul className="warning-list" aria-label={t('safety.warningSigns')}>
        {signs.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      <StatementList statements={more} />

      <h2>{t('common.sources')}</h2>
      <SourceList statements={[...intro, ...more]} extraIds={signs.flatMap((s) => s.sources)} />
    </SafetyPage>
  );
}
