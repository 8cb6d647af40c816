import { Card, CardContent, Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EMPTY } from '../../components/fields';

/**
 * The informant's identity, shown only when the API returned it: it is null for an anonymous
 * report and for everyone but the staff of the open inspection.
 */
export function InformantBlock() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.informant) return null;
  return (
    <Card variant="outlined" sx={{ borderColor: 'warning.main', mt: 2 }} data-testid="informant-block">
      <CardContent>
        <Typography variant="subtitle1" color="warning.main" gutterBottom>
          {translate('app.informant.title')}
        </Typography>
        <Labeled label="resources.intakeItems.fields.informantName">
          <TextField source="informant.name" emptyText={EMPTY} />
        </Labeled>
        <Labeled label="resources.intakeItems.fields.informantContact" sx={{ ml: 4 }}>
          <TextField source="informant.contact" emptyText={EMPTY} />
        </Labeled>
      </CardContent>
    </Card>
  );
}
