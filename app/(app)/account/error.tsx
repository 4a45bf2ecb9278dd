"use client";

import { ErrorPage, type ErrorPageProps } from "@/components/shell/error-page";

// Here, not only in the app shell: the account tabs above stay, so the other tabs remain reachable.
export default function AccountError(props: ErrorPageProps) {
  return <ErrorPage {...props} />;
}
