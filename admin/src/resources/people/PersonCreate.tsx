import { Create, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export function PersonCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <PersonInputs />
      </SimpleForm>
    </Create>
  );
}
