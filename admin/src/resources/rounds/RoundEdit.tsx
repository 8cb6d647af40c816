import { Edit, Labeled, type RaRecord } from 'react-admin';
import { DayField, Ref, Text } from '../../components/fields';
import { EditToolbar } from '../../components/toolbars';
import { RoundTargetsInput, RoundTitleInput } from './RoundInputs';
import { withTargetIds } from './targets';
import { AppForm } from '../../components/forms';

/** Only a draft changes; leading group, year and number are its identity. */
export function RoundEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ select: (round: RaRecord) => withTargetIds(round) }}>
      <AppForm toolbar={<EditToolbar retire={false} />}>
        <Labeled>
          <Ref source="leadingGroupId" reference="bodies" />
        </Labeled>
        <Labeled>
          <Text source="year" />
        </Labeled>
        <Labeled>
          <Text source="number" />
        </Labeled>
        <Labeled>
          <DayField source="approvedOn" />
        </Labeled>
        <RoundTitleInput />
        <RoundTargetsInput />
      </AppForm>
    </Edit>
  );
}
