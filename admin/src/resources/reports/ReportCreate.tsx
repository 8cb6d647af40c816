import { Alert } from '@mui/material';
import { Create, useTranslate } from 'react-admin';
import { AssignmentInput } from '../../components/AssignmentInput';
import { AppForm } from '../../components/forms';

/**
 * The team leader starts the report of an inspection in reporting; the API drafts its text from
 * the recorded activities and findings, to be edited before it is submitted.
 */
export function ReportCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="edit">
      <AppForm>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.reports.helper.draft')}
        </Alert>
        <AssignmentInput stages={['REPORTING']} />
      </AppForm>
    </Create>
  );
}
