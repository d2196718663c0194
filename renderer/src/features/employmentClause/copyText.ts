import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/notices';

/**
 * Copies a text to the clipboard and says so; when the clipboard is refused (a locked-down
 * PC may block it), says how to copy by hand instead. Never throws.
 */
export function useCopyText(): (text: string) => Promise<void> {
  const { t } = useTranslation();
  const notices = useNotices();
  return useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        notices.success(t('employmentClause.preview.copied'));
      } catch {
        notices.success(t('employmentClause.preview.copyFailed'));
      }
    },
    [notices, t],
  );
}
