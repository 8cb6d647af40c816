import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../../components/toolbars';
import { PersonInputs } from './PersonInputs';

export function PersonEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar />}>
        <PersonInputs />
      </SimpleForm>
    </Edit>
  );
}
