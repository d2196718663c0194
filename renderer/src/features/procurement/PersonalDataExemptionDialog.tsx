import { useId, useRef, useState } from 'react';
import type { ApplyEdit } from './edit';
import { useTranslation } from 'react-i18next';
import {
  Button,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import {
  addExemption,
  personalDataExemptionSchema,
  type PersonalDataFinding,
} from '../../../../shared/domain/common/personalDataRegistry';
import { formatPath } from '../../../../shared/domain/common/validation';

/** Reason for confirming a match that is not a personal identity code; the exemption is recorded. */
function ExemptionDialog(props: {
  finding: PersonalDataFinding;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const path = formatPath([...props.finding.path]);
  const submit = () => {
    const valid = personalDataExemptionSchema.shape.reason.safeParse(reason);
    if (!valid.success) {
      setError(true);
      ref.current?.focus();
      return;
    }
    props.onConfirm(valid.data);
  };
  return (
    <Modal
      visible
      appElementId="root"
      focusOnOpenRef={ref}
      onEscKeyDown={props.onCancel}
      ariaLabelledBy={headingId}
    >
      <ModalContent>
        <ModalTitle id={headingId}>{t('personalDataGuard.dialogHeading')}</ModalTitle>
        <Paragraph mb="m">
          {t('personalDataGuard.dialogHint', { path, masked: props.finding.masked })}
        </Paragraph>
        <Textarea
          ref={ref}
          labelText={t('personalDataGuard.reasonLabel')}
          value={reason}
          maxLength={500}
          fullWidth
          status={error ? 'error' : 'default'}
          statusText={error ? t('personalDataGuard.reasonRequired') : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setError(false);
          }}
          data-testid="exemption-reason"
        />
      </ModalContent>
      <ModalFooter>
        <Button onClick={submit} data-testid="exemption-confirm">
          {t('personalDataGuard.confirm')}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/**
 * The guard's findings in the open procurement, each with a "not a personal identity code"
 * action that asks for a reason and records an exemption in the procurement (never the code).
 * Codes in field names cannot be exempted: they are never document numbers.
 */
export function PersonalDataFindings(props: {
  findings: readonly PersonalDataFinding[];
  edit: ApplyEdit;
  now?: () => Date;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<PersonalDataFinding | null>(null);
  const open = props.findings.filter((f) => !f.exempted);
  if (open.length === 0) return null;
  const confirm = (finding: PersonalDataFinding, reason: string) => {
    const at = (props.now?.() ?? new Date()).toISOString();
    props.edit((p) => {
      p.personalDataExemptions = addExemption(p.personalDataExemptions ?? [], finding, reason, at);
    });
    setAsking(null);
  };
  return (
    <InlineAlert status="error" labelText={t('personalDataGuard.heading')}>
      <Paragraph mb="s">{t('personalDataGuard.intro')}</Paragraph>
      <ul data-testid="personal-data-findings">
        {open.map((f) => {
          const path = formatPath([...f.path]);
          return (
            <li key={`${f.where}:${path}:${f.fingerprint}`}>
              {t(f.where === 'key' ? 'personalDataGuard.keyFinding' : 'personalDataGuard.finding', {
                path,
                masked: f.masked,
              })}
              {f.where === 'value' && (
                <Button variant="secondaryNoBorder" onClick={() => setAsking(f)}>
                  {t('personalDataGuard.notACode')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {asking && (
        <ExemptionDialog
          finding={asking}
          onConfirm={(reason) => confirm(asking, reason)}
          onCancel={() => setAsking(null)}
        />
      )}
    </InlineAlert>
  );
}
