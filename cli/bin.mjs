#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader: `npm install` links this file as
// node_modules/.bin/keyward, so `npx keyward` works in a fresh clone with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./src/main.ts");
process.exitCode = await main(process.argv.slice(2));
