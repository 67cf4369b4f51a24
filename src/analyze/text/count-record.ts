/**
 * A Map of counts as a plain record. `Object.fromEntries` gives each new key sequence its own chain of
 * hidden classes: with hundreds of article-specific keys that costs more than the counting itself and
 * leaves garbage for the GC. An object put into dictionary mode first (deleting a property that is not the
 * last one does so in V8) is a plain hash table with the same keys, values, order and prototype.
 */
export function countRecord(counts: Map<string, number>): Record<string, number> {
  const record: Record<string, number> = { a: 0, b: 0 };
  delete record.a;
  delete record.b;
  for (const [key, value] of counts) record[key] = value;
  return record;
}
