import { localIsoDate } from '../../domain/common/calendarDate';
import {
  duplicateProcurement,
  newProcurement,
  type Procurement,
} from '../../domain/procurement/procurement';
import { buildSampleProcurement } from '../../domain/procurement/sampleProcurement';
import { translate } from '../../i18n';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { KeyedQueue } from '../keyedQueue';
import type { ServiceDeps } from '../ports';
import { assertNoPersonalData } from './personalDataGuard';

type Handlers = Pick<
  ServiceHandlers,
  | 'procurement:list'
  | 'procurement:get'
  | 'procurement:create'
  | 'procurement:save'
  | 'procurement:rename'
  | 'procurement:duplicate'
  | 'procurement:setArchived'
  | 'procurement:delete'
  | 'procurement:restoreDeleted'
  | 'procurement:createSample'
>;

/** Handlers for the procurement list and for editing one procurement. */
export function procurementHandlers(deps: ServiceDeps, queue: KeyedQueue): Handlers {
  const nowIso = () => deps.now().toISOString();

  /** Applies a change to the stored procurement under its queue, bumping revision and time. */
  const update = (id: string, change: (p: Procurement) => Procurement) =>
    queue.run(id, async () => {
      const current = await deps.procurements.get(id);
      const next: Procurement = {
        ...change(current),
        id,
        revision: current.revision + 1,
        updatedAt: nowIso(),
      };
      assertNoPersonalData(next, [], 'procurement');
      await deps.procurements.put(next);
      return next;
    });

  return {
    'procurement:list': async () => {
      const { items, problems } = await deps.procurements.list();
      return { items, problems: [...deps.settings.problems(), ...problems] };
    },

    'procurement:get': ({ id }) => deps.procurements.get(id),

    'procurement:create': async ({ title }) => {
      const procurement = newProcurement({
        id: deps.newId(),
        title,
        now: nowIso(),
        authorityType: deps.settings.get().organisation.defaultAuthorityType,
      });
      assertNoPersonalData(procurement, [], 'procurement');
      await queue.run(procurement.id, () => deps.procurements.put(procurement));
      return procurement;
    },

    'procurement:save': ({ procurement }) =>
      queue.run(procurement.id, async () => {
        const current = await deps.procurements.get(procurement.id);
        if (current.revision !== procurement.revision) {
          throw new ServiceError('conflict', {
            stored: current.revision,
            given: procurement.revision,
          });
        }
        const next: Procurement = {
          ...procurement,
          createdAt: current.createdAt,
          revision: current.revision + 1,
          updatedAt: nowIso(),
        };
        assertNoPersonalData(next, [], 'procurement');
        await deps.procurements.put(next);
        return next;
      }),

    'procurement:rename': ({ id, title }) => update(id, (p) => ({ ...p, title })),

    'procurement:duplicate': async ({ id, title }) => {
      const source = await deps.procurements.get(id);
      const copy = duplicateProcurement(source, { id: deps.newId(), title, now: nowIso() });
      assertNoPersonalData(copy, [], 'procurement');
      await queue.run(copy.id, () => deps.procurements.put(copy));
      return copy;
    },

    'procurement:setArchived': ({ id, archived }) => update(id, (p) => ({ ...p, archived })),

    'procurement:delete': ({ id }) =>
      queue.run(id, async () => {
        const current = await deps.procurements.get(id);
        const trashId = await deps.procurements.moveToTrash(id, nowIso());
        return { trashId, title: current.title };
      }),

    'procurement:restoreDeleted': ({ trashId }) => deps.procurements.restoreFromTrash(trashId),

    'procurement:createSample': async ({ language }) => {
      const t = (key: string) => translate(language, `planning.sample.${key}`);
      const lotKeys = ['1A', '1B', '1C', '2'] as const;
      const procurement = buildSampleProcurement({
        ids: {
          procurement: deps.newId(),
          lots: lotKeys.map(() => deps.newId()),
          options: deps.newId(),
        },
        now: nowIso(),
        today: localIsoDate(deps.now()),
        texts: {
          title: t('title'),
          referenceNumber: t('referenceNumber'),
          description: t('description'),
          responsiblePerson: t('responsiblePerson'),
          lots: lotKeys.map((code) => ({
            code,
            name: t(`lot${code}`),
            description: t(`lot${code}Description`),
          })),
          valuationNotes: t('valuationNotes'),
          screeningNotes: t('screeningNotes'),
        },
      });
      await queue.run(procurement.id, () => deps.procurements.put(procurement));
      return procurement;
    },
  };
}
