"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy } from "lucide-react";

import { Button, type ButtonProps } from "@/components/ui/button";

type Status = "idle" | "copied" | "manual";

type CopyButtonProps = Omit<ButtonProps, "value" | "onClick" | "asChild" | "children"> & {
  value: string;
  /** Visible (or, with size="icon", screen-reader) label. */
  label?: string;
  /** Element whose text is selected when the clipboard API is missing or refuses (plain http, permissions). */
  fallbackTargetId?: string;
  fallbackTargetRef?: React.RefObject<HTMLElement | null>;
};

function selectText(el: HTMLElement) {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function copyShortcut() {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? "⌘C" : "Ctrl+C";
}

/** Copies `value`; success and the manual fallback are both shown and announced (aria-live). */
export function CopyButton({
  value,
  label = "Copy",
  fallbackTargetId,
  fallbackTargetRef,
  variant = "outline",
  size = "sm",
  ...props
}: CopyButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function show(next: Status, text: string, ms: number) {
    setStatus(next);
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setStatus("idle");
      setMessage("");
    }, ms);
  }

  async function copy() {
    try {
      // navigator.clipboard is undefined outside secure contexts; the TypeError lands in catch.
      await navigator.clipboard.writeText(value);
      show("copied", "Copied to clipboard", 2000);
    } catch {
      const target =
        fallbackTargetRef?.current ?? (fallbackTargetId ? document.getElementById(fallbackTargetId) : null);
      if (!target) return show("manual", "Couldn't copy automatically: select the text and copy it", 8000);
      selectText(target);
      show("manual", `Press ${copyShortcut()} to copy`, 8000);
    }
  }

  const text = status === "copied" ? "Copied" : label;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant={variant} size={size} onClick={copy} {...props}>
        {status === "copied" ? (
          <Check aria-hidden="true" className="text-success" />
        ) : (
          <Copy aria-hidden="true" />
        )}
        {size === "icon" ? <span className="sr-only">{text}</span> : text}
      </Button>
      {/* Always mounted so screen readers are already listening when the message changes. */}
      <span aria-live="polite" className={status === "manual" ? "text-sm text-muted-foreground" : "sr-only"}>
        {message}
      </span>
    </span>
  );
}
