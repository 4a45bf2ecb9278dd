import { z } from "zod";
import { GRACE_PERIODS, type GracePeriod } from "./grace";

// Apart from GRACE_PERIODS, which the roll dialog shows without loading zod.

export const gracePeriodSchema = z.enum(Object.keys(GRACE_PERIODS) as [GracePeriod, ...GracePeriod[]], {
  error: "Choose when the old secret stops working: none, 1h, 24h or 7d.",
});
