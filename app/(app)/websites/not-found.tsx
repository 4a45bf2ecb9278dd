import { StatusPage } from "@/components/shell/status-page";

// Catches the website layout's notFound(): an unknown website and one the person is not on look
// the same, so a URL never reveals which it is.
export default function WebsiteNotFound() {
  return (
    <StatusPage
      inShell
      title="Website not found"
      description="This website does not exist, or you are not on its team. If someone shared it with you, ask them to invite you."
      home={{ href: "/", label: "Go to your websites" }}
    />
  );
}
