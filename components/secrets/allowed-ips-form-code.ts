import { onDemand } from "@/components/forms/use-on-demand";

/** The IP allow-list form (its schema, react-hook-form), fetched when a dialog showing it opens. */
export const allowedIpsFormCode = onDemand(() =>
  import("./allowed-ips-form").then((module) => module.AllowedIpsForm),
);
