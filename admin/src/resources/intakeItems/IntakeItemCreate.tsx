import { Card, CardContent, Typography } from '@mui/material';
import { BooleanInput, Create, DateInput, TextInput, required, usePermissions, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AssignmentInput } from '../../components/AssignmentInput';
import { EnumInput } from '../../components/fields';
import { today } from '../../days';
import { canRecordInformant, type AppAbility } from '../../providers/canAccess';
import { toIntakeInput } from './intakeInput';
import { AppForm } from '../../components/forms';

/**
 * Who made the report: asked only of those whose rules let them write an informant's identity for
 * the chosen inspection, and only for a named report.
 */
function InformantInputs() {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppAbility>();
  const assignmentId = useWatch({ name: 'assignmentId' });
  const anonymous = useWatch({ name: 'anonymous' });
  if (!canRecordInformant(permissions, assignmentId)) return null;
  return (
    <>
      <BooleanInput source="anonymous" />
      {anonymous === false ? (
        <Card variant="outlined" sx={{ borderColor: 'warning.main', mb: 2, width: '100%' }} data-testid="informant-inputs">
          <CardContent>
            <Typography variant="subtitle1" color="warning.main" gutterBottom>
              {translate('app.informant.title')}
            </Typography>
            <TextInput source="informant.name" label="resources.intakeItems.fields.informantName" validate={required()} fullWidth />
            <TextInput source="informant.contact" label="resources.intakeItems.fields.informantContact" fullWidth />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}

/** The staff record a letter, call or visit during inquiry. */
export function IntakeItemCreate() {
  return (
    <Create redirect="show" transform={toIntakeInput}>
      <AppForm defaultValues={{ receivedOn: today(), anonymous: true }}>
        <AssignmentInput stages={['INQUIRY']} />
        <EnumInput source="channel" enumName="IntakeChannel" validate={required()} />
        <DateInput source="receivedOn" validate={required()} />
        <TextInput source="content" validate={required()} multiline minRows={4} fullWidth />
        <InformantInputs />
      </AppForm>
    </Create>
  );
}
