/**
 * Toolbars that keep every write pessimistic (saved when the API says so, not later) and show
 * Edit and Retire only where the ability allows (react-admin's buttons ask canAccess themselves).
 */
import type { ReactNode } from 'react';
import { DeleteButton, EditButton, SaveButton, Toolbar, TopToolbar, useRecordContext, type RaRecord } from 'react-admin';
import { today } from '../days';
import { ExplainAccessButton } from './ExplainAccessButton';
import { HistoryButton } from './History';

/** Already out of service: retiring it again would only be refused. */
export function isRetired(record: RaRecord): boolean {
  if (record.retiredOn || record.revokedOn || record.active === false) return true;
  return typeof record.until === 'string' && record.until <= today();
}

/** react-admin's delete, which the data provider maps to the resource's retire verb. */
export function RetireButton() {
  const record = useRecordContext();
  if (!record || isRetired(record)) return null;
  return <DeleteButton mutationMode="pessimistic" />;
}

export function EditToolbar({ retire = true }: { retire?: boolean }) {
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {retire ? <RetireButton /> : null}
    </Toolbar>
  );
}

export function ShowActions({ edit = true, retire = false, children }: { edit?: boolean; retire?: boolean; children?: ReactNode }) {
  return (
    <TopToolbar>
      {children}
      <HistoryButton />
      <ExplainAccessButton />
      {edit ? <EditButton /> : null}
      {retire ? <RetireButton /> : null}
    </TopToolbar>
  );
}
