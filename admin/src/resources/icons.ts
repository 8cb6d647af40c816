/**
 * The menu icons the resource descriptors name. Descriptors are pure data (read in Node by the data
 * provider and the export), so they name an icon here instead of importing it.
 */
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BadgeIcon from '@mui/icons-material/Badge';
import BuildIcon from '@mui/icons-material/Build';
import ContactMailIcon from '@mui/icons-material/ContactMail';
import DescriptionIcon from '@mui/icons-material/Description';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import ForumIcon from '@mui/icons-material/Forum';
import EventNoteIcon from '@mui/icons-material/EventNote';
import KeyIcon from '@mui/icons-material/Key';
import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import MailIcon from '@mui/icons-material/Mail';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import PeopleIcon from '@mui/icons-material/People';
import GradingIcon from '@mui/icons-material/Grading';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SchoolIcon from '@mui/icons-material/School';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';

export const ICONS = {
  AccountTree: AccountTreeIcon,
  Assignment: AssignmentIcon,
  Badge: BadgeIcon,
  Build: BuildIcon,
  ContactMail: ContactMailIcon,
  Description: DescriptionIcon,
  DirectionsWalk: DirectionsWalkIcon,
  FolderOpen: FolderOpenIcon,
  Forum: ForumIcon,
  EventNote: EventNoteIcon,
  Key: KeyIcon,
  LibraryBooks: LibraryBooksIcon,
  ManageSearch: ManageSearchIcon,
  Mail: MailIcon,
  MilitaryTech: MilitaryTechIcon,
  People: PeopleIcon,
  Grading: GradingIcon,
  ReportProblem: ReportProblemIcon,
  School: SchoolIcon,
  TaskAlt: TaskAltIcon,
  HowToVote: HowToVoteIcon,
  VerifiedUser: VerifiedUserIcon,
};

export type IconName = keyof typeof ICONS;
