import { MODULE_ENTITIES } from '../modules';
import { AuditEntry, AuditHead } from '../modules/audit/audit-entry.entity';
import { IdempotentRequest } from '../write/idempotent-request.entity';
import { LimitBucket } from '../limits/limit-bucket.entity';

/** The modules' tables, then the audit trail's, the write path's and the limits' own. */
export const ENTITIES = [...MODULE_ENTITIES, AuditEntry, AuditHead, IdempotentRequest, LimitBucket];
