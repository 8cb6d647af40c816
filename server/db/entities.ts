import { Account } from '../modules/account/account.entity';
import { AuditEntry, AuditHead } from '../modules/audit/audit-entry.entity';
import { Body } from '../modules/body/body.entity';
import { LeaderGrant } from '../modules/grant/leader-grant.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Person } from '../modules/person/person.entity';
import { PoolEntry } from '../modules/pool/pool-entry.entity';

export const ENTITIES = [Body, Person, Membership, Account, PoolEntry, LeaderGrant, AuditEntry, AuditHead];
