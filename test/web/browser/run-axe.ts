/**
 * Runs axe-core inside a page: its source is evaluated through the DevTools
 * protocol (which the page's Content-Security-Policy does not govern), then
 * `axe.run` checks the document as it stands.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Violations of WCAG 2.x A/AA and best-practice rules, each with the elements it found. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (debug) => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    }
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map(
        (node) => `${node.target.join(' ')}${debug ? ` ${node.failureSummary}` : ''}`,
      ),
    }));
  }, process.env.AXE_DEBUG === '1');
}

/** The violations a reader would be blocked by: axe's serious and critical ones. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await runAxe(page)).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}
