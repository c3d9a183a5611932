import { readFileSync } from "node:fs";

// Linux reports process times in clock ticks; 100 a second on every kernel we run.
const ticksPerSecond = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces; the fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) * 1000) / ticksPerSecond;
}
