"use client";

import { cloneElement, useState, type ComponentType, type ReactElement } from "react";
import { toast } from "@/components/feedback/toast";

/** What a deferred menu module renders: the whole Radix menu around the trigger it is given. */
export type LoadedMenu<P> = ComponentType<P & { trigger: ReactElement; defaultOpen: boolean }>;

type TriggerProps = {
  onClick?: () => void;
  onKeyDown?: (event: React.KeyboardEvent) => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  "aria-haspopup"?: "menu";
  "aria-expanded"?: boolean;
};

/**
 * A header menu whose Radix machinery (menu, popper, focus scope: ≈ 40 kB on every signed-in
 * page) loads on first use. Until then the trigger is the same button without it; pointing at or
 * focusing it fetches the module, and the first click or arrow key opens the real menu.
 */
export function DeferredMenu<P extends object>({
  load,
  trigger,
  props,
}: {
  load: () => Promise<LoadedMenu<P>>;
  trigger: ReactElement<TriggerProps>;
  props: P;
}) {
  const [Menu, setMenu] = useState<LoadedMenu<P> | null>(null);
  if (Menu) return <Menu {...props} trigger={trigger} defaultOpen />;

  const open = () =>
    load().then(
      (loaded) => setMenu(() => loaded),
      () => toast("The menu could not load. Check your connection and try again.", "failure"),
    );
  const prefetch = () => void load().catch(() => undefined);
  return cloneElement(trigger, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    onClick: () => void open(),
    onKeyDown: (event) => {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      event.preventDefault();
      void open();
    },
    onPointerEnter: prefetch,
    onFocus: prefetch,
  });
}
