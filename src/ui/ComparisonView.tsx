import { type ComparisonRow, content, type Statement } from '../content';
import { sourcesFor } from '../content/sourceLookup';
import { Citations } from './Citations';
import { PageLink } from './PageLink';
import { SafetyPage } from './SafetyPage';
import { StatementList } from './StatementList';
import './comparison.css';
import { COMPARISON } from '../content/comparison';
import { t } from './comparisonWords';

/** Every statement of the page, in reading order: the order its sources are numbered in. */
function pageStatements(): Statement[] {
  const { intro, rows, overlap } = COMPARISON;
  return [...intro, ...rows.flatMap((r) => [...r.ims, ...r.acupuncture]), ...overlap.statements];
}

/** "[1, 4]": the numbers of a cell's sources in the list at the end of the page. */
function References({
  statements,
  numbers,
}: {
  statements: readonly Statement[];
  numbers: Map<string, number>;
}) {
  const cited = [...new Set(statements.flatMap((s) => s.sources))]
    .map((id) => numbers.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return (
    <span className="cell-refs">
      <span className="visually-hidden">{t('comparison.sources')} </span>[{cited.join(', ')}]
    </span>
  );
}

/** One side of a row. The label repeats the column name where the table is stacked (phones). */
function Cell({
  label,
  statements,
  numbers,
}: {
  label: string;
  statements: readonly Statement[];
  numbers: Map<string, number>;
}) {
  return (
    // Explicit roles: the stacked layout changes the cells' display, which can drop table semantics.
    // biome-ignore lint/a11y/noRedundantRoles: kept on purpose, see above.
    <td role="cell">
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {statements.map((s, i) => (
        <p key={s.text}>
          {s.text}
          {i === statements.length - 1 && (
            <>
              {' '}
              <References statements={statements} numbers={numbers} />
            </>
          )}
        </p>
      ))}
    </td>
  );
}

function Row({ row, numbers }: { row: ComparisonRow; numbers: Map<string, number> }) {
  const { columns } = COMPARISON;
  return (
    // biome-ignore lint/a11y/noRedundantRoles: see Cell.
    <tr role="row">
      {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
      <th scope="row" role="rowheader">
        {row.aspect}
      </th>
      <Cell label={columns.ims} statements={row.ims} numbers={numbers} />
      <Cell label={columns.acupuncture} statements={row.acupuncture} numbers={numbers} />
    </tr>
  );
}

/** IMS beside traditional acupuncture: this clinic's view, then the table, then where they meet. */
export default function ComparisonView() {
  const { title, caption, columns, intro, rows, overlap } = COMPARISON;
  const sources = sourcesFor(pageStatements().flatMap((s) => s.sources));
  const numbers = new Map(sources.map((s, i) => [s.id, i + 1]));

  return (
    <SafetyPage id="ims-vs-acupuncture" title={title} className="comparison-page">
      <StatementList statements={intro} />

      <div className="comparison">
        {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
        <table className="comparison-table" role="table">
          <caption>{caption}</caption>
          {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
          <thead role="rowgroup">
            {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
            <tr role="row">
              {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
              <th scope="col" role="columnheader">
                {columns.aspect}
              </th>
              {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
              <th scope="col" role="columnheader" className="col-ims">
                {columns.ims}
              </th>
              {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
              <th scope="col" role="columnheader" className="col-acupuncture">
                {columns.acupuncture}
              </th>
            </tr>
          </thead>
          {/* biome-ignore lint/a11y/noRedundantRoles: see Cell. */}
          <tbody role="rowgroup">
            {rows.map((row) => (
              <Row key={row.id} row={row} numbers={numbers} />
            ))}
          </tbody>
        </table>
      </div>

      <h2>{overlap.heading}</h2>
      <StatementList statements={overlap.statements} />

      <nav className="comparison-more" aria-label={t('comparison.more')}>
        <ul>
          <li>
            <PageLink page="side-effects">{content.safety.sideEffects.title}</PageLink>
          </li>
          <li>
            <PageLink page="what-the-evidence-shows">{t('comparison.evidenceLink')}</PageLink>
          </li>
        </ul>
      </nav>

      <h2>{t('comparison.sources')}</h2>
      <Citations sources={sources} />
    </SafetyPage>
  );
}
