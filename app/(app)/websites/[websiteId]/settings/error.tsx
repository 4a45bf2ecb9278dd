"use client";

import { ErrorPage, type ErrorPageProps } from "@/components/shell/error-page";

// Here, not only per website: the settings tabs above stay, so the other tabs remain reachable.
export default function WebsiteSettingsError(props: ErrorPageProps) {
  return <ErrorPage {...props} />;
}
