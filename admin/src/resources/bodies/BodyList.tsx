import { Button, FunctionField, LinkBase, useLocaleState, type RaRecord } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { ResourceList } from '../../components/ResourceScreens';
import { bodyName } from '../names';
import { BODY_TREE_PATH } from './tree';

const treeButton = (
  <Button component={LinkBase} to={BODY_TREE_PATH} label="app.tree.open" data-testid="open-body-tree">
    <AccountTreeIcon />
  </Button>
);

/** The list as described, with the way to the tree beside the export, and names in the console's language. */
export function BodyList() {
  const [locale] = useLocaleState();
  return <ResourceList actions={treeButton} cells={{ name: <FunctionField render={(record: RaRecord) => bodyName(record, locale)} /> }} />;
}
