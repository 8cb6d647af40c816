import { Edit } from 'react-admin';
import { AppForm } from '../../components/forms';
import { EditToolbar } from '../../components/toolbars';
import { BodyInputs } from './BodyInputs';

export function BodyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <AppForm toolbar={<EditToolbar />}>
        <BodyInputs />
      </AppForm>
    </Edit>
  );
}
