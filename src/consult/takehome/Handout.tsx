import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { ClinicDetails } from '../../clinic/clinicConfig';
import { content } from '../../content';
import { useAppStore } from '../../state/store';
import type { TakeHome } from '../types';
import type { HandoutPicture } from './handoutPictures';
import { QrCode } from './QrCode';
import { chartByArea, conditionsOf, shortMarkWords, stagesOf, whatToExpect } from './visitWords';
import './handout.css';
import { activeLang } from '../../i18n/t';
import { t } from '../words';

// The one-page handout: only printed (the print stylesheet shows it and hides the app). Hidden
// from screen readers on screen, where the panel says the same things.

// Only one handout in the page, however many take-home panels are mounted (the presenter's bar
// and the side panel): the first one mounted draws it.
const owners: symbol[] = [];
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function useIsOwner(): boolean {
  const [me] = useState(() => Symbol('handout'));
  useEffect(() => {
    owners.push(me);
    for (const listener of listeners) listener();
    document.documentElement.classList.add('has-handout');
    return () => {
      owners.splice(owners.indexOf(me), 1);
      if (owners.length === 0) document.documentElement.classList.remove('has-handout');
      for (const listener of listeners) listener();
    };
  }, [me]);
  return useSyncExternalStore(
    subscribe,
    () => owners[0] === me,
    () => false,
  );
}

/** At most this many conditions get their summary; any more are named in one line. */
const CONDITIONS_IN_FULL = 4;
/** At most this many body areas of the chart are listed, so the sheet stays one page. */
const AREAS_LISTED = 24;

function ClinicLines({ clinic }: { clinic: ClinicDetails }) {
  return (
    <div className="handout-clinic">
      <strong>{clinic.name}</strong>
      {clinic.practitioner && <span>{clinic.practitioner}</span>}
      {clinic.phone && <span>{t('consult.handout.phone', { phone: clinic.phone })}</span>}
      {clinic.address && <span>{clinic.address}</span>}
      {clinic.bookingUrl && <span>{t('consult.handout.book', { url: clinic.bookingUrl })}</span>}
    </div>
  );
}

export function Handout({
  takeHome,
  link,
  pictures,
}: {
  takeHome: TakeHome;
  link: string;
  pictures: HandoutPicture[];
}) {
  const owner = useIsOwner();
  const clinic = useAppStore((s) => s.clinic);
  if (!owner) return null;
  const conditions = conditionsOf(takeHome.conditions);
  const stages = stagesOf(takeHome.stages);
  const areas = chartByArea(takeHome.chart, shortMarkWords);
  const today = new Date().toLocaleDateString(activeLang(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const { warningSigns } = content.safety;

  return createPortal(
    <div
      className={`handout${areas.length > 16 ? ' handout-longest' : areas.length > 6 ? ' handout-long' : ''}`}
      aria-hidden="true"
      data-testid="handout"
    >
      <header className="handout-head">
        <div>
          <h1>{t('consult.visit.heading')}</h1>
          <p className="handout-date">{t('consult.handout.date', { date: today })}</p>
        </div>
        {clinic && <ClinicLines clinic={clinic} />}
      </header>

      <div className="handout-grid">
        <div className="handout-left">
          <div className="handout-pictures">
            {pictures.map((picture) => (
              <figure key={picture.caption}>
                <img src={picture.src} alt={picture.caption} />
                <figcaption>{picture.caption}</figcaption>
              </figure>
            ))}
          </div>
          <h2>{t('consult.visit.chart')}</h2>
          {areas.length === 0 ? (
            <p>{t('consult.visit.noMarks')}</p>
          ) : (
            <>
              <p className="handout-scale">{t('consult.handout.scale')}</p>
              <ul className="handout-chart">
                {areas.slice(0, AREAS_LISTED).map(({ area, marks }) => (
                  <li key={area}>
                    <strong>{area}:</strong> {marks.join('; ')}
                  </li>
                ))}
                {areas.length > AREAS_LISTED && (
                  <li>{t('consult.handout.morePlaces', { count: areas.length - AREAS_LISTED })}</li>
                )}
              </ul>
            </>
          )}
        </div>

        <div className="handout-right">
          <h2>{t('consult.visit.talked')}</h2>
          {conditions.length === 0 ? (
            <p>{t('consult.visit.noCondition')}</p>
          ) : (
            <ul className="handout-conditions">
              {conditions.slice(0, CONDITIONS_IN_FULL).map((condition) => (
                <li key={condition.id}>
                  <strong>{condition.name}.</strong> {condition.summary}
                </li>
              ))}
              {conditions.length > CONDITIONS_IN_FULL && (
                <li>
                  {t('consult.handout.also', {
                    names: conditions
                      .slice(CONDITIONS_IN_FULL)
                      .map((c) => c.name)
                      .join(', '),
                  })}
                </li>
              )}
            </ul>
          )}
          <p className="handout-note">{t('consult.handout.note')}</p>
          {stages.length > 0 && (
            <>
              <h2>{t('consult.handout.stages')}</h2>
              <p className="handout-stages">{stages.map((stage) => stage.title).join(' · ')}</p>
            </>
          )}
          <h2>{t('consult.visit.expect')}</h2>
          {whatToExpect().map((statement) => (
            <p key={statement.text}>{statement.text}</p>
          ))}
          <h2>{warningSigns.title}</h2>
          <ul className="handout-signs">
            {warningSigns.signs.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
          <p>{warningSigns.intro[1]?.text}</p>
        </div>
      </div>

      <footer className="handout-foot">
        <QrCode className="handout-qr" text={link} label={t('consult.handout.qr')} />
        <div>
          <p>
            <strong>{t('consult.handout.phoneStrong')}</strong> {t('consult.handout.phoneText')}
          </p>
          <p className="handout-link">{link}</p>
        </div>
      </footer>
    </div>,
    document.body,
  );
}
