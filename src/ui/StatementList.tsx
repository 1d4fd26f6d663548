import type { Statement } from '../content';

/** Paragraphs of checked statements; their sources are listed at the end of the view. */
export function StatementList({ statements }: { statements: readonly Statement[] }) {
  return (
    <>
      {statements.map((statement) => (
        <p key={statement.text}>{statement.text}</p>
      ))}
    </>
  );
}
