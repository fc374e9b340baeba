// Preloaded by scripts/serial-bench.mjs (node --import): at exit, writes the main thread's event-loop
// busy time, the main thread's own CPU time (Linux: /proc/self/task/PID/stat; null elsewhere), the
// wall time and the process's CPU time (all threads) to $EXTRACT_ELU_FILE as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
process.on('exit', () => {
  const file = process.env.EXTRACT_ELU_FILE;
  if (!file) return;
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  writeFileSync(file, JSON.stringify({ mainActiveMs: elu.active, mainCpuMs: mainThreadCpuMs(), wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }));
});

/**
 * The main thread's user + system CPU time in ms: fields 14 and 15 of its /proc stat line (clock
 * ticks, 100 a second on Linux); null where there is no /proc.
 */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
