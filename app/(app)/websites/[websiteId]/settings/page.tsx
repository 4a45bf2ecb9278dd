import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { DeleteWebsiteDialog } from "@/components/websites/delete-website-dialog";
import { WebsiteDetails } from "@/components/websites/website-details";
import { WebsiteSettingsForm } from "@/components/websites/website-settings-form";
import { websiteOptions } from "@/lib/websites/website-options";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ownerOnlyReason } from "@/lib/access";
import { loadWebsite, type WebsiteParams } from "../load-website";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage({ params }: WebsiteParams) {
  const { website, decide } = await loadWebsite((await params).websiteId);
  const write = decide("settings.write");
  const remove = decide("website.delete");
  return (
    <div className="grid max-w-3xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>
            How this website is named, where it lives and how its reports are kept.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {write.ok ? (
            <WebsiteSettingsForm website={website} options={websiteOptions()} />
          ) : (
            <>
              <Alert variant="info">
                <AlertTitle>Read-only</AlertTitle>
                <AlertDescription>{write.message} Ask an owner or a member to make changes.</AlertDescription>
              </Alert>
              <WebsiteDetails website={website} />
            </>
          )}
        </CardContent>
      </Card>
      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>Delete website</CardTitle>
          <CardDescription>
            Removes the website with its team, invitations and API keys, and takes it off every account token
            that lists it. This cannot be undone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {remove.ok ? (
            <DeleteWebsiteDialog websiteId={website._id} domain={website.domain} />
          ) : (
            <p className="flex items-center gap-2 text-sm font-medium">
              <Lock aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              {ownerOnlyReason("website.delete") ?? remove.message}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
