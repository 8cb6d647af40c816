import { Show, TabbedShowLayout } from 'react-admin';
import { ReferenceTable } from '../../components/ResourceScreens';
import { DayField, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { MoveButton } from './MoveButton';

export function BodyShow() {
  return (
    <Show
      actions={
        <ShowActions retire>
          <MoveButton />
        </ShowActions>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.tab.summary">
          <Text source="code" />
          <Text source="name" />
          <Text source="nameEn" />
          <EnumField source="kind" enumName="BodyKind" />
          <EnumField source="level" enumName="BodyLevel" />
          <Ref source="reportsToId" reference="bodies" />
          <Ref source="hostedById" reference="bodies" />
          <Text source="path" />
          <DayField source="retiredOn" />
          <TimeField source="createdAt" />
          <TimeField source="updatedAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.bodies.fields.children" path="children">
          <ReferenceTable
            reference="bodies"
            target="reportsToId"
            columns={['code', 'name', 'kind', 'level']}
            sort={{ field: 'name', order: 'ASC' }}
          />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.bodies.fields.members" path="members">
          <ReferenceTable
            reference="memberships"
            target="bodyId"
            columns={['personId', 'role', 'since', 'until']}
            sort={{ field: 'since', order: 'DESC' }}
          />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
