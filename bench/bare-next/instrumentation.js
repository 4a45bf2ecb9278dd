// Empty on purpose: without it, Turbopack (rooted at the checkout for `next`) bundles Keyward's
// own instrumentation.ts into the reference, which then refuses to start.
export function register() {}
