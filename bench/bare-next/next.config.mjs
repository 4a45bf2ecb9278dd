import path from "node:path";

// Resolves `next` from the Keyward checkout two folders up: the same Next.js version, no install.
const root = path.resolve(import.meta.dirname, "../..");

/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false, turbopack: { root }, outputFileTracingRoot: root };

export default nextConfig;
