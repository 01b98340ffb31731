#!/usr/bin/env node
// `npx headroom …` from a checkout, with no build step: tsx's ESM loader compiles the
// TypeScript sources on the fly.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
