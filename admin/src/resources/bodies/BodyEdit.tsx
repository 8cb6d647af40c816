import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../../components/toolbars';
import { BodyInputs } from './BodyInputs';

export function BodyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar />}>
        <BodyInputs />
      </SimpleForm>
    </Edit>
  );
}
