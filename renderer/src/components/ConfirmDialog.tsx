import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components';

/**
 * Asks before a destructive action. Focus starts on Cancel, so Enter never destroys by
 * accident; Escape cancels.
 */
export function ConfirmDialog(props: {
  heading: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  return (
    <Modal
      visible
      appElementId="root"
      focusOnOpenRef={cancelRef}
      onEscKeyDown={props.onCancel}
      ariaLabelledBy={headingId}
    >
      <ModalContent>
        <ModalTitle id={headingId}>{props.heading}</ModalTitle>
        <Paragraph>{props.body}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button onClick={props.onConfirm} data-testid="confirm-dialog-confirm">
          {props.confirmLabel}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
