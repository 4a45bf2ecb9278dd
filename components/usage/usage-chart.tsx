"use client";

import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStack } from "@visx/shape";

export type UsageDay = { date: string; success: number; clientError: number; serverError: number };

const KEYS = ["success", "clientError", "serverError"] as const;
type Key = (typeof KEYS)[number];

export const SERIES: Record<Key, { label: string; color: string }> = {
  success: { label: "2xx", color: "var(--color-emerald-600)" },
  clientError: { label: "4xx", color: "var(--color-amber-500)" },
  serverError: { label: "5xx", color: "var(--color-red-600)" },
};

const WIDTH = 720;
const HEIGHT = 180;
const AXIS = 24;

function summary(days: readonly UsageDay[]): string {
  const sum = (key: Key) => days.reduce((total, day) => total + day[key], 0);
  return `Requests per day for the last ${days.length} days: ${sum("success")} 2xx, ${sum("clientError")} 4xx, ${sum("serverError")} 5xx. The table below lists each day.`;
}

/** Stacked bars per day (visx draws the SVG; the figures are in the table beside it for screen readers). */
export function UsageChart({ days }: { days: readonly UsageDay[] }) {
  const x = scaleBand<string>({ domain: days.map((d) => d.date), range: [0, WIDTH], padding: 0.2 });
  const peak = Math.max(1, ...days.map((d) => d.success + d.clientError + d.serverError));
  const y = scaleLinear<number>({ domain: [0, peak], range: [HEIGHT - AXIS, 0], nice: true });
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  return (
    <figure className="grid gap-2">
      <svg
        role="img"
        aria-label={summary(days)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        data-testid="usage-chart"
      >
        <BarStack<UsageDay, Key>
          data={[...days]}
          keys={[...KEYS]}
          x={(d) => d.date}
          xScale={x}
          yScale={y}
          color={(key) => SERIES[key].color}
        />
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="currentColor" opacity={0.3} />
        <text x={0} y={HEIGHT - 6} fontSize={12} fill="currentColor">
          {first}
        </text>
        <text x={WIDTH} y={HEIGHT - 6} fontSize={12} textAnchor="end" fill="currentColor">
          {last}
        </text>
        <text x={0} y={12} fontSize={12} fill="currentColor">
          {peak}
        </text>
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-muted-foreground">
        {KEYS.map((key) => (
          <span key={key} className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="size-3 rounded-sm"
              style={{ background: SERIES[key].color }}
            />
            {SERIES[key].label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
