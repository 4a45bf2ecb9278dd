"use client";

import { AlertDialog, Dialog } from "radix-ui";

// Radix's dialogs, fetched when one first opens (components/ui/dialog.tsx, deferred-root.tsx).
export const machinery = { dialog: Dialog, alert: AlertDialog };
