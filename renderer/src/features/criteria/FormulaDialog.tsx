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
import { describeTraced } from '../../../../shared/domain/criteria/criteriaText';
import type { Traced } from '../../../../shared/domain/criteria/scoring';
import { useAppSettings } from '../../app/settingsContext';

/** What a clicked number shows: whose figure, which figure, how it was computed. */
export interface FormulaShown {
  title: string;
  traced: Traced;
  /** The figure as shown in the grid (rounded by the set's rule). */
  shown: string;
}

/** "Click a number, see how it was computed": the formula with the tender's own numbers. */
export function FormulaDialog(props: { shown: FormulaShown; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const closeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const { shown } = props;
  return (
    <Modal
      visible
      appElementId="root"
      focusOnOpenRef={closeRef}
      onEscKeyDown={props.onClose}
      ariaLabelledBy={headingId}
    >
      <ModalContent>
        <ModalTitle id={headingId}>{shown.title}</ModalTitle>
        <Paragraph mb="s" data-testid="formula-text">
          {describeTraced(shown.traced, language)} = {shown.shown}
        </Paragraph>
        <Paragraph className="muted">{t('criteria.ui.comparison.formulaNote')}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button ref={closeRef} onClick={props.onClose} data-testid="formula-close">
          {t('criteria.ui.comparison.close')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
