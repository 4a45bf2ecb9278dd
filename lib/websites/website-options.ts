import "server-only";
import { currencies, timezones } from "@/lib/websites/schemas";

// Labels for the timezone and currency pickers, computed on the server from the same lists the
// schemas accept, so the browser's own ICU data can neither add nor hide a choice.

export type TimezoneOption = { value: string; label: string; offset: string };
export type CurrencyOption = { value: string; label: string };
export type WebsiteOptions = { timezones: TimezoneOption[]; currencies: CurrencyOption[] };

function offsetOf(timeZone: string, now: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((p) => p.type === "timeZoneName")?.value;
  // "GMT" alone means +00:00.
  return !part || part === "GMT" ? "UTC+00:00" : part.replace("GMT", "UTC");
}

let cached: { day: string; options: WebsiteOptions } | undefined;

export function websiteOptions(now = new Date()): WebsiteOptions {
  // Offsets move with daylight saving time: recompute once a day.
  const day = now.toISOString().slice(0, 10);
  if (cached?.day === day) return cached.options;
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const options: WebsiteOptions = {
    timezones: timezones().map((value) => ({
      value,
      label: value.replaceAll("_", " "),
      offset: offsetOf(value, now),
    })),
    currencies: currencies().map((value) => {
      const name = names.of(value);
      return { value, label: name && name !== value ? `${value} — ${name}` : value };
    }),
  };
  cached = { day, options };
  return options;
}
