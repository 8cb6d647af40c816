/**
 * The screens resources have of their own, where the generated ones (components/ResourceScreens.tsx)
 * would not do: workflow buttons, tabs, dependent inputs. A resource not named here, or a screen a
 * resource does not name, is generated from its descriptor when the descriptor describes it.
 */
import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { AccountCreate } from './accounts/AccountCreate';
import { AccountEdit } from './accounts/AccountEdit';
import { AccountShow } from './accounts/AccountShow';
import { AssignmentCreate } from './assignments/AssignmentCreate';
import { AssignmentEdit } from './assignments/AssignmentEdit';
import { AssignmentShow } from './assignments/AssignmentShow';
import { BodyCreate } from './bodies/BodyCreate';
import { BodyEdit } from './bodies/BodyEdit';
import { BodyList } from './bodies/BodyList';
import { BodyShow } from './bodies/BodyShow';
import { BodyTree } from './bodies/BodyTree';
import { BriefingShow } from './briefings/BriefingShow';
import { EvaluationCreate, EvaluationEdit } from './evaluations/EvaluationForm';
import { EvaluationShow } from './evaluations/EvaluationShow';
import { FindingCreate } from './findings/FindingCreate';
import { FindingEdit } from './findings/FindingEdit';
import { FindingShow } from './findings/FindingShow';
import { IntakeItemCreate } from './intakeItems/IntakeItemCreate';
import { IntakeItemShow } from './intakeItems/IntakeItemShow';
import { MembershipCreate } from './memberships/MembershipCreate';
import { MembershipEdit } from './memberships/MembershipEdit';
import { MembershipList } from './memberships/MembershipList';
import { MembershipShow } from './memberships/MembershipShow';
import { PersonCreate } from './people/PersonCreate';
import { PersonEdit } from './people/PersonEdit';
import { PersonShow } from './people/PersonShow';
import { PoolEntryCreate } from './poolEntries/PoolEntryCreate';
import { PoolEntryEdit } from './poolEntries/PoolEntryEdit';
import { RectificationItemShow } from './rectificationItems/RectificationItemShow';
import { HelpRequestShow } from './helpRequests/HelpRequestShow';
import { DeeperInquiryShow } from './deeperInquiries/DeeperInquiryShow';
import { ReportCreate } from './reports/ReportCreate';
import { ReportEdit } from './reports/ReportEdit';
import { ReportShow } from './reports/ReportShow';
import { RoundCreate } from './rounds/RoundCreate';
import { RoundEdit } from './rounds/RoundEdit';
import { RoundShow } from './rounds/RoundShow';
import { TalkCreate } from './talks/TalkCreate';
import { TalkShow } from './talks/TalkShow';
import type { ResourceName } from '.';

export interface Screens {
  list?: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  /** Further routes under the resource's path. */
  children?: ReactNode;
}

export const OWN_SCREENS: Partial<Record<ResourceName, Screens>> = {
  bodies: {
    list: BodyList,
    show: BodyShow,
    edit: BodyEdit,
    create: BodyCreate,
    // BODY_TREE_PATH: a route of the resource, so that the page has the resource's context.
    children: <Route path="tree" element={<BodyTree />} />,
  },
  people: { show: PersonShow, edit: PersonEdit, create: PersonCreate },
  memberships: { list: MembershipList, show: MembershipShow, edit: MembershipEdit, create: MembershipCreate },
  accounts: { show: AccountShow, edit: AccountEdit, create: AccountCreate },
  poolEntries: { edit: PoolEntryEdit, create: PoolEntryCreate },
  rounds: { show: RoundShow, edit: RoundEdit, create: RoundCreate },
  assignments: { show: AssignmentShow, edit: AssignmentEdit, create: AssignmentCreate },
  briefings: { show: BriefingShow },
  intakeItems: { show: IntakeItemShow, create: IntakeItemCreate },
  talks: { show: TalkShow, create: TalkCreate },
  findings: { show: FindingShow, edit: FindingEdit, create: FindingCreate },
  evaluations: { show: EvaluationShow, edit: EvaluationEdit, create: EvaluationCreate },
  reports: { show: ReportShow, edit: ReportEdit, create: ReportCreate },
  rectificationItems: { show: RectificationItemShow },
  helpRequests: { show: HelpRequestShow },
  deeperInquiries: { show: DeeperInquiryShow },
};
