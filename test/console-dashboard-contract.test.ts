/**
 * The start page's one request is valid against the committed schema for every caller's mix of
 * rules, and its day and label formats read as intended in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { dashboardQuery, formatDay, ROUND_REPORT_NAMED, shortLabel } from '../admin/src/dashboard/dashboardQuery';

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
const valid = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the start page request', () => {
  const flags = [true, false];
  it.each(flags.flatMap((findings) => flags.flatMap((rectification) => flags.map((roles) => ({ findings, rectification, roles })))))(
    'is valid for %o',
    ({ findings, rectification, roles }) => {
      for (const findingsListed of findings ? [true, false] : [false]) {
        const query = dashboardQuery({ findings, findingsListed, rectification, roleBodyIds: roles ? [1, 2] : [] });
        expect(valid(query)).toEqual([]);
      }
    },
  );

  it("asks for a plan's report with the names of its bodies", () => {
    expect(valid(ROUND_REPORT_NAMED)).toEqual([]);
  });

  it('asks for no more than the summaries the caller may see', () => {
    const none = dashboardQuery({ findings: false, findingsListed: false, rectification: false, roleBodyIds: [] });
    expect(none).toContain('myQueue');
    expect(none).not.toMatch(/Summary\(/);
  });
});

describe('formats', () => {
  it('writes a day one way per language', () => {
    expect(formatDay('2026-03-05', 'zh')).toBe('2026年3月5日');
    expect(formatDay('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatDay(null, 'en')).toBe('');
  });

  it('cuts a long axis label and keeps a short one', () => {
    expect(shortLabel('Work style (eight-point rules)', 12)).toBe('Work style …');
    expect(shortLabel('贪腐', 6)).toBe('贪腐');
  });
});
