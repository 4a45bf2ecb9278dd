"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { X } from "lucide-react";
import { Toast as ToastPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";

type ToastVariant = "default" | "success" | "destructive";

export type ToastOptions = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before auto-dismiss (default 5000). The timer pauses on hover, focus and window blur. */
  duration?: number;
};

type ToastItem = ToastOptions & { id: number };

type ToastApi = {
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);
const MAX_VISIBLE = 3;
let nextId = 0;

const variantClasses: Record<ToastVariant, { root: string; title: string }> = {
  default: { root: "border-border", title: "" },
  success: { root: "border-success/40", title: "text-success" },
  destructive: { root: "border-destructive/40", title: "text-destructive" },
};

/**
 * Mount once near the root. Built on Radix Toast: a labelled region (F8 jumps to it), live
 * announcements (errors assertive, the rest polite), swipe to dismiss and a visible close button.
 */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const toast = useCallback((options: ToastOptions) => {
    const id = ++nextId;
    setToasts((list) => [...list, { ...options, id }].slice(-MAX_VISIBLE));
    return id;
  }, []);
  const api = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext value={api}>
      <ToastPrimitive.Provider label="Notifications" swipeDirection="right">
        {children}
        {toasts.map(({ id, title, description, variant = "default", duration = 5000 }) => (
          <ToastPrimitive.Root
            key={id}
            duration={duration}
            type={variant === "destructive" ? "foreground" : "background"}
            onOpenChange={(open) => {
              if (!open) dismiss(id);
            }}
            className={cn(
              "pointer-events-auto relative grid gap-1 rounded-lg border bg-popover p-4 pr-10 text-sm text-popover-foreground shadow-lg",
              "motion-safe:data-[state=open]:animate-slide-up",
              "data-[swipe=cancel]:translate-x-0 data-[swipe=cancel]:transition-transform data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)",
              variantClasses[variant].root,
            )}
          >
            <ToastPrimitive.Title className={cn("font-medium", variantClasses[variant].title)}>
              {title}
            </ToastPrimitive.Title>
            {description && (
              <ToastPrimitive.Description className="text-muted-foreground">
                {description}
              </ToastPrimitive.Description>
            )}
            <ToastPrimitive.Close
              aria-label="Dismiss notification"
              className="absolute top-3 right-3 rounded-sm p-1 text-muted-foreground hover:bg-accent hover:text-foreground"
            >
              <X aria-hidden="true" className="size-4" />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="pointer-events-none fixed right-0 bottom-0 z-100 flex w-full flex-col gap-2 p-4 sm:max-w-sm" />
      </ToastPrimitive.Provider>
    </ToastContext>
  );
}

/** `const { toast } = useToast(); toast({ title: "Token revoked", variant: "success" })`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>");
  return api;
}
