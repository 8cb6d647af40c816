/**
 * A plan as its edit form needs it: the API reads targets as `targets { bodyId }` but takes them
 * back as `targetIds`. With the ids on the record the form was based on, an unchanged list is not
 * sent again (the data provider sends only what changed).
 */
export function withTargetIds<T extends Record<string, unknown>>(round: T): T & { targetIds: number[] } {
  const targets = (round.targets ?? []) as ReadonlyArray<{ bodyId: number }>;
  return { ...round, targetIds: targets.map((target) => target.bodyId) };
}
