import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../shared/assertNever';
import type { ProcurementSummary } from '../../../../shared/domain/procurement/procurement';
import { navigate } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TitleDialog } from '../../components/TitleDialog';
import type { useProcurementList } from './useProcurementList';

/** The dialog the list shows, if any. */
export type ListDialog =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'rename'; item: ProcurementSummary }
  | { kind: 'duplicate'; item: ProcurementSummary }
  | { kind: 'delete'; item: ProcurementSummary };

/** Create, rename, duplicate and delete dialogs of the procurement list. */
export function ListDialogs(props: {
  dialog: ListDialog;
  list: ReturnType<typeof useProcurementList>;
  close: () => void;
}) {
  const { t } = useTranslation();
  const { dialog, list, close } = props;
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'create':
      return (
        <TitleDialog
          heading={t('dialogs.createTitle')}
          hint={t('dialogs.createHint')}
          initialTitle=""
          confirmLabel={t('common.create')}
          onCancel={close}
          onConfirm={async (title) => {
            const created = await list.create(title);
            if (!created) return false;
            close();
            navigate({ kind: 'procurement', id: created.id, phase: 'planning' });
            return true;
          }}
        />
      );
    case 'rename':
      return (
        <TitleDialog
          heading={t('dialogs.renameTitle')}
          hint={dialog.item.title}
          initialTitle={dialog.item.title}
          confirmLabel={t('common.save')}
          onCancel={close}
          onConfirm={async (title) => {
            const ok = await list.rename(dialog.item.id, title);
            if (ok) close();
            return ok;
          }}
        />
      );
    case 'duplicate':
      return (
        <TitleDialog
          heading={t('dialogs.duplicateTitle')}
          hint={t('dialogs.duplicateHint')}
          initialTitle={t('dialogs.copyOf', { title: dialog.item.title }).slice(0, 200)}
          confirmLabel={t('common.duplicate')}
          onCancel={close}
          onConfirm={async (title) => {
            const ok = await list.duplicate(dialog.item.id, title);
            if (ok) close();
            return ok;
          }}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          heading={t('dialogs.deleteTitle')}
          body={t('dialogs.deleteBody', { title: dialog.item.title })}
          confirmLabel={t('dialogs.deleteConfirm')}
          onCancel={close}
          onConfirm={() => {
            close();
            void list.remove(dialog.item);
          }}
        />
      );
    default:
      return assertNever(dialog);
  }
}
