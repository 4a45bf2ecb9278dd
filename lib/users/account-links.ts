import "server-only";
import { publicOrigin } from "@/lib/http/public-url";

// The links of the emails about a person's own account. One place builds them, so that moving to
// the configured public URL only (never the request's Host) is a change here alone.

export type AccountLinks = {
  verifyEmail: (token: string) => string;
  resetPassword: (token: string) => string;
  forgotPassword: () => string;
};

export function accountLinks(request: Headers): AccountLinks {
  const origin = publicOrigin(request);
  return {
    verifyEmail: (token) => `${origin}/verify-email/${token}`,
    resetPassword: (token) => `${origin}/reset-password/${token}`,
    forgotPassword: () => `${origin}/forgot-password`,
  };
}
