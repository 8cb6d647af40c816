/**
 * How much a generated dataset holds at a given scale. Scale 1 is the hand-written demo; the large
 * profile (scale 100) is a national system: about 40 provincial inspection systems, 3,000 bodies that
 * can be inspected, 20,000 people and ten years of inspections. Other scales shrink the number of
 * provinces and the record totals in proportion, keeping each province's structure whole.
 */
export const DEMO_SCALE = 1;
export const LARGE_SCALE = 100;

export interface Profile {
  scale: number;
  provinces: number;
  /** Per province: its departments and units, cities, and the counties under each city. */
  provincialDepartments: number;
  provincialUnits: number;
  citiesPerProvince: number;
  countiesPerCity: number;
  teamsPerProvince: number;
  /** The central system's own inspection teams, departments and units (SOEs, universities). */
  centralTeams: number;
  centralDepartments: number;
  centralUnits: number;
  /** People on a team roster, staffed a few at a time on its inspections. */
  membersPerTeam: number;
  /** Years of rounds, ending with the current one. */
  years: number;
  /** At least this many people: the role holders, then cadres of the inspected bodies up to it. */
  people: number;
  /** Exact totals, spread over the inspections with a skew towards a few troubled targets. */
  findings: number;
  intakeItems: number;
  rectificationItems: number;
  /** Exponent of the Zipf law that weights targets by how much is found at them. */
  skew: number;
}

export function parseScale(raw: string): number {
  if (raw === 'large') return LARGE_SCALE;
  if (raw === 'demo') return DEMO_SCALE;
  const scale = Number(raw);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
    throw new Error(`--scale must be a whole number from 1 to 1000, "demo" or "large"; got "${raw}"`);
  }
  return scale;
}

export function profileFor(scale: number): Profile {
  const share = scale / LARGE_SCALE;
  return {
    scale,
    provinces: Math.max(2, Math.round(40 * share)),
    provincialDepartments: 10,
    provincialUnits: 4,
    citiesPerProvince: 8,
    countiesPerCity: 6,
    teamsPerProvince: 8,
    centralTeams: Math.max(3, Math.round(15 * share)),
    centralDepartments: Math.max(2, Math.round(12 * share)),
    centralUnits: Math.max(2, Math.round(60 * share)),
    membersPerTeam: 6,
    years: 10,
    people: Math.round(20_000 * share),
    findings: Math.round(200_000 * share),
    intakeItems: Math.round(400_000 * share),
    rectificationItems: Math.round(300_000 * share),
    skew: 0.75,
  };
}

/** How many bodies the tree of a profile has (see roster.ts for its shape). */
export function bodyCount(p: Profile): number {
  // Committee, discipline commission, organisation department, audit office, petition bureau, leading group, office.
  const system = 7;
  const central = system + p.centralTeams + p.centralDepartments + p.centralUnits;
  // Government, congress and CPPCC party groups; each city with its discipline commission and organisation department.
  const province =
    system + 3 + p.teamsPerProvince + p.provincialDepartments + p.provincialUnits + p.citiesPerProvince * (3 + p.countiesPerCity);
  return central + p.provinces * province;
}
