/**
 * A person's recorded relatives: nobody is staffed on an inspection of a body where a relative is
 * a cadre (回避). Listed, added and removed on the person's page, where the caller's rules allow.
 */
import { useState } from 'react';
import { Dialog, DialogTitle } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  AutocompleteInput,
  Button,
  CreateBase,
  DataTable,
  DeleteButton,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ReferenceTable } from '../../components/ResourceScreens';
import { pickerSort } from '../../components/pickers';

/**
 * May the caller list (or add) this person's relatives? A relative is filed under the person's
 * employer path, which the person record carries under the same name, so the person stands in
 * for relatives not read yet.
 */
export function useRelativesAccess(action: 'list' | 'create', person: RaRecord | undefined) {
  return useCanAccess({ action, resource: 'personRelations', record: person, enabled: !!person }).canAccess === true;
}

function AddRelativeButton() {
  const person = useRecordContext();
  const allowed = useRelativesAccess('create', person);
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (!person || !allowed) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button label="app.relatives.add" onClick={() => setOpen(true)} data-testid="add-relative">
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.relatives.add_title', { name: person.name })}</DialogTitle>
        <CreateBase
          resource="personRelations"
          record={{ personId: person.id }}
          redirect={false}
          mutationOptions={{
            onSuccess: () => {
              close();
              notify('app.relatives.added', { type: 'success' });
            },
          }}
        >
          <SimpleForm
            toolbar={
              <Toolbar sx={{ justifyContent: 'flex-end', gap: 1 }}>
                <Button label="app.action.cancel" onClick={close} />
                <SaveButton label="app.action.confirm" data-testid="add-relative-confirm" />
              </Toolbar>
            }
          >
            <TextInput source="relation" validate={required()} helperText="app.relatives.relation_hint" />
            <TextInput source="relativeName" validate={required()} />
            <ReferenceInput source="relativeBodyId" reference="bodies" sort={pickerSort('bodies')}>
              <AutocompleteInput validate={required()} fullWidth />
            </ReferenceInput>
          </SimpleForm>
        </CreateBase>
      </Dialog>
    </>
  );
}

/** Removing keeps the person's page open; the audit trail keeps the record. */
function RemoveRelativeButton() {
  const relative = useRecordContext();
  return (
    <DeleteButton mutationMode="pessimistic" redirect={false} titleTranslateOptions={{ recordRepresentation: relative?.relativeName }} />
  );
}

/** The contents of the relatives tab of a person's page. */
export function PersonRelatives() {
  return (
    <>
      <AddRelativeButton />
      <ReferenceTable
        reference="personRelations"
        target="personId"
        columns={['relation', 'relativeName', 'relativeBodyId', 'createdAt']}
        empty="app.relatives.none"
        rowClick={false}
        trailing={
          <DataTable.Col label={false} disableSort>
            <RemoveRelativeButton />
          </DataTable.Col>
        }
      />
    </>
  );
}
