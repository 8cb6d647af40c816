import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';

/** Overdue rows in red, so that late items stand out in any list that shows them. */
export function overdueRowSx(record: RaRecord) {
  return record.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', '& td': { color: 'error.main' } } : {};
}

/** `label` is read by show layouts for the row label; the chip itself shows only when overdue. */
export function OverdueChip(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return <Chip size="small" color="error" label={translate('app.overdue')} data-testid="overdue" />;
}
