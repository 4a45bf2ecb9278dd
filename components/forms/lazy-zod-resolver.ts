"use client";

import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type * as z4 from "zod/v4/core";
import { NOT_LOADED_MESSAGE, onDemand } from "./use-on-demand";

// A form shown with its page validates with its schema only once someone submits it: zod and the
// schema's module load then, not with the page. A failed load is a form-level error, and the next
// submit tries again.

const resolverCode = onDemand(() => import("./zod-resolver").then((module) => module.zodResolver));

export function lazyZodResolver<Input extends FieldValues, Output>(
  loadSchema: () => Promise<z4.$ZodType<Output, Input>>,
): Resolver<Input, unknown, Output> {
  const schemaCode = onDemand(loadSchema);
  return async (values, context, options) => {
    let resolver: Resolver<Input, unknown, Output>;
    try {
      const [zodResolver, schema] = await Promise.all([resolverCode.load(), schemaCode.load()]);
      resolver = zodResolver(schema) as Resolver<Input, unknown, Output>;
    } catch {
      const errors: FieldErrors<Input> = {};
      errors.root = { server: { type: "INVALID", message: NOT_LOADED_MESSAGE } } as FieldErrors["root"];
      return { values: {}, errors };
    }
    return resolver(values, context, options);
  };
}
