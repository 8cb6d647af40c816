import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { BodyCreate } from './BodyCreate';
import { BodyEdit } from './BodyEdit';
import { BodyList } from './BodyList';
import { BodyShow } from './BodyShow';

export const bodies = {
  list: BodyList,
  show: BodyShow,
  edit: BodyEdit,
  create: BodyCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
