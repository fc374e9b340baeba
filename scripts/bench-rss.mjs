/**
 * Loaded with `node --import` by scripts/bench.mjs: when the process exits, writes its peak
 * resident set size (all threads) to the file named by EXTRACT_BENCH_RSS.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.EXTRACT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
