import { StatusPage } from "@/components/shell/status-page";

// One answer for "does not exist" and "not yours to see", so a URL never reveals which it is.
export default function NotFound() {
  return (
    <StatusPage
      inShell
      title="Page not found"
      description="This page does not exist, or you do not have access to it."
      home={{ href: "/", label: "Go to your websites" }}
    />
  );
}
