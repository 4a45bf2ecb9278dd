import "server-only";
import { websiteKeyParams, websiteMemberParams, websiteParams } from "@/lib/api/params";
import { changeRoleSchema, inviteSchema, removeMemberSchema } from "@/lib/team/schemas";
import { invitedSchema, memberRemovedSchema, roleChangedSchema, teamRowSchema } from "@/lib/team/team-rows";
import { tokenPolicyDtoSchema, tokenPolicySchema } from "@/lib/token-policy/schemas";
import { credentialUsageDtoSchema } from "@/lib/usage/dto";
import { websiteKeyDtoSchema } from "@/lib/website-keys/dto";
import { MAX_ALLOWED_IPS } from "@/lib/credentials/ip-allow-list";
import {
  createWebsiteKeyApiSchema,
  keyAllowedIpsSchema,
  rollWebsiteKeyApiSchema,
} from "@/lib/website-keys/schemas";
import { createdWebsiteSchema, websiteDtoSchema } from "@/lib/websites/website-dto";
import { createWebsiteSchema, updateWebsiteSchema } from "@/lib/websites/schemas";
import { deletedSchema, revokedSchema, secretField } from "./common";
import { defineOperation } from "./operation";

const site = { website: "path", params: websiteParams } as const;

export const listWebsites = defineOperation({
  id: "listWebsites",
  method: "GET",
  path: "/admin/websites",
  tag: "Websites",
  summary: "List your websites",
  description: "Every website you can reach, with your `role` on each.",
  access: "websites.list",
  response: websiteDtoSchema,
  list: true,
});

export const createWebsite = defineOperation({
  id: "createWebsite",
  method: "POST",
  path: "/admin/websites",
  tag: "Websites",
  summary: "Create a website",
  description:
    "You become its owner. A token confined to an allow-list cannot create websites. Answers DataFast's `{websiteId, domain, trackingId}` beside Keyward's website fields (`_id` is `websiteId`).",
  access: "websites.create",
  body: createWebsiteSchema,
  response: createdWebsiteSchema,
  errors: [409],
});

export const getWebsite = defineOperation({
  id: "getWebsite",
  method: "GET",
  path: "/admin/websites/{websiteId}",
  tag: "Websites",
  summary: "Read a website's settings",
  access: "settings.read",
  ...site,
  response: websiteDtoSchema,
});

export const updateWebsite = defineOperation({
  id: "updateWebsite",
  method: "PUT",
  path: "/admin/websites/{websiteId}",
  tag: "Websites",
  summary: "Change a website's settings",
  access: "settings.write",
  ...site,
  body: updateWebsiteSchema,
  response: websiteDtoSchema,
  errors: [409],
});

export const deleteWebsite = defineOperation({
  id: "deleteWebsite",
  method: "DELETE",
  path: "/admin/websites/{websiteId}",
  tag: "Websites",
  summary: "Delete a website",
  description: "With everything recorded for it and its keys.",
  access: "website.delete",
  ...site,
  response: deletedSchema,
});

export const listWebsiteKeys = defineOperation({
  id: "listWebsiteKeys",
  method: "GET",
  path: "/admin/websites/{websiteId}/apikeys",
  tag: "Website keys",
  summary: "List a website's API keys",
  access: "api-keys.read",
  ...site,
  response: websiteKeyDtoSchema,
  list: true,
});

export const createWebsiteKey = defineOperation({
  id: "createWebsiteKey",
  method: "POST",
  path: "/admin/websites/{websiteId}/apikeys",
  tag: "Website keys",
  summary: "Create a website API key",
  description:
    '`key` (the `df_` secret) is returned once. Names are unique among the website\'s live keys (409 when taken); without one the key is called "API key", numbered when that is taken.',
  access: "api-keys.write",
  ...site,
  body: createWebsiteKeyApiSchema,
  response: websiteKeyDtoSchema.extend({ key: secretField }),
});

export const rollWebsiteKey = defineOperation({
  id: "rollWebsiteKey",
  method: "PUT",
  path: "/admin/websites/{websiteId}/apikeys/{keyId}",
  tag: "Website keys",
  summary: "Roll a website API key",
  description: "Same `_id`, a new `key` returned once; the old secret stops working now, or after `grace`.",
  access: "api-keys.write",
  website: "path",
  params: websiteKeyParams,
  body: rollWebsiteKeyApiSchema,
  response: websiteKeyDtoSchema.extend({ key: secretField }),
  errors: [404, 409],
});

export const expireWebsiteKeyPreviousSecret = defineOperation({
  id: "expireWebsiteKeyPreviousSecret",
  method: "DELETE",
  path: "/admin/websites/{websiteId}/apikeys/{keyId}/previous-secret",
  tag: "Website keys",
  summary: "End a rolled key's old secret now",
  description:
    "During a roll's grace period: the rolled-away secret is refused from the next request on, the current one keeps working. 409 when no grace period runs or the key was revoked or has expired; nothing changes then.",
  access: "api-keys.write",
  website: "path",
  params: websiteKeyParams,
  response: websiteKeyDtoSchema,
  errors: [404, 409],
});

