import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { removeTempDirs } from '../support/tempDir';
import { createTestService } from '../support/testService';

afterEach(removeTempDirs);

describe('dispatching a request', () => {
  it('refuses an unknown channel without calling any handler', async () => {
    const t = await createTestService();
    for (const channel of [
      'procurement:drop',
      'Procurement:list',
      '__proto__',
      'constructor',
      '',
    ]) {
      expect(await t.call(channel, {}), channel).toEqual({
        ok: false,
        error: { code: 'unknownChannel', params: { channel } },
      });
    }
  });

  it('refuses an invalid payload with the fields and why, before the handler runs', async () => {
    const t = await createTestService();
    const error = await t.fail('procurement:create', { title: '   ' });
    expect(error).toEqual({
      code: 'invalidRequest',
      params: { channel: 'procurement:create' },
      issues: [{ path: 'title', kind: 'tooShort', limit: 1 }],
    });
    expect((await t.ok('procurement:list', {})).items).toEqual([]);
  });

  it('reports a missing payload field as missing', async () => {
    const t = await createTestService();
    expect(await t.fail('procurement:rename', { id: randomUUID() })).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'title', kind: 'missing' }],
    });
    expect(await t.fail('procurement:create')).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'title', kind: 'missing' }],
    });
  });

  it('reports a payload of the wrong type at the root', async () => {
    const t = await createTestService();
    expect(await t.fail('procurement:create', 'Siivous')).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: '(root)', kind: 'wrongType', expected: 'object', received: 'string' }],
    });
  });

  it('accepts no payload at all for a channel that takes none', async () => {
    const t = await createTestService();
    expect(await t.call('procurement:list')).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('gives the handler the parsed payload (titles trimmed)', async () => {
    const t = await createTestService();
    const created = await t.ok('procurement:create', { title: 'Siivous' });
    const renamed = await t.ok('procurement:rename', {
      id: created.id,
      title: '  Ylläpitosiivous  ',
    });
    expect(renamed.title).toBe('Ylläpitosiivous');
  });

  it('passes a deliberate service error through as it is, without logging it', async () => {
    const t = await createTestService();
    const id = randomUUID();
    expect(await t.fail('procurement:get', { id })).toEqual({
      code: 'notFound',
      params: { id },
    });
    expect(t.logged).toEqual([]);
  });

  it('turns an unexpected failure into an internal error and logs it', async () => {
    const t = await createTestService();
    const logged: { message: string; error: unknown }[] = [];
    const failure = new Error('levy on täynnä');
    const handlers: ServiceHandlers = {
      ...t.handlers,
      'app:info': async () => {
        throw failure;
      },
    };
    const result = await dispatch(handlers, 'app:info', {}, (message, error) =>
      logged.push({ message, error }),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', params: { channel: 'app:info', detail: 'levy on täynnä' } },
    });
    expect(logged).toEqual([{ message: 'Handler for app:info failed', error: failure }]);
  });

  it('reports a thrown non-Error value as text', async () => {
    const t = await createTestService();
    const handlers: ServiceHandlers = {
      ...t.handlers,
      'backup:list': () => Promise.reject('ei pääsyä'),
    };
    expect(await dispatch(handlers, 'backup:list', {}, () => undefined)).toEqual({
      ok: false,
      error: { code: 'internal', params: { channel: 'backup:list', detail: 'ei pääsyä' } },
    });
  });
});
