/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and lists the functions
 * with the most self time, to say what dominates a slow path.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

export interface ProfileFrame {
  frame: string;
  selfMs: number;
  share: number;
}

/** The `top` frames by self time, idle and GC included so shares add up. */
export async function summarizeProfile(path: string, { top = 15 } = {}): Promise<ProfileFrame[]> {
  const profile = profileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const names = new Map(
    profile.nodes.map(({ id, callFrame }) => {
      const file = callFrame.url.replace(/^.*\/(node_modules\/|src\/)/u, '$1');
      const where = file ? ` ${file}:${callFrame.lineNumber + 1}` : '';
      return [id, `${callFrame.functionName || '(anonymous)'}${where}`];
    }),
  );
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const name = names.get(id) ?? '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0) || 1;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, selfMs]) => ({
      frame,
      selfMs: Math.round(selfMs),
      share: Math.round((selfMs / total) * 1000) / 10,
    }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of process.argv.slice(2)) console.table(await summarizeProfile(path));
}
