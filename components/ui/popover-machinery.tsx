"use client";

import { Popover } from "radix-ui";

// Radix's popover and its popper, fetched when one first opens (components/ui/popover.tsx).
export const machinery = Popover;
