import { MODULE_ENTITIES } from '../modules';
import { AuditEntry, AuditHead } from '../modules/audit/audit-entry.entity';
import { IdempotentRequest } from '../write/idempotent-request.entity';
import { LimitBucket } from '../limits/limit-bucket.entity';
import { NameSortKeySubscriber } from '../modules/common/name-sort-key';

/** The modules' tables, then the audit trail's, the write path's and the limits' own. */
export const ENTITIES = [...MODULE_ENTITIES, AuditEntry, AuditHead, IdempotentRequest, LimitBucket];

/** What TypeORM calls as rows are written: the sort keys of names. */
export const SUBSCRIBERS = [NameSortKeySubscriber];
