import { inspectLogo, MAX_LOGO_BYTES } from '../../domain/workspace/organisationLogo';
import { translate } from '../../i18n';
import { fileBaseName } from '../../records/cpvFile';
import type { ResponseOf, ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { ServiceDeps, StoredLogo } from '../ports';

type LogoChannels = 'settings:logo' | 'settings:chooseLogo' | 'settings:removeLogo';

const MIME = { png: 'image/png', jpg: 'image/jpeg' } as const;

function view(logo: StoredLogo | null): ResponseOf<'settings:logo'> {
  if (!logo) return { present: false };
  return {
    present: true,
    fileName: logo.fileName,
    type: logo.type,
    widthPx: logo.widthPx,
    heightPx: logo.heightPx,
    dataUrl: `data:${MIME[logo.type]};base64,${Buffer.from(logo.data).toString('base64')}`,
  };
}

/**
 * The organisation's logo for the document headers (issue 12): picked in a file dialog,
 * checked from its bytes (PNG or JPEG, at most 1 MB, 16–4 000 px; a refusal says which) and
 * stored in the workspace; the documents read it from the store when they are generated.
 */
export function organisationLogoHandlers(deps: ServiceDeps): Pick<ServiceHandlers, LogoChannels> {
  const t = (key: string) => translate(deps.settings.get().language, key);
  return {
    'settings:logo': async () => view(await deps.organisationLogo.load()),

    'settings:chooseLogo': async () => {
      const path = await deps.files.chooseOpenPath({
        title: t('settings.logo.dialogTitle'),
        filters: [{ name: t('settings.logo.imageFilter'), extensions: ['png', 'jpg', 'jpeg'] }],
      });
      if (path === null) return { status: 'cancelled' };
      const { data, size } = await deps.files.read(path, MAX_LOGO_BYTES);
      const checked = inspectLogo(data, size);
      if (!checked.ok) throw new ServiceError('invalidLogo', checked.refusal);
      const logo: StoredLogo = { ...checked.logo, fileName: fileBaseName(path), data };
      await deps.organisationLogo.save(logo);
      return { status: 'chosen', logo: view(logo) };
    },

    'settings:removeLogo': async () => {
      await deps.organisationLogo.remove();
      return { present: false };
    },
  };
}
