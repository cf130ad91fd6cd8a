/**
 * What a bench run measures: the sections asked for on the command line
 * (`--only index,retrieval`) at the quick or the full sizes (`--quick`).
 */

export const SECTIONS = ['index', 'retrieval', 'http', 'cold-start'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchPlan {
  quick: boolean;
  sections: Section[];
  indexSizes: number[];
  retrievalSizes: number[];
  queryCount: number;
  http: { corpus: number | 'seed'; requests: number }[];
  coldStart: { prebuilt: (number | 'seed')[]; withBuild: (number | 'seed')[]; repeats: number };
}

/** Reads `--quick` and `--only a,b` (also `--only=a,b`) from `argv`. */
export function parseBenchPlan(argv: string[]): BenchPlan {
  const quick = argv.includes('--quick');
  const onlyIndex = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  const only =
    onlyIndex < 0 ? undefined : (argv[onlyIndex]!.split('=')[1] ?? argv[onlyIndex + 1] ?? '');
  const asked = only
    ? only.split(',').map((name) => (name === 'cold' ? 'cold-start' : name))
    : [...SECTIONS];
  const unknown = asked.filter((name) => !SECTIONS.includes(name as Section));
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  const sections = SECTIONS.filter((section) => asked.includes(section));
  return quick
    ? {
        quick,
        sections,
        indexSizes: [1_000, 10_000],
        retrievalSizes: [1_000, 10_000],
        queryCount: 100,
        http: [{ corpus: 'seed', requests: 300 }],
        coldStart: { prebuilt: ['seed'], withBuild: ['seed'], repeats: 2 },
      }
    : {
        quick,
        sections,
        indexSizes: [1_000, 10_000, 100_000],
        retrievalSizes: [1_000, 10_000, 100_000],
        queryCount: 200,
        http: [
          { corpus: 'seed', requests: 2_000 },
          { corpus: 100_000, requests: 100 },
        ],
        coldStart: { prebuilt: ['seed', 100_000], withBuild: ['seed', 100_000], repeats: 3 },
      };
}
