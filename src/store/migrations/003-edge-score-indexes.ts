import type { Migration } from './migration.js';

export const edgeScoreIndexesMigration: Migration = {
  version: 3,
  name: 'covering indexes for same-story pair lookups',
  up(db) {
    // Pair rows carry their evidence inline, so walking them by article read many pages per
    // lookup; these indexes answer "neighbours above a probability" and "pairs among these
    // articles" (without evidence) from the index alone.
    db.exec(`
      CREATE INDEX story_edges_a_scores ON story_edges(a, probability, overall);
      CREATE INDEX story_edges_b_scores ON story_edges(b, probability, overall);
      DROP INDEX story_edges_b;
    `);
  },
};
