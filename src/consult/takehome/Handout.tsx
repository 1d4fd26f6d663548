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
      {clinic.phone && <span>Phone: {clinic.phone}</span>}
      {clinic.address && <span>{clinic.address}</span>}
      {clinic.bookingUrl && <span>Book: {clinic.bookingUrl}</span>}
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
  const today = new Date().toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric' });
  const { warningSigns } = content.safety;

  return createPortal(
    <div
      className={`handout${areas.length > 16 ? ' handout-longest' : areas.length > 6 ? ' handout-long' : ''}`}
      aria-hidden="true"
      data-testid="handout"
    >
      <header className="handout-head">
        <div>
          <h1>Your visit</h1>
          <p className="handout-date">IMS Explorer, {today}</p>
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
          <h2>Your pain chart</h2>
          {areas.length === 0 ? (
            <p>No marks were made.</p>
          ) : (
            <>
              <p className="handout-scale">0 is no pain, 10 is the worst pain.</p>
              <ul className="handout-chart">
                {areas.slice(0, AREAS_LISTED).map(({ area, marks }) => (
                  <li key={area}>
                    <strong>{area}:</strong> {marks.join('; ')}
                  </li>
                ))}
                {areas.length > AREAS_LISTED && (
                  <li>And {areas.length - AREAS_LISTED} more places: open the link to see them all.</li>
                )}
              </ul>
            </>
          )}
        </div>

        <div className="handout-right">
          <h2>What we talked about</h2>
          {conditions.length === 0 ? (
            <p>No condition was opened.</p>
          ) : (
            <ul className="handout-conditions">
              {conditions.slice(0, CONDITIONS_IN_FULL).map((condition) => (
                <li key={condition.id}>
                  <strong>{condition.name}.</strong> {condition.summary}
                </li>
              ))}
              {conditions.length > CONDITIONS_IN_FULL && (
                <li>
                  Also:{' '}
                  {conditions
                    .slice(CONDITIONS_IN_FULL)
                    .map((c) => c.name)
                    .join(', ')}
                  .
                </li>
              )}
            </ul>
          )}
          <p className="handout-note">
            These are to discuss with your physiotherapist. This sheet is for learning: it is not a diagnosis.
          </p>
          {stages.length > 0 && (
            <>
              <h2>The pain cycle: the steps we showed</h2>
              <p className="handout-stages">{stages.map((stage) => stage.title).join(' · ')}</p>
            </>
          )}
          <h2>What to expect</h2>
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
        <QrCode className="handout-qr" text={link} label="QR code: opens this visit on a phone" />
        <div>
          <p>
            <strong>Open this visit on your phone:</strong> scan the code with its camera. The link holds no
            name and needs no account. Anyone with the link can see what is in it, so keep it as you would a
            note.
          </p>
          <p className="handout-link">{link}</p>
        </div>
      </footer>
    </div>,
    document.body,
  );
}
