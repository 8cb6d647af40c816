/**
 * An edit page reached by its address (a bookmark, a typed `#/bodies/1/edit`) for a record the
 * caller may not change: react-admin asks only whether the caller may edit any record of the
 * resource, so the form would be drawn and the refusal would come on saving. This asks about the
 * record itself, with the same rules (canAccess), and shows the refusal instead of the form.
 */
import type { ComponentType } from 'react';
import { AccessDenied, Loading, useGetOne, usePermissions, useResourceContext } from 'react-admin';
import { useParams } from 'react-router-dom';
import { canAccess, type AppAbility } from '../providers/canAccess';

export function withRecordAccess(action: 'edit', Screen: ComponentType): ComponentType {
  function RecordAccessGate() {
    const resource = useResourceContext() ?? '';
    const { id = '' } = useParams<'id'>();
    const { permissions, isPending: rulesPending } = usePermissions<AppAbility>();
    const { data: record, isPending, error } = useGetOne(resource, { id: decodeURIComponent(id) });
    if (rulesPending || (isPending && !error)) return <Loading />;
    // A record that cannot be read is the screen's to report (not found), as it would be without this gate.
    if (error || !record) return <Screen />;
    if (!canAccess(permissions, { action, resource, record })) return <AccessDenied data-testid="record-access-denied" />;
    return <Screen />;
  }
  RecordAccessGate.displayName = `WithRecordAccess(${Screen.displayName ?? Screen.name})`;
  return RecordAccessGate;
}
