import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../shared/api/keyedQueue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('one task at a time per procurement', () => {
  it('runs work for the same procurement strictly one after another', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      queue.run('a', task('save')),
      queue.run('a', task('rename')),
    ]);
    expect(results).toEqual(['save', 'rename']);
    expect(log).toEqual(['save start', 'save end', 'rename start', 'rename end']);
  });

  it('lets different procurements proceed side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([queue.run('a', task('a')), queue.run('b', task('b'))]);
    expect(log.slice(0, 2).sort()).toEqual(['a start', 'b start']);
  });

  it('runs the next task after a failed one and reports the failure to its caller only', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('levy täynnä');
    });
    const next = queue.run('a', async () => 'tallennettu');
    await expect(failed).rejects.toThrow('levy täynnä');
    await expect(next).resolves.toBe('tallennettu');
  });
});
