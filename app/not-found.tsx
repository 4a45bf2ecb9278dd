import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";

export const metadata: Metadata = { title: "Page not found" };

// Any URL no route matches.
export default function NotFound() {
  return <StatusPage title="Page not found" description="There is no page at this address." />;
}
