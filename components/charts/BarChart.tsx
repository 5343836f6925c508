/** One bar: what it stands for (a day, a week's Monday) and its value. */
export interface BarPoint {
  key: string;
  value: number;
}

/** Chart geometry in SVG user units; the SVG scales to its box. */
const WIDTH = 480;
const HEIGHT = 200;
const PAD = { top: 12, right: 4, bottom: 28, left: 64 };

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((max) => max >= value)!;
}

interface BarChartProps {
  /** Unique on the page: ids of the title and table derive from it. */
  id: string;
  title: string;
  points: BarPoint[];
  /** A value as text, e.g. money or a count. */
  format: (value: number) => string;
  /** An axis value as text, shorter if need be (default `format`). */
  axisFormat?: (value: number) => string;
  /** A bar's key as a short label, e.g. "3 Mar". */
  label: (key: string) => string;
  /**
   * The smallest step worth an axis line, in the values' unit: 100 for
   * cents (whole euros), 1 for counts. Default 1.
   */
  unit?: number;
  /** One sentence for screen readers, e.g. the total. */
  summary: string;
  /** Column headings of the table alternative. */
  labels: { key: string; value: string; table: string };
}

/**
 * A bar per day or week, drawn on the server as SVG (no JavaScript), with the
 * same numbers as a table to open beneath it: the table is the text
 * alternative, so the picture is labelled with a summary only.
 */
export function BarChart(props: BarChartProps) {
  const { points } = props;
  const unit = props.unit ?? 1;
  const max = unit *
    niceMax(Math.max(0, ...points.map((point) => point.value)) / unit);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(4, slot * 0.62);
  // About six labels below the bars, the latest always among them.
  const every = Math.max(1, Math.ceil(points.length / 6));
  const y = (value: number) => PAD.top + plotHeight * (1 - value / max);
  // A middle line only where it falls on a whole unit.
  const ticks = (max / 2) % unit === 0 ? [0, max / 2, max] : [0, max];
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="chart-title">
        {props.title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${props.title}: ${props.summary}`}
        class="chart-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((tick) => (
          <g class="chart-grid">
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text
              x={PAD.left - 8}
              y={y(tick)}
              text-anchor="end"
              dominant-baseline="middle"
            >
              {(props.axisFormat ?? props.format)(tick)}
            </text>
          </g>
        ))}
        {points.map((point, i) => {
          const x = PAD.left + slot * i + (slot - barWidth) / 2;
          const top = y(point.value);
          return (
            <g class="chart-bar">
              <rect
                x={x}
                y={top}
                width={barWidth}
                height={Math.max(0, PAD.top + plotHeight - top)}
                rx={3}
              >
                <title>
                  {`${props.label(point.key)}: ${props.format(point.value)}`}
                </title>
              </rect>
              {(points.length - 1 - i) % every === 0 && (
                <text
                  x={x + barWidth / 2}
                  y={HEIGHT - 8}
                  text-anchor="middle"
                  class="chart-axis"
                >
                  {props.label(point.key)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>{props.labels.table}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{props.labels.key}</th>
              <th scope="col" class="numeric">{props.labels.value}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr>
                <td>{props.label(point.key)}</td>
                <td class="numeric">{props.format(point.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
