import "server-only";
import { publicUrl } from "@/lib/http/public-url";

// The links of the emails about a person's own account, built from the configured public URL
// (never from the request's Host header, S92).

export type AccountLinks = {
  verifyEmail: (token: string) => string;
  resetPassword: (token: string) => string;
  forgotPassword: () => string;
};

export function accountLinks(): AccountLinks {
  return {
    verifyEmail: (token) => publicUrl(`/verify-email/${token}`),
    resetPassword: (token) => publicUrl(`/reset-password/${token}`),
    forgotPassword: () => publicUrl("/forgot-password"),
  };
}
