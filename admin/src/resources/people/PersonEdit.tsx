import { Edit } from 'react-admin';
import { EditToolbar } from '../../components/toolbars';
import { PersonInputs } from './PersonInputs';
import { AppForm } from '../../components/forms';

export function PersonEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <PersonInputs />
      </AppForm>
    </Edit>
  );
}
