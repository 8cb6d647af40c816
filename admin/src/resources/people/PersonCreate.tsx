import { Create } from 'react-admin';
import { PersonInputs } from './PersonInputs';
import { AppForm } from '../../components/forms';

export function PersonCreate() {
  return (
    <Create redirect="show">
      <AppForm>
        <PersonInputs />
      </AppForm>
    </Create>
  );
}
