"use client";

import { ErrorPage, type ErrorPageProps } from "@/components/shell/error-page";

// Here, not only in the app shell: the website's name and tabs above stay, so its other pages remain reachable.
export default function WebsiteError(props: ErrorPageProps) {
  return <ErrorPage {...props} />;
}
