import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { AutocompleteInput, ReferenceInput, required } from 'react-admin';
import { DialogActionButton } from '../../components/ActionButtons';
import { pickerSort } from '../../components/pickers';

/**
 * Moving a body moves everything under it, so it is a verb of its own, not an edit. Acts on the
 * body of the record context: the body's page and each node of the tree.
 */
export function MoveButton() {
  return (
    <DialogActionButton
      verb="update"
      action="moveBody"
      label="app.action.move"
      title="app.action.move_title"
      titleArgs={(record) => ({ name: record.name })}
      successMessage="app.notification.moved"
      when={(record) => !record.retiredOn && record.reportsToId != null}
      defaultValues={(record) => ({ reportsToId: record.reportsToId })}
      toInput={(record, values) => ({ id: record.id, version: record.version, reportsToId: values.reportsToId })}
      icon={<DriveFileMoveIcon />}
      testId="move-body"
    >
      <ReferenceInput source="reportsToId" reference="bodies" sort={pickerSort('bodies')}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
    </DialogActionButton>
  );
}
