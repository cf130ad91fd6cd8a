/**
 * CPU time (user + system) of each thread of a process, read from Linux's
 * `/proc/<pid>/task/*\/stat`: how benchmarks tell the main thread's share of
 * a start or a request from the helper threads' on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second in `/proc/<pid>/stat` (`getconf CLK_TCK`, 100 on Linux). */
const TICKS = 100;

/** CPU seconds of each thread of `pid`, by thread id ('main' for the process's first). */
export function threadCpu(pid: number): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = Number(tid) === pid ? 'main' : tid;
    seconds.set(name, (Number(fields[11]) + Number(fields[12])) / TICKS);
  }
  return seconds;
}
