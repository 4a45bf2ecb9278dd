import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names and lets later Tailwind classes override earlier ones (`p-2` then `p-4` → `p-4`). */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
