import "server-only";
import { alertDtoSchema } from "@/lib/alerts/dto";
import { createAlertSchema, updateAlertSchema } from "@/lib/alerts/schemas";
import { alertParams, funnelParams, websiteParams } from "@/lib/api/params";
import { funnelDtoSchema } from "@/lib/funnels/dto";
import { createFunnelSchema, updateFunnelSchema } from "@/lib/funnels/schemas";
import { deletedSchema } from "./common";
import { defineOperation } from "./operation";

// Funnels and alerts: configuration stored per website, addressed by path.

export const listFunnels = defineOperation({
  id: "listFunnels",
  method: "GET",
  path: "/admin/websites/{websiteId}/funnels",
  tag: "Funnels",
  summary: "List funnels",
  access: "funnels.read",
  website: "path",
  params: websiteParams,
  response: funnelDtoSchema,
  list: true,
});

export const createFunnel = defineOperation({
  id: "createFunnel",
  method: "POST",
  path: "/admin/websites/{websiteId}/funnels",
  tag: "Funnels",
  summary: "Create a funnel of 2–10 goal steps",
  access: "funnels.write",
  website: "path",
  params: websiteParams,
  body: createFunnelSchema,
  response: funnelDtoSchema,
  errors: [409],
});

export const getFunnel = defineOperation({
  id: "getFunnel",
  method: "GET",
  path: "/admin/websites/{websiteId}/funnels/{funnelId}",
  tag: "Funnels",
  summary: "Read a funnel",
  access: "funnels.read",
  website: "path",
  params: funnelParams,
  response: funnelDtoSchema,
  errors: [404],
});

export const updateFunnel = defineOperation({
  id: "updateFunnel",
  method: "PUT",
  path: "/admin/websites/{websiteId}/funnels/{funnelId}",
  tag: "Funnels",
  summary: "Change a funnel",
  description: "A missing field keeps its value; `steps` replaces the whole list.",
  access: "funnels.write",
  website: "path",
  params: funnelParams,
  body: updateFunnelSchema,
  response: funnelDtoSchema,
  errors: [404, 409],
});

export const deleteFunnel = defineOperation({
  id: "deleteFunnel",
  method: "DELETE",
  path: "/admin/websites/{websiteId}/funnels/{funnelId}",
  tag: "Funnels",
  summary: "Delete a funnel",
  access: "funnels.write",
  website: "path",
  params: funnelParams,
  response: deletedSchema,
  errors: [404],
});

export const listAlerts = defineOperation({
  id: "listAlerts",
  method: "GET",
  path: "/admin/websites/{websiteId}/alerts",
  tag: "Alerts",
  summary: "List alerts",
  access: "alerts.read",
  website: "path",
  params: websiteParams,
  response: alertDtoSchema,
  list: true,
});

export const createAlert = defineOperation({
  id: "createAlert",
  method: "POST",
  path: "/admin/websites/{websiteId}/alerts",
  tag: "Alerts",
  summary: "Create an email alert on a metric",
  description: 'A "goal" alert names its goal in `goal`; other metrics name none.',
  access: "alerts.write",
  website: "path",
  params: websiteParams,
  body: createAlertSchema,
  response: alertDtoSchema,
  errors: [409],
});

export const getAlert = defineOperation({
  id: "getAlert",
  method: "GET",
  path: "/admin/websites/{websiteId}/alerts/{alertId}",
  tag: "Alerts",
  summary: "Read an alert",
  access: "alerts.read",
  website: "path",
  params: alertParams,
  response: alertDtoSchema,
  errors: [404],
});

export const updateAlert = defineOperation({
  id: "updateAlert",
  method: "PUT",
  path: "/admin/websites/{websiteId}/alerts/{alertId}",
  tag: "Alerts",
  summary: "Change an alert",
  access: "alerts.write",
  website: "path",
  params: alertParams,
  body: updateAlertSchema,
  response: alertDtoSchema,
  errors: [404, 409],
});

export const deleteAlert = defineOperation({
  id: "deleteAlert",
  method: "DELETE",
  path: "/admin/websites/{websiteId}/alerts/{alertId}",
  tag: "Alerts",
  summary: "Delete an alert",
  access: "alerts.write",
  website: "path",
  params: alertParams,
  response: deletedSchema,
  errors: [404],
});

export const CONFIGURATION_OPERATIONS = [listFunnels, createFunnel, getFunnel, updateFunnel, deleteFunnel, listAlerts, createAlert, getAlert, updateAlert, deleteAlert];
