import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import './styles.css';
import { call } from './api/client';
import { parseHash } from './app/routes';
import { prefetchList } from './features/procurements/listPrefetch';
import { importTexts, languageHint } from './textChunks';

/**
 * The entry is small on purpose: it asks for the settings, the texts of the language used
 * last time (Finnish on a first start) and, when the first screen is the list, the
 * procurement list, and only then loads the app's code (React, Suomi.fi components), so the
 * requests run while that code is parsed and evaluated instead of after it.
 */
const settingsRequest = call('settings:get', {});
if (parseHash(window.location.hash).kind === 'list') prefetchList();
void importTexts(languageHint(), 'first').catch(() => undefined);
void import('./start').then((m) => m.start(settingsRequest));
