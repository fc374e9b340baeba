#!/usr/bin/env node
// Starts the built CLI (dist/start.js: V8 flags, then the bundled CLI with its code cache).
import { start } from '../dist/start.js';

await start(process.argv);
