import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. It does not resolve conflicting utilities (that took tailwind-merge, 9 kB on
 * every page): a component never lets a caller's class fight its own, it offers a prop instead
 * (a dialog's `width`, a button's `size`).
 */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
