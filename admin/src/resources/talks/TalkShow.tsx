import { Card, CardContent, Typography } from '@mui/material';
import { Fragment } from 'react';
import {
  FunctionField,
  Labeled,
  Link,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField, EMPTY, EnumField, Ref, Text, TimeField } from '../../components/fields';
import { ShowActions } from '../../components/toolbars';
import { findingTitle } from '../findings/resource';
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

/**
 * The findings raised from the talk, each a link to its page. The API lists only those the caller
 * may read, with their kind, which names them as their label does elsewhere: no read per finding.
 */
function FindingLinks({ findings }: { findings: unknown }) {
  const list = (findings as Array<Record<string, unknown> & { id: number }> | undefined) ?? [];
  if (list.length === 0) return <>{EMPTY}</>;
  return (
    <Typography component="span" variant="body2" data-testid="talk-findings">
      {list.map((finding, i) => (
        <Fragment key={finding.id}>
          {i > 0 ? '、' : null}
          <Link to={`/findings/${finding.id}/show`}>{findingTitle(finding)}</Link>
        </Fragment>
      ))}
    </Typography>
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
        <FunctionField source="findings" render={(record) => <FindingLinks findings={record.findings} />} />
        <TimeField source="createdAt" />
      </SimpleShowLayout>
      <IntervieweeBlock />
    </Show>
  );
}
