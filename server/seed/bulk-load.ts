/**
 * Writes generated rows with multi-row INSERTs, a batch at a time, in transactions of many batches.
 * Rows carry explicit ids (the database is empty), so children can name their parents without
 * reading anything back. Column names, defaults and booleans come from the entity metadata, so a
 * row is written exactly as the application would write it.
 */
import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { fillNameSortKey } from '../modules/common/name-sort-key';

export interface TableStats {
  table: string;
  rows: number;
  /** Time spent in the database writing this table's rows. */
  seconds: number;
}

export interface BulkLoadOptions {
  batchSize: number;
  /** Batches written between commits: big enough to amortise a commit, small enough to bound undo logs. */
  batchesPerTransaction: number;
  /** Called after each batch, at most every `progressEveryMs`. */
  onProgress?: (stats: TableStats[]) => void;
  progressEveryMs?: number;
}

export class TableWriter<T extends ObjectLiteral> {
  readonly table: string;
  private readonly entityName: string;
  private readonly columns: ColumnMetadata[];
  private readonly insertPrefix: string;
  private readonly placeholders: string;
  private pending: unknown[][] = [];
  private lastId = 0;
  rows = 0;
  seconds = 0;

  constructor(
    private readonly load: BulkLoad,
    db: DataSource,
    entity: EntityTarget<T>,
    /** Tables whose rows this one refers to: written first, so that foreign keys hold at every statement. */
    readonly parents: TableWriter<ObjectLiteral>[],
  ) {
    const metadata = db.getMetadata(entity);
    this.table = metadata.tableName;
    this.entityName = metadata.name;
    this.columns = metadata.columns.filter((c) => !c.isVirtual);
    const escape = (name: string) => db.driver.escape(name);
    this.insertPrefix = `INSERT INTO ${escape(this.table)} (${this.columns.map((c) => escape(c.databaseName)).join(', ')}) VALUES `;
    this.placeholders = `(${this.columns.map(() => '?').join(', ')})`;
  }

  /** The id the next row added will have. */
  get nextId(): number {
    return this.lastId + 1;
  }

  /** Queues a row and returns the id it will have. */
  add(generated: Partial<T>): number {
    const id = ++this.lastId;
    // Columns the application derives as it writes (subscribers) are derived here too, as no subscriber sees these INSERTs.
    const row: ObjectLiteral = { ...generated };
    fillNameSortKey(this.entityName, row);
    const values = this.columns.map((column) => {
      const value = column.propertyName === 'id' ? id : row[column.propertyName];
      if (value === undefined) {
        if (column.default !== undefined) return typeof column.default === 'boolean' ? Number(column.default) : column.default;
        if (column.isNullable) return null;
        throw new Error(`a generated ${this.table} row has no ${column.propertyName}`);
      }
      return typeof value === 'boolean' ? Number(value) : value;
    });
    this.pending.push(values);
    return id;
  }

  get full(): boolean {
    return this.pending.length >= this.load.options.batchSize;
  }

  /** Writes the queued rows (only whole batches unless `all`), after the parents' queued rows. */
  async flush(all: boolean): Promise<void> {
    if (this.pending.length === 0) return;
    for (const parent of this.parents) await parent.flush(true);
    const size = this.load.options.batchSize;
    while (this.pending.length >= size || (all && this.pending.length > 0)) {
      const batch = this.pending.splice(0, size);
      const started = process.hrtime.bigint();
      await this.load.write(this.insertPrefix + Array(batch.length).fill(this.placeholders).join(', '), batch.flat());
      this.seconds += Number(process.hrtime.bigint() - started) / 1e9;
      this.rows += batch.length;
      this.load.progress();
    }
  }
}

export class BulkLoad {
  private readonly writers: TableWriter<ObjectLiteral>[] = [];
  private batchesInTransaction = 0;
  private lastProgress = Date.now();

  private constructor(
    private readonly db: DataSource,
    private readonly runner: QueryRunner,
    readonly options: BulkLoadOptions,
  ) {}

  static async begin(db: DataSource, options: BulkLoadOptions): Promise<BulkLoad> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    return new BulkLoad(db, runner, options);
  }

  table<T extends ObjectLiteral>(entity: EntityTarget<T>, parents: TableWriter<ObjectLiteral>[] = []): TableWriter<T> {
    const writer = new TableWriter<T>(this, this.db, entity, parents);
    this.writers.push(writer as unknown as TableWriter<ObjectLiteral>);
    return writer;
  }

  /** Writes every table that has a whole batch queued. */
  async flushFull(): Promise<void> {
    for (const writer of this.writers) if (writer.full) await writer.flush(false);
  }

  async write(sql: string, parameters: unknown[]): Promise<void> {
    await this.runner.query(sql, parameters);
    if (++this.batchesInTransaction >= this.options.batchesPerTransaction) {
      await this.runner.commitTransaction();
      await this.runner.startTransaction();
      this.batchesInTransaction = 0;
    }
  }

  progress(): void {
    if (!this.options.onProgress || Date.now() - this.lastProgress < (this.options.progressEveryMs ?? 2000)) return;
    this.lastProgress = Date.now();
    this.options.onProgress(this.stats());
  }

  stats(): TableStats[] {
    return this.writers.map((w) => ({ table: w.table, rows: w.rows, seconds: w.seconds }));
  }

  /** Writes what is still queued, in the order the tables were declared, and commits. */
  async finish(): Promise<TableStats[]> {
    try {
      for (const writer of this.writers) await writer.flush(true);
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
    return this.stats();
  }

  async abort(): Promise<void> {
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}