export const setWebsiteKeyAllowedIps = defineOperation({
  id: "setWebsiteKeyAllowedIps",
  method: "PUT",
  path: "/admin/websites/{websiteId}/apikeys/{keyId}/allowed-ips",
  tag: "Website keys",
  summary: "Set a website API key's IP allow-list",
  description: `Replaces the list of IPv4/IPv6 addresses and CIDR ranges the key may be used from (at most ${MAX_ALLOWED_IPS}; \`[]\` allows any address). A request from elsewhere answers 403 naming the list. Entries are stored canonical (network address and prefix; IPv4-mapped IPv6 as IPv4).`,
  access: "api-keys.write",
  website: "path",
  params: websiteKeyParams,
  body: keyAllowedIpsSchema,
  response: websiteKeyDtoSchema,
  errors: [404],
});

export const revokeWebsiteKey = defineOperation({
  id: "revokeWebsiteKey",
  method: "DELETE",
  path: "/admin/websites/{websiteId}/apikeys/{keyId}",
  tag: "Website keys",
  summary: "Revoke a website API key",
  access: "api-keys.write",
  website: "path",
  params: websiteKeyParams,
  response: revokedSchema,
  errors: [404],
});

export const getTokenPolicy = defineOperation({
  id: "getTokenPolicy",
  method: "GET",
  path: "/admin/websites/{websiteId}/token-policy",
  tag: "Websites",
  summary: "Get the website's token policy",
  description:
    "What account tokens reaching the website must respect: a maximum lifetime, whether they must expire, whether tokens for all websites may reach it. A website without a policy answers the defaults (`updatedAt: null`).",
  access: "token-policy.read",
  ...site,
  response: tokenPolicyDtoSchema,
});

export const setTokenPolicy = defineOperation({
  id: "setTokenPolicy",
  method: "PUT",
  path: "/admin/websites/{websiteId}/token-policy",
  tag: "Websites",
  summary: "Set the website's token policy",
  description:
    "Owner only. Creating, editing or regenerating a token that reaches the website is refused (400 naming the website and the rule) when it does not comply; existing tokens are not changed.",
  access: "token-policy.write",
  ...site,
  body: tokenPolicySchema,
  response: tokenPolicyDtoSchema,
});

export const getWebsiteKeyUsage = defineOperation({
  id: "getWebsiteKeyUsage",
  method: "GET",
  path: "/admin/websites/{websiteId}/apikeys/{keyId}/usage",
  tag: "Website keys",
  summary: "Read a website API key's usage",
  description:
    "Requests per day for 30 days by status class, the top operations, the client addresses it was used from and its last refusals. Counts are written in batches, so the last few seconds may be missing.",
  access: "api-keys.read",
  website: "path",
  params: websiteKeyParams,
  response: credentialUsageDtoSchema,
  errors: [404],
});

export const listTeam = defineOperation({
  id: "listTeam",
  method: "GET",
  path: "/admin/websites/{websiteId}/team",
  tag: "Team",
  summary: "List members and invitations",
  description:
    "Members carry DataFast's `{userId, name, email, image, role, joinedAt}` beside Keyward's `_id`, `status: \"active\"` and `createdAt`. Pending and expired invitations follow (`status`), with DataFast's keys null.",
  access: "team.read",
  ...site,
  response: teamRowSchema,
  list: true,
});

export const inviteMember = defineOperation({
  id: "inviteMember",
  method: "POST",
  path: "/admin/websites/{websiteId}/team",
  tag: "Team",
  summary: "Invite someone by email",
  description:
    "`role` defaults to viewer (DataFast's default); the email is trimmed and lower-cased. Answers DataFast's `{message, invitationId, email, role}`, then the invitation's fields and its single-use link (`inviteUrl`), valid for 7 days.",
  access: "team.invite",
  ...site,
  body: inviteSchema,
  response: invitedSchema,
  errors: [409],
});

export const removeMember = defineOperation({
  id: "removeMember",
  method: "DELETE",
  path: "/admin/websites/{websiteId}/team",
  tag: "Team",
  summary: "Remove a member",
  description:
    "Their tokens lose this website on their next request; `keysToRoll` lists the keys they stand behind here (made by them, and minted from those), now flagged for a roll, or `revokedKeys` when `revokeKeys` was true.",
  access: "team.remove",
  ...site,
  body: removeMemberSchema,
  response: memberRemovedSchema,
  errors: [404, 409],
});

export const changeMemberRole = defineOperation({
  id: "changeMemberRole",
  method: "PATCH",
  path: "/admin/websites/{websiteId}/team/{userId}",
  tag: "Team",
  summary: "Change a member's role",
  description:
    "Their tokens and keys follow on their next request (a viewer's keys read only). A demotion to viewer flags the keys they stand behind here (`flaggedAt` in the key list), or revokes them with `revokeKeys`.",
  access: "team.change-role",
  website: "path",
  params: websiteMemberParams,
  body: changeRoleSchema,
  response: roleChangedSchema,
  errors: [404, 409],
});

export const WEBSITE_OPERATIONS = [
  listWebsites,
  createWebsite,
  getWebsite,
  updateWebsite,
  deleteWebsite,
  listWebsiteKeys,
  createWebsiteKey,
  rollWebsiteKey,
  expireWebsiteKeyPreviousSecret,
  setWebsiteKeyAllowedIps,
  revokeWebsiteKey,
  getWebsiteKeyUsage,
  getTokenPolicy,
  setTokenPolicy,
  listTeam,
  inviteMember,
  removeMember,
  changeMemberRole,
];
