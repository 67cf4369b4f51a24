import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles, type TempStore } from '../test-server.js';

/** Stores an article naming Anna Wrzesniewska, a spelling the seeds lack, as a store gets new articles after a search. */
export async function storeWrzesniewskaArticle(temp: TempStore): Promise<void> {
  const later = join(temp.dir, 'later.txt');
  writeFileSync(later, 'Wrzesniewska wins the regional chess final\n\nThe chess player Anna Wrzesniewska won the final in Gdansk on Sunday. Wrzesniewska said she had trained for a year.\n');
  await ingestFiles(temp.store, [later]);
}
