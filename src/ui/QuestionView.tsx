import { content, type Question } from '../content';
import { PageLink } from './PageLink';
import { QuestionLinks } from './QuestionLinks';
import { SafetyPage } from './SafetyPage';
import { SourceList } from './SourceList';
import { StatementList } from './StatementList';
import './questions.css';
import { t } from '../i18n/t';

/** One question a new patient asks: a short answer, the pages that say more, then the next question. */
export function QuestionView({ question }: { question: Question }) {
  const { questions } = content;
  const next = questions[questions.findIndex((q) => q.id === question.id) + 1];
  return (
    <SafetyPage id={question.id} title={question.question} className="question-page">
      <StatementList statements={question.answer} />
      {question.links.length > 0 && (
        <nav className="answer-links" aria-label={t('question.readMore')}>
          <ul>
            {question.links.map((link) => (
              <li key={link.page}>
                <PageLink page={link.page} className="answer-link">
                  {link.label}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {next && (
        <p className="next-question">
          <span className="next-question-label">{t('question.next')} </span>
          <PageLink page={next.id}>{next.question}</PageLink>
        </p>
      )}

      <h2>{t('common.sources')}</h2>
      <SourceList statements={question.answer} />

      <h2>{t('question.more')}</h2>
      <QuestionLinks label={t('question.more')} except={question.id} />
    </SafetyPage>
  );
}
