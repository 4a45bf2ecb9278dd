import { scaleBand, scaleLinear } from "@visx/scale";
import { DataTable } from "@/components/ui/data-table";
import type { DailyVisitors } from "@/lib/analytics/dashboard-summary";

const WIDTH = 720;
const HEIGHT = 140;

const count = new Intl.NumberFormat("en");

function summary(days: readonly DailyVisitors[]): string {
  const peak = days.reduce<DailyVisitors | undefined>(
    (top, day) => (!top || day.visitors > top.visitors ? day : top),
    undefined,
  );
  if (!peak) return "No days to show.";
  return `Visitors per day from ${days[0]?.name} to ${days.at(-1)?.name}: at most ${count.format(peak.visitors)}, on ${peak.name}. The table below lists each day.`;
}

/** Bars of visitors per day, drawn on the server (no script); the figures are in a table too. */
export function VisitorsChart({ days }: { days: readonly DailyVisitors[] }) {
  const x = scaleBand<string>({ domain: days.map((d) => d.timestamp), range: [0, WIDTH], padding: 0.2 });
  const most = Math.max(0, ...days.map((d) => d.visitors));
  // A day with none still has a scale: bars of 0 on a 0–1 axis.
  const y = scaleLinear<number>({ domain: [0, Math.max(1, most)], range: [HEIGHT, 0] });
  return (
    <figure className="grid gap-2">
      <figcaption className="text-sm font-medium">
        Visitors per day{" "}
        <span className="font-normal text-muted-foreground">(at most {count.format(most)})</span>
      </figcaption>
      <div className="grid gap-1">
        <svg
          role="img"
          aria-label={summary(days)}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-auto w-full"
        >
          {days.map((day) => (
            <rect
              key={day.timestamp}
              x={x(day.timestamp)}
              y={y(day.visitors)}
              width={x.bandwidth()}
              height={HEIGHT - y(day.visitors)}
              rx={2}
              className="fill-primary"
            />
          ))}
          <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" opacity={0.3} />
        </svg>
        {/* HTML, not SVG text: it keeps its size when the chart shrinks on a phone. */}
        <div aria-hidden="true" className="flex justify-between text-xs text-muted-foreground">
          <span>{days[0]?.name}</span>
          <span>{days.at(-1)?.name}</span>
        </div>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Show the figures as a table</summary>
        <DataTable
          headers={["Day", "Visitors"]}
          rows={days.map((day) => ({ key: day.timestamp, cells: [day.name, count.format(day.visitors)] }))}
        />
      </details>
    </figure>
  );
}
