/**
 * Every resource of the console, in menu order: rosters first, then the inspection records in the
 * order the work produces them. App.tsx, the data provider's resource table and the export all
 * read this list. A new resource is one descriptor file and one entry here.
 */
import { accounts } from './accounts/resource';
import { activities } from './activities/resource';
import { assignments } from './assignments/resource';
import { bodies } from './bodies/resource';
import { briefings } from './briefings/resource';
import { deeperInquiries } from './deeperInquiries/resource';
import { evaluations } from './evaluations/resource';
import { findings } from './findings/resource';
import { helpRequests } from './helpRequests/resource';
import { intakeItems } from './intakeItems/resource';
import { leaderGrants } from './leaderGrants/resource';
import { memberships } from './memberships/resource';
import { people } from './people/resource';
import { personRelations } from './personRelations/resource';
import { poolEntries } from './poolEntries/resource';
import { recordsRequests } from './recordsRequests/resource';
import { rectificationItems } from './rectificationItems/resource';
import { reports } from './reports/resource';
import { rounds } from './rounds/resource';
import { supervisionItems } from './supervisionItems/resource';
import { talks } from './talks/resource';
import { staffAssessments } from './staffAssessments/resource';
import { trainingRecords } from './trainingRecords/resource';

export const DESCRIPTORS = [
  bodies,
  people,
  memberships,
  accounts,
  poolEntries,
  leaderGrants,
  personRelations,
  rounds,
  assignments,
  briefings,
  activities,
  intakeItems,
  evaluations,
  talks,
  recordsRequests,
  findings,
  reports,
  rectificationItems,
  supervisionItems,
  deeperInquiries,
  helpRequests,
  trainingRecords,
  staffAssessments,
] as const;

export type ResourceName = (typeof DESCRIPTORS)[number]['name'];

/** The descriptor of a resource; throws for a name the console does not know, so a typo fails loudly. */
export function descriptorOf(resource: string): (typeof DESCRIPTORS)[number] {
  const descriptor = DESCRIPTORS.find((candidate) => candidate.name === resource);
  if (!descriptor) throw new Error(`Unknown resource "${resource}"`);
  return descriptor;
}
