import { zodResolver } from "@hookform/resolvers/zod";
import { config } from "zod/v4/core";

// The nonce CSP (proxy.ts) forbids eval. On its first parse zod would probe `new Function` to
// decide whether to compile schemas, and browsers report that caught probe as a policy
// violation; in the browser it parses without compiling instead. Set here, beside the one way
// forms validate in the browser, so zod's weight loads only with a form.
config({ jitless: true });

export { zodResolver };
