import { Card, CardContent, Typography } from '@mui/material';
import { Create, DateInput, SelectArrayInput, TextInput, required, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AssignmentInput } from '../../components/AssignmentInput';
import { EnumInput } from '../../components/fields';
import { AppForm } from '../../components/forms';
import { today } from '../../days';
import { nameIn } from '../names';

interface Holder {
  personId: number;
  personLabel?: unknown;
  removedOn?: string | null;
  revokedOn?: string | null;
}

/** Who held the talk: chosen among the staff of the chosen inspection and its granted leader. */
function TalkersInput() {
  const assignmentId = useWatch({ name: 'assignmentId' });
  const [locale] = useLocaleState();
  const { data: assignment } = useGetOne('assignments', { id: assignmentId }, { enabled: assignmentId != null });
  const holders = [...((assignment?.staff as Holder[]) ?? []), ...((assignment?.leaderGrants as Holder[]) ?? [])].filter(
    (h) => !h.removedOn && !h.revokedOn,
  );
  const choices = [
    ...new Map(holders.map((h) => [h.personId, { id: h.personId, name: nameIn(h.personLabel, locale) ?? `#${h.personId}` }])).values(),
  ];
  return <SelectArrayInput source="talkerIds" choices={choices} validate={required()} disabled={!assignment} fullWidth />;
}

/** The staff record an individual talk during inquiry; who was talked to is kept apart and protected. */
export function TalkCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <AppForm defaultValues={{ heldOn: today() }}>
        <AssignmentInput stages={['INQUIRY']} />
        <DateInput source="heldOn" validate={required()} />
        <TalkersInput />
        <Card variant="outlined" sx={{ borderColor: 'warning.main', mb: 2, width: '100%' }} data-testid="interviewee-inputs">
          <CardContent>
            <Typography variant="subtitle1" color="warning.main" gutterBottom>
              {translate('resources.talks.interviewee')}
            </Typography>
            <TextInput source="interviewee.name" label="resources.talks.fields.intervieweeName" validate={required()} fullWidth />
            <TextInput source="interviewee.contact" label="resources.talks.fields.intervieweeContact" fullWidth />
          </CardContent>
        </Card>
        <TextInput source="intervieweePost" validate={required()} fullWidth />
        <EnumInput source="intervieweeCategory" enumName="IntervieweeCategory" validate={required()} />
        <TextInput source="matters" validate={required()} multiline minRows={4} fullWidth />
      </AppForm>
    </Create>
  );
}
