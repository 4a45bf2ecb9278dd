// `npm run verify-email -- <email>`: marks an account's email address as verified (audited), for
// servers without SMTP_URL, where no verification link can be sent. Stop the app first when it
// uses the embedded database (only one process may open it).
import { database, prepareDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { markEmailVerified } from "@/lib/users/mark-email-verified";

const email = process.argv[2];
if (!email || process.argv.length > 3) {
  console.error("Usage: npm run verify-email -- <email>");
  process.exit(2);
}
await prepareDatabase();
try {
  const { email: verified, changed } = await markEmailVerified(email);
  console.log(changed ? `Verified ${verified}.` : `${verified} was already verified.`);
} catch (error) {
  console.error(isAppError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database().close();
}
