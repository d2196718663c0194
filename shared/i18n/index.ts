import type { UiLanguage } from '../domain/workspace/organisationProfile';
import { en } from './en';
import { fi, type Messages } from './fi';
import { sv } from './sv';

/**
 * The text catalogs, Finnish first. The renderer loads them into i18next; the main process
 * (dialog titles, file filters) and document builders use {@link translate} directly, so
 * every user-facing string lives here in fi, sv and en.
 */
export const catalogs: Readonly<Record<UiLanguage, Messages>> = { fi, sv, en };

export type { Messages };

/** Looks up a dotted key (`dialogs.exportProcurement`) and fills `{{name}}` placeholders. */
export function translate(
  language: UiLanguage,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const lookup = (catalog: Messages): string | undefined => {
    let node: unknown = catalog;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
  const template = lookup(catalogs[language]) ?? lookup(fi) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{{${name}}}`,
  );
}
