import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Notification } from 'suomifi-ui-components';
import type { StorageProblem } from '../../../shared/domain/workspace/storageProblem';
import { describeIssues } from '../app/describeError';
import { tDynamic } from '../i18n';

/** Entry faults the storage layer names in `detail` (workspaceLayout's EntryFault, or 'file'). */
const ENTRY_FAULTS = new Set(['file', 'directory', 'symlink', 'special', 'tooLarge']);

/** The user's-language reason an entry was set aside or skipped; error codes read as "other". */
function entryFaultText(t: TFunction, detail: string | undefined): string {
  const fault = (detail ?? '').split(',')[0] ?? '';
  return tDynamic(t, `problems.entryFaults.${ENTRY_FAULTS.has(fault) ? fault : 'other'}`);
}

/** Tells the user which files the storage layer set aside or repaired, and why. */
export function StorageProblems(props: { problems: StorageProblem[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (props.problems.length === 0) return null;
  return (
    <Notification
      headingText={t('problems.heading')}
      closeText={t('common.close')}
      onCloseButtonClick={props.onDismiss}
      data-testid="storage-problems"
    >
      <ul className="issue-list">
        {props.problems.map((p) => (
          <li key={`${p.kind}:${p.file}:${p.movedTo ?? ''}`}>
            {tDynamic(t, `problems.${p.kind}`, {
              file: p.file,
              movedTo: p.movedTo ?? '',
              version: p.version ?? '',
              detail:
                p.kind === 'entrySetAside' || p.kind === 'entrySkipped'
                  ? entryFaultText(t, p.detail)
                  : (p.detail ?? ''),
            })}
            {p.issues && p.issues.length > 0 && (
              <ul>
                {describeIssues(t, p.issues).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Notification>
  );
}
