import { randomUUID } from 'node:crypto';
import {
  openTrialWorkspace,
  procurementVersion,
  recordVersion,
  TRIAL_RECORD_ID,
  type TrialAck,
  type TrialConfig,
} from './killScenario';

/**
 * The child process of a kill-during-write trial: opens the workspace with the real storage
 * classes, says it is ready, then repeats one kind of operation until the parent kills it
 * with SIGKILL, reporting each finished step.
 */
const ack = (message: TrialAck) => process.send?.(message);

/**
 * The child is started ahead of its trial (while the parent checks the previous one) and
 * waits for its configuration, so the trial starts with the modules already loaded.
 */
process.once('message', (message: TrialConfig) => {
  run(message).catch((error: unknown) => {
    process.send?.({ kind: 'error', message: String(error) });
    process.exit(3);
  });
});
ack({ kind: 'loaded' });

async function run(config: TrialConfig): Promise<void> {
  const ws = await openTrialWorkspace(config.root);
  ack({ kind: 'ready' });
  const ids = [...config.ids];
  let n = config.startN;
  // Times grow with n, so backups and trash entries are always newer than earlier trials'.
  let stamp = Date.UTC(2027, 2, 1) + n * 60_000;
  for (let step = 0; ; step++) {
    switch (config.operation) {
      case 'save': {
        const id = step % 5 === 4 ? randomUUID() : ids[step % ids.length]!;
        n++;
        await ws.put(procurementVersion(id, n));
        ack({ kind: 'saved', id, n });
        break;
      }
      case 'delete': {
        const id = ids[step % ids.length]!;
        const trashId = await ws.moveToTrash(id, new Date((stamp += 1000)).toISOString());
        ack({ kind: 'trashed', id, trashId });
        await ws.restoreFromTrash(trashId);
        ack({ kind: 'untrashed', id });
        break;
      }
      case 'backup': {
        const id = ids[step % ids.length]!;
        n++;
        await ws.put(procurementVersion(id, n));
        ack({ kind: 'saved', id, n });
        const info = await ws.createBackup('manual', new Date((stamp += 1000)).toISOString());
        ack({ kind: 'backedUp', backupId: info.id });
        break;
      }
      case 'restore': {
        const backupId = config.backups[step % config.backups.length]!;
        await ws.restoreBackup(backupId);
        ack({ kind: 'restored', backupId });
        break;
      }
      case 'record': {
        const procurementId = ids[0]!;
        const current = await ws.records
          .get(procurementId, 'note', TRIAL_RECORD_ID)
          .then((r) => r.revision)
          .catch(() => null);
        const saved = await ws.records.put({
          procurementId,
          kind: 'note',
          recordId: TRIAL_RECORD_ID,
          record: recordVersion((current ?? 0) + 1),
          expectedRevision: current,
        });
        ack({ kind: 'recorded', id: procurementId, revision: saved.revision });
        break;
      }
    }
  }
}
