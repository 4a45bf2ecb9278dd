import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// One answer for "does not exist" and "not yours to see", so a URL never reveals which it is.
export default function NotFound() {
  return (
    <div className="grid gap-6">
      {/* An element, not metadata: a website's 404 comes from its layout's metadata, which failed. */}
      <title>Page not found · Keyward</title>
      <h1 className="sr-only">Not found</h1>
      <EmptyState
        icon={<SearchX />}
        title="Page not found"
        description="This page does not exist, or you do not have access to it. If someone shared a website with you, ask them to invite you."
        action={
          <Button asChild>
            <Link href="/">Go to your websites</Link>
          </Button>
        }
      />
    </div>
  );
}
