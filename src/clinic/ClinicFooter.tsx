import { t } from '../i18n/t';
import { useAppStore } from '../state/store';

/** The clinic's details in the footer, when the clinic has given them (clinic.json); else nothing. */
export function ClinicFooter() {
  const clinic = useAppStore((s) => s.clinic);
  if (!clinic) return null;
  const phoneHref = clinic.phone ? `tel:${clinic.phone.replace(/[^0-9+]/g, '')}` : null;
  return (
    <p className="clinic-details">
      <strong>{clinic.name}</strong>
      {clinic.practitioner && <span>{clinic.practitioner}</span>}
      {clinic.phone && phoneHref && <a href={phoneHref}>{clinic.phone}</a>}
      {clinic.address && <span>{clinic.address}</span>}
      {clinic.bookingUrl && (
        <a href={clinic.bookingUrl} target="_blank" rel="noopener noreferrer">
          {t('clinic.book')}
        </a>
      )}
    </p>
  );
}
