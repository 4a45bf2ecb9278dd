"use client";

import { ErrorPage, type ErrorPageProps } from "@/components/shell/error-page";

// A page of the signed-in app failed to render: say so inside the shell.
export default function AppError(props: ErrorPageProps) {
  return <ErrorPage {...props} />;
}
