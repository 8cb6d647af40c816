import { MODULE_ENTITIES } from '../modules';
import { AuditEntry, AuditHead } from '../modules/audit/audit-entry.entity';
import { IdempotentRequest } from '../write/idempotent-request.entity';

/** The modules' tables, then the audit trail's and the write path's own. */
export const ENTITIES = [...MODULE_ENTITIES, AuditEntry, AuditHead, IdempotentRequest];
