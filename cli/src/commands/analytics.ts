import type { Command } from "commander";
import { examples, withContext, type Context } from "../context";

// `keyward analytics overview`: a `df_` website key implies its website; a `dft_` token names it.

function websiteIdOf(context: Context): string | undefined {
  if (context.settings.website) return context.settings.website;
  return context.settings.credential?.startsWith("df_") ? undefined : context.website();
}

export function registerAnalytics(program: Command): void {
  const analytics = program
    .command("analytics")
    .description("A website's numbers (--website or the default, or a df_ key's own)")
    .addHelpText(
      "after",
      examples("keyward analytics overview --website 2c1d… --from 2026-11-01 --to 2026-11-30"),
    );

  analytics
    .command("overview")
    .description("Visitors, sessions, revenue and conversion over a range (default: the last 30 days)")
    .option("--from <date>", "first day (YYYY-MM-DD, the website's timezone) or an ISO instant")
    .option("--to <date>", "last day or instant; give both or neither")
    .option("--fields <list>", "comma-separated fields to keep, e.g. visitors,revenue")
    .addHelpText(
      "after",
      examples(
        "keyward analytics overview --from 2026-11-01 --to 2026-11-30 --fields visitors,revenue --json",
      ),
    )
    .action(
      withContext(async (context, options: { from?: string; to?: string; fields?: string }) => {
        const { data } = await context.api.request("GET", "/analytics/overview", {
          query: {
            websiteId: websiteIdOf(context),
            startAt: options.from,
            endAt: options.to,
            fields: options.fields,
          },
        });
        context.one(data);
      }),
    );
}
