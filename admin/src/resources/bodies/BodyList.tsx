import { Button, LinkBase } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { ResourceList } from '../../components/ResourceScreens';
import { BODY_TREE_PATH } from './tree';

const treeButton = (
  <Button component={LinkBase} to={BODY_TREE_PATH} label="app.tree.open" data-testid="open-body-tree">
    <AccountTreeIcon />
  </Button>
);

/** The list as described, with the way to the tree beside the export. */
export function BodyList() {
  return <ResourceList actions={treeButton} />;
}
