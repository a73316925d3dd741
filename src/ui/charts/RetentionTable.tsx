import type { TrueRetentionStats } from '../../domain/stats/true-retention';
import { ChartTable } from './ChartTable';
import { retentionTables } from './stat-charts';
import './charts.css';

/**
 * Anki's True Retention table (pass rate of cards in review, young and mature apart) for
 * today, yesterday, the last 7, 30 and 365 days and all time, with the same by week and by
 * month behind disclosures.
 */
export function RetentionTable({ retention, locale = 'en' }: { retention: TrueRetentionStats; locale?: string }) {
  const tables = retentionTables(retention, locale);
  return (
    <section class="chart" aria-labelledby="retention-title">
      <h2 class="chart-title" id="retention-title">
        True retention
      </h2>
      <p class="chart-summary">
        Share of reviews passed (Hard, Good or Easy) on cards with an interval of a day or more; mature cards have an
        interval of 21 days or more.
      </p>
      <ChartTable table={tables.periods} caption="True retention by period" class="stat-table" />
      <details class="chart-data">
        <summary>By week</summary>
        <ChartTable table={tables.weeks} caption="True retention by week" />
      </details>
      <details class="chart-data">
        <summary>By month</summary>
        <ChartTable table={tables.months} caption="True retention by month" />
      </details>
    </section>
  );
}
