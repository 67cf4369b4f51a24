import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { ERROR_CATALOG } from '../../src/core/errors.js';
import { serverForSuite } from './test-server.js';

describe('OpenAPI document', () => {
  const suite = serverForSuite();

  it('is a valid OpenAPI 3 document', async () => {
    const response = await fetch(`${suite.server.url}/api/openapi.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(document.openapi, /^3\./);
    // validate() throws on schema violations and unresolved $refs.
    await SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document);
    const broken = { ...structuredClone(document), paths: { '/api/health': { get: { responses: { 200: { $ref: '#/components/responses/Missing' } } } } } };
    await assert.rejects(SwaggerParser.validate(broken as unknown as OpenAPI.Document), 'the validator rejects a broken document');
  });

  it('describes every /api route the suite.server has, and only those', async () => {
    const document = (await (await fetch(`${suite.server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    assert.ok(documented.length >= 9, 'documented.length >= 9');
    for (const route of documented) assert.ok(suite.server.app.hasRoute({ method: route.method as 'GET', url: route.url }), `${route.method} ${route.url} exists`);
    for (const url of ['/api/health', '/api/stories', '/api/stories/:id', '/api/articles', '/api/articles/:id', '/api/compare', '/api/search', '/api/openapi.json']) {
      assert.ok(documented.some((route) => route.method === 'GET' && route.url === url), `GET ${url} documented`);
    }
    assert.ok(documented.some((route) => route.method === 'POST' && route.url === '/api/ingest'), 'documented.some((route) => route.method === POST && route.url === /api/ingest)');
  });

  it('lists the error catalog codes in the error schema', async () => {
    const document = (await (await fetch(`${suite.server.url}/api/openapi.json`)).json()) as {
      components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } };
    };
    assert.deepEqual(document.components.schemas.Error.properties.error.properties.code.enum, Object.keys(ERROR_CATALOG));
  });
});
