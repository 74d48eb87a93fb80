/**
 * Where each bar of an Insights chart goes. Pure: no DOM, no React, so the rules are tested alone.
 *
 * | input                                   | a bar's length (share of the full track)          |
 * |-----------------------------------------|---------------------------------------------------|
 * | value between 0 and the scale's top     | value ÷ top                                       |
 * | value above the top (a rate past 100 %) | the full track (1), never past it                 |
 * | value 0, negative, NaN or infinite      | no bar (0); its label still says what it is       |
 * | top not given                           | the largest value drawn                           |
 * | top 0, negative or not finite           | every bar 0 (nothing to compare against)          |
 *
 * Two layouts, the same rule for length:
 * - rows: one row per datum (the funnel's stages), label column at the left, bar growing right,
 *   its number just past the bar's end. Height grows with the rows.
 * - columns: one column per datum, side by side, each centred in an equal slot of the width, its
 *   number above it and its label under the baseline. Fixed height.
 */

export const ROWS = { rowHeight: 34, barThickness: 22, labelWidth: 110 } as const;
export const COLUMNS = { height: 170, top: 18, bottom: 24, barWidth: 48 } as const;

/** The plotted height of a columns chart: between the room for numbers above and labels below. */
export const COLUMNS_PLOT = COLUMNS.height - COLUMNS.top - COLUMNS.bottom;

/** The scale's top: the given maximum, or the largest finite value drawn. */
export function scaleTop(values: readonly number[], max?: number): number {
  if (max !== undefined) return max;
  return values.reduce((top, v) => (Number.isFinite(v) && v > top ? v : top), 0);
}

/** A bar's length as a share of its full track, by the table above. */
export function barShare(value: number, top: number): number {
  if (!Number.isFinite(top) || top <= 0 || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(1, value / top);
}

export interface ColumnBar {
  /** The slot's centre, as a percentage of the chart's width. */
  centrePercent: number;
  /** The bar's top edge and height in px, inside the fixed-height chart. */
  y: number;
  height: number;
}

/** Each column's place: equal slots across the width, bars standing on one baseline. */
export function columnBars(values: readonly number[], max?: number): ColumnBar[] {
  const top = scaleTop(values, max);
  return values.map((value, i) => {
    const height = barShare(value, top) * COLUMNS_PLOT;
    return { centrePercent: ((i + 0.5) / values.length) * 100, y: COLUMNS.top + COLUMNS_PLOT - height, height };
  });
}

/** Each row's bar length, as a percentage of the track beside the labels. */
export function rowBarPercents(values: readonly number[], max?: number): number[] {
  const top = scaleTop(values, max);
  return values.map((value) => barShare(value, top) * 100);
}
