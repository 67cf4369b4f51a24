import { articlesMigration } from './001-articles.js';
import { storiesMigration } from './002-stories.js';
import { edgeScoreIndexesMigration } from './003-edge-score-indexes.js';
import { articleKeysDayMigration } from './004-article-keys-day.js';
import { storiesUpdatedAtMigration } from './005-stories-updated-at.js';
import { entityCanonicalIndexMigration } from './006-entity-canonical-index.js';
import { storiesRecentIndexMigration } from './007-stories-recent-index.js';
import { storyHeadlineSearchMigration } from './008-story-headline-search.js';
import { versionAnchorsMigration } from './009-version-anchors.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every schema step, in order. Add a file per step; never edit one that has shipped. */
export const MIGRATIONS: Migration[] = [
  articlesMigration, storiesMigration, edgeScoreIndexesMigration, articleKeysDayMigration, storiesUpdatedAtMigration,
  entityCanonicalIndexMigration, storiesRecentIndexMigration, storyHeadlineSearchMigration, versionAnchorsMigration,
];
