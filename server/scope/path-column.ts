import { Column } from 'typeorm';

export interface PathColumnRef {
  /** The entity class name, which is also its permission subject name. */
  entity: string;
  property: string;
}

const registry: PathColumnRef[] = [];

/**
 * Marks a column that copies the path of a body (see scope/paths.ts). When a body moves, every
 * registered column under it is rewritten in the same transaction.
 */
export function PathColumn(): PropertyDecorator {
  return (target, property) => {
    registry.push({ entity: target.constructor.name, property: String(property) });
    Column({ type: 'varchar', length: 255 })(target, property);
  };
}

export function pathColumns(): readonly PathColumnRef[] {
  return registry;
}
