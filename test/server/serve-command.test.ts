import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const DEV_ENTRY = new URL('../../src/cli/dev-entry.ts', import.meta.url).pathname;

describe('serve and demo commands', () => {
  it('refuses to listen beyond loopback without a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyweave-serve-'));
    const previous = process.env.STORYWEAVE_TOKEN;
    delete process.env.STORYWEAVE_TOKEN;
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const code = await main(['serve', '--db', join(dir, 'x.db'), '--host', '0.0.0.0', '--port', '0']);
      assert.equal(code, 2);
      assert.match(written.join(''), /SW_USAGE.*token/);
    } finally {
      process.stderr.write = write;
      if (previous !== undefined) process.env.STORYWEAVE_TOKEN = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('demo ingests the bundled examples and serves them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyweave-demo-'));
    const child = spawn(process.execPath, ['--import', 'tsx', DEV_ENTRY, 'demo', '--db', join(dir, 'demo.db'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 120_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
        child.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${out}`)));
      });
      const health = (await (await fetch(`${url}api/health`)).json()) as { articles: number; languages: Record<string, number> };
      assert.ok(health.articles >= 10, `examples ingested (${health.articles})`);
      assert.ok(Object.keys(health.languages).length >= 5, 'Object.keys(health.languages).length >= 5');
      const stories = (await (await fetch(`${url}api/stories?limit=50`)).json()) as { stories: { articleCount: number }[] };
      assert.ok(stories.stories.some((story) => story.articleCount > 1), 'some example stories group several articles');
      assert.equal((await fetch(url)).status, 200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
