import { content, type QuestionId } from '../content';
import { PageLink } from './PageLink';
import './questions.css';

/** The questions new patients ask, as a list of links (each question has its own page). */
export function QuestionLinks({ label, except }: { label: string; except?: QuestionId }) {
  return (
    <nav className="question-links" aria-label={label}>
      <ul>
        {content.questions
          .filter((q) => q.id !== except)
          .map((q) => (
            <li key={q.id}>
              <PageLink page={q.id} className="question-link">
                {q.question}
              </PageLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
