import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { titleSchema } from '../../../shared/domain/procurement/procurement';

/** A modal asking for a procurement title (create, rename, duplicate), validated as it is saved. */
export function TitleDialog(props: {
  heading: string;
  hint: string;
  initialTitle: string;
  confirmLabel: string;
  onConfirm: (title: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.initialTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const submit = async () => {
    const parsed = titleSchema.safeParse(title);
    if (!parsed.success) {
      setError(title.trim() === '' ? t('dialogs.titleRequired') : t('dialogs.titleTooLong'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const done = await props.onConfirm(parsed.data);
    setBusy(false);
    if (!done) inputRef.current?.focus();
  };

  return (
    <Modal
      visible
      appElementId="root"
      focusOnOpenRef={inputRef}
      onEscKeyDown={props.onCancel}
      ariaLabelledBy={headingId}
    >
      <ModalContent>
        <ModalTitle id={headingId}>{props.heading}</ModalTitle>
        <Paragraph mb="m">{props.hint}</Paragraph>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextInput
            ref={inputRef}
            labelText={t('dialogs.titleLabel')}
            value={title}
            fullWidth
            maxLength={220}
            status={error ? 'error' : 'default'}
            statusText={error ?? undefined}
            onChange={(value) => {
              setTitle(String(value ?? ''));
              setError(null);
            }}
            data-testid="title-input"
          />
        </form>
      </ModalContent>
      <ModalFooter>
        <Button onClick={() => void submit()} disabled={busy} data-testid="title-dialog-confirm">
          {props.confirmLabel}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
