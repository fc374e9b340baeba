#!/usr/bin/env node
// Starts the built CLI (dist/run/start.js: V8 flags, then the bundled CLI with its code cache).
import { start } from '../dist/run/start.js';

await start(process.argv);
