import type { ChartTable as ChartTableData } from './stat-charts';

interface Props {
  table: ChartTableData;
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  class?: string;
}

/** The numbers behind a chart as a plain table: the first column heads each row. */
export function ChartTable({ table, caption, class: className }: Props) {
  return (
    <table class={className}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row[0]}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
