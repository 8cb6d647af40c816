/**
 * Accessibility checks in the browser: axe-core (the engine of the browsers' own accessibility
 * audits) run in the page as it is drawn.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** How many elements break the rule. */
  count: number;
  /** Up to three of them, as CSS selectors, and what axe says is wrong with the first. */
  targets: string[];
  why: string;
}

/**
 * What axe finds wrong in `page` now, at the impacts asked (serious and critical by default: what
 * keeps someone from using the page). Besides its defaults, the rule that a control's spoken name
 * contains its visible text (WCAG 2.5.3), which axe still calls experimental.
 */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, which the page's content policy (scripts of this
  // origin only) does not govern, as an injected <script> element would be.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // A tooltip the pointer left open (over a button clicked a moment ago) fades in and out, and
  // mid-fade its colours fail the contrast rule: the page is scanned once no tooltip is drawn.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.querySelectorAll('.MuiTooltip-popper').length === 0, undefined, { timeout: 5_000 });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id as string,
      impact: (v.impact ?? '') as string,
      help: v.help as string,
      count: v.nodes.length as number,
      targets: (v.nodes as Array<{ target: unknown[] }>).slice(0, 3).map((node) => node.target.join(' ')),
      why: (v.nodes[0]?.failureSummary ?? '') as string,
    }));
  });
  return violations.filter((v) => impacts.includes(v.impact));
}
