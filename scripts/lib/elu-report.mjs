// Preloaded by scripts/serial-bench.mjs (node --import): at exit, writes the main thread's event-loop
// busy time, the wall time and the process's CPU time (all threads) to $EXTRACT_ELU_FILE as JSON.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
process.on('exit', () => {
  const file = process.env.EXTRACT_ELU_FILE;
  if (!file) return;
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  writeFileSync(file, JSON.stringify({ mainActiveMs: elu.active, wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }));
});
