import { content, type PageId } from '../content';
import { PageLink } from './PageLink';
import './safety.css';

/** The two safety pages, warning signs first: a pair of clear links. Titles are read when drawn
 * (French content is swapped in after this module loads). */
const LINKS: { page: PageId; title: () => string; icon: string; className: string }[] = [
  {
    page: 'see-a-doctor-first',
    title: () => content.safety.warningSigns.title,
    icon: '!',
    className: 'safety-link safety-link-warning',
  },
  {
    page: 'side-effects',
    title: () => content.safety.sideEffects.title,
    icon: 'i',
    className: 'safety-link',
  },
];

export function SafetyLinks({ label }: { label: string }) {
  return (
    <nav className="safety-links" aria-label={label}>
      <ul>
        {LINKS.map(({ page, title, icon, className }) => (
          <li key={page}>
            <PageLink page={page} className={className}>
              <span className="safety-link-icon" aria-hidden="true">
                {icon}
              </span>
              {title()}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
