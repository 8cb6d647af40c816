import { Card, CardContent, Typography } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DayField, EMPTY, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { nameIn } from '../names';
import { RaiseFindingButton, TalkRecordButton } from './TalkActions';

/**
 * Who was talked to, shown only when the API returned it: null for everyone but the staff of the
 * open inspection, and every read of it is recorded.
 */
function IntervieweeBlock() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.interviewee) return null;
  return (
    <Card variant="outlined" sx={{ borderColor: 'warning.main', mt: 2 }} data-testid="interviewee-block">
      <CardContent>
        <Typography variant="subtitle1" color="warning.main" gutterBottom>
          {translate('resources.talks.interviewee')}
        </Typography>
        <Labeled label="resources.talks.fields.intervieweeName">
          <TextField source="interviewee.name" emptyText={EMPTY} />
        </Labeled>
        <Labeled label="resources.talks.fields.intervieweeContact" sx={{ ml: 4 }}>
          <TextField source="interviewee.contact" emptyText={EMPTY} />
        </Labeled>
      </CardContent>
    </Card>
  );
}

export function TalkShow() {
  const [locale] = useLocaleState();
  return (
    <Show
      actions={
        <ShowActions>
          <RaiseFindingButton />
          <TalkRecordButton />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <Ref source="assignmentId" reference="assignments" />
        <DayField source="heldOn" />
        <FunctionField
          source="talkerIds"
          render={(record) => ((record.talkerLabels as unknown[]) ?? []).map((l) => nameIn(l, locale)).join('、') || EMPTY}
        />
        <Text source="intervieweePost" />
        <EnumField source="intervieweeCategory" enumName="IntervieweeCategory" />
        <Text source="matters" />
        <FunctionField
          source="findings"
          render={(record) => ((record.findings as Array<{ id: number }>) ?? []).map((f) => `#${f.id}`).join('、') || EMPTY}
        />
        <TimeField source="createdAt" />
      </SimpleShowLayout>
      <IntervieweeBlock />
    </Show>
  );
}
