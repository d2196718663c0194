/**
 * The names of every IPC channel, `domain:verb`. Kept apart from the zod contract so the
 * sandboxed preload can expose exactly these without bundling the schemas.
 */
export const CHANNELS = [
  'app:info',
  'app:openExternal',
  'settings:get',
  'settings:setLanguage',
  'settings:saveOrganisation',
  'settings:logo',
  'settings:chooseLogo',
  'settings:removeLogo',
  'criteriaLibrary:get',
  'criteriaLibrary:save',
  'procurement:list',
  'procurement:get',
  'procurement:create',
  'procurement:save',
  'procurement:rename',
  'procurement:duplicate',
  'procurement:setArchived',
  'procurement:delete',
  'procurement:restoreDeleted',
  'procurement:export',
  'procurement:import',
  'procurement:createSample',
  'cpv:search',
  'cpv:lookup',
  'cpv:catalogInfo',
  'cpv:import',
  'job:progress',
  'job:cancel',
  'calendar:exportXlsx',
  'documents:chooseFolder',
  'documents:openFolder',
  'documents:readiness',
  'documents:generate',
  'documents:importPricingForm',
  'backup:list',
  'backup:create',
  'backup:restore',
  'record:tenderComparison:get',
  'record:tenderComparison:save',
] as const;

/** One IPC channel name. */
export type Channel = (typeof CHANNELS)[number];

/** True when `name` is one of the contract's channels. */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_GLOBAL = 'hankinta';
