"use client";

import { cloneElement, createContext, use, useEffect, useRef, useState, type ReactElement } from "react";
import { toast } from "@/components/feedback/toast";
import { onDemand } from "@/components/forms/use-on-demand";

type RootState<Parts> = {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The button that opened it: focus returns there on close, as with Radix's own trigger. */
  trigger: HTMLElement | null;
  setTrigger: (trigger: HTMLElement) => void;
  parts: Parts | undefined;
};

type DeferredRootProps = {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: React.ReactNode;
};

type TriggerChildProps = {
  onClick?: (event: React.MouseEvent<HTMLElement>) => void;
  onPointerEnter?: (event: React.PointerEvent<HTMLElement>) => void;
  onFocus?: (event: React.FocusEvent<HTMLElement>) => void;
  "aria-haspopup"?: "dialog";
  "aria-expanded"?: boolean;
  "data-state"?: "open" | "closed";
};

/**
 * A Radix Root (Dialog, AlertDialog, Popover) whose machinery (focus scope, dismissable layer,
 * portal, popper: 15–30 kB that every page showing one would load with itself) is fetched when
 * it first opens, or as the pointer or focus reaches its trigger. Root and Trigger hold the open
 * state as Radix's do (controlled or not); the content renders Radix's own Root once the parts
 * are there. A failed load says so in a toast and leaves it closed.
 */
export function deferredRoot<Parts>(importer: () => Promise<Parts>, notLoaded: string) {
  const machinery = onDemand(importer);
  const StateContext = createContext<RootState<Parts> | null>(null);

  function useRootState(): RootState<Parts> {
    const state = use(StateContext);
    if (!state) throw new Error("This part belongs inside its Root.");
    return state;
  }

  function Root({ open: controlled, onOpenChange, children }: DeferredRootProps) {
    const [uncontrolled, setUncontrolled] = useState(false);
    const [parts, setParts] = useState(machinery.get);
    const [trigger, setTrigger] = useState<HTMLElement | null>(null);
    const open = controlled ?? uncontrolled;
    const setOpen = (next: boolean) => {
      if (controlled === undefined) setUncontrolled(next);
      onOpenChange?.(next);
    };
    const close = useRef(setOpen);
    useEffect(() => {
      close.current = setOpen;
    });

    useEffect(() => {
      if (!open || parts) return;
      let mounted = true;
      machinery.load().then(
        (loaded) => mounted && setParts(() => loaded),
        () => {
          if (!mounted) return;
          toast(notLoaded, "failure");
          close.current(false);
        },
      );
      return () => {
        mounted = false;
      };
    }, [open, parts]);

    return <StateContext value={{ open, setOpen, trigger, setTrigger, parts }}>{children}</StateContext>;
  }

  /** Always `asChild`: its one child is the button, which opens and closes it. */
  function Trigger({ children }: { asChild: true; children: ReactElement<TriggerChildProps> }) {
    const { open, setOpen, setTrigger } = useRootState();
    const own = children.props;
    return cloneElement(children, {
      "aria-haspopup": "dialog",
      "aria-expanded": open,
      "data-state": open ? "open" : "closed",
      onClick(event) {
        own.onClick?.(event);
        if (event.defaultPrevented) return;
        setTrigger(event.currentTarget);
        setOpen(!open);
      },
      onPointerEnter(event) {
        own.onPointerEnter?.(event);
        machinery.preload();
      },
      onFocus(event) {
        own.onFocus?.(event);
        machinery.preload();
      },
    });
  }

  /**
   * What the content needs: Radix's parts (undefined until loaded: render nothing), its Root's
   * open state, the trigger, and onCloseAutoFocus: the caller's first; unless that chose a
   * target, focus goes back to the trigger (nowhere when opened another way, as with Radix).
   */
  function useContent(onCloseAutoFocus?: (event: Event) => void) {
    const { open, setOpen, trigger, parts } = useRootState();
    return {
      parts,
      trigger,
      root: { open, onOpenChange: setOpen },
      returnFocus(event: Event) {
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        trigger?.focus();
      },
    };
  }

  /** Radix's parts, for the parts inside the content (which renders only once they are loaded). */
  function useParts(): Parts {
    const { parts } = useRootState();
    if (!parts) throw new Error("This part renders inside its content.");
    return parts;
  }

  return { Root, Trigger, useContent, useParts };
}
