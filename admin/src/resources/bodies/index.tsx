import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Route } from 'react-router-dom';
import { BodyCreate } from './BodyCreate';
import { BodyEdit } from './BodyEdit';
import { BodyList } from './BodyList';
import { BodyShow } from './BodyShow';
import { BodyTree } from './BodyTree';

export const bodies = {
  list: BodyList,
  show: BodyShow,
  edit: BodyEdit,
  create: BodyCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
  // BODY_TREE_PATH: a route of the resource, so that the page has the resource's context.
  children: <Route path="tree" element={<BodyTree />} />,
};
