import { Column, type DataSource, type EntityMetadata } from 'typeorm';

/** Any class, abstract ones included: what a decorator's target is the prototype of. */
type AnyClass = abstract new (...args: never[]) => object;

interface PathColumnRef {
  /** The class that declares the column; entities that extend it have the column too. */
  declaredOn: AnyClass;
  property: string;
}

const registry: PathColumnRef[] = [];

/**
 * Marks a column that copies the path of a body (see scope/paths.ts). When a body moves, every
 * registered column under it is rewritten in the same transaction.
 */
export function PathColumn(): PropertyDecorator {
  return (target, property) => {
    registry.push({ declaredOn: target.constructor as AnyClass, property: String(property) });
    Column({ type: 'varchar', length: 255 })(target, property);
  };
}

/** Every (table, column) that holds a copied path, across all entities, inherited columns included. */
export function pathColumns(db: DataSource): Array<{ metadata: EntityMetadata; column: string }> {
  return db.entityMetadatas.flatMap((metadata) => {
    const entity = metadata.target as AnyClass;
    return registry
      .filter((ref) => entity === ref.declaredOn || entity.prototype instanceof ref.declaredOn)
      .map((ref) => ({ metadata, column: metadata.findColumnWithPropertyName(ref.property)!.databaseName }));
  });
}
