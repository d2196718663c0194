import { Fragment, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { newLot, type Lot } from '../../../../shared/domain/procurement/lot';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import { focusAfterRemoval, focusFirstIn, useFocusAfterRender } from '../../app/focus';
import { RemovalUndo, useRemovalUndo } from '../../components/RemovalUndo';
import { personalDataStatus } from '../procurement/fieldErrors';
import { AmountFields } from './AmountFields';
import { reinsert } from './reinsert';
import { SmallLotsException } from './SmallLotsException';

/**
 * The lots of the procurement. A removal moves the focus to the next lot and leaves an undo in
 * the lot's place (no time limit); the undo puts the focus back on the restored lot.
 */
export function LotsSection(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  language: UiLanguage;
  personalData: readonly PersonalDataFinding[];
  /** False on the basics step: the amounts are entered on the value step (LotAmounts). */
  withAmounts?: boolean;
}) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const afterRender = useFocusAfterRender();
  const undo = useRemovalUndo<Lot>();
  const { procurement: p, edit } = props;
  const indefinite = p.planning.valuation.term.kind === 'indefinite';

  const updateLot = (id: string, change: (lot: Lot) => void) =>
    edit((q) => {
      const lot = q.lots.find((l) => l.id === id);
      if (lot) change(lot);
    });

  const move = (index: number, by: -1 | 1) =>
    edit((q) => {
      const [lot] = q.lots.splice(index, 1);
      if (lot) q.lots.splice(index + by, 0, lot);
    });

  const lotName = (lot: Lot, index: number) =>
    `${t('planning.lots.heading', { code: lot.code || String(index + 1) })}${
      lot.name ? ` – ${lot.name}` : ''
    }`;

  const remove = (lot: Lot, index: number) => {
    edit((q) => {
      q.lots = q.lots.filter((l) => l.id !== lot.id);
    });
    undo.noteRemoval({ item: lot, index, name: lotName(lot, index) });
    afterRender(() => focusAfterRemoval('lots', index));
  };

  const restore = () => {
    const removed = undo.takeUndo();
    if (!removed) return;
    edit((q) => {
      q.lots = reinsert(q.lots, removed.item, removed.index);
    });
    afterRender(() =>
      focusFirstIn(
        section.current?.querySelector<HTMLElement>(`[data-lot-id="${removed.item.id}"]`),
      ),
    );
  };

  const undoNotice = (at: number) =>
    undo.removed && undo.removed.index === at ? (
      <RemovalUndo name={undo.removed.name} onUndo={restore} onDismiss={undo.dismiss} />
    ) : null;

  return (
    <section className="panel" id="planning-lots" aria-labelledby="lots-heading" ref={section}>
      <Heading variant="h2" id="lots-heading" mb="xs">
        {t('planning.sections.lots')}
      </Heading>
      <Paragraph mb="m">{t('planning.lots.intro')}</Paragraph>
      {p.lots.length === 0 && props.withAmounts === false ? (
        <Paragraph mb="s" className="muted">
          {t('planning.lots.none')}
        </Paragraph>
      ) : p.lots.length === 0 ? (
        <>
          <Paragraph mb="s" className="muted">
            {t('planning.lots.none')}
          </Paragraph>
          <fieldset className="subpanel">
            <legend>{t('planning.amount.wholeProcurement')}</legend>
            <div className="form-grid">
              <AmountFields
                amount={p.planning.valuation.undivided}
                indefinite={indefinite}
                testIdPrefix="undivided"
                onChange={(undivided) =>
                  edit((q) => {
                    q.planning.valuation.undivided = undivided;
                  })
                }
              />
            </div>
          </fieldset>
        </>
      ) : (
        p.lots.map((lot, index) => (
          <Fragment key={lot.id}>
            {undoNotice(index)}
            <fieldset
              className="subpanel"
              data-testid={`lot-${index}`}
              data-lot-id={lot.id}
              data-focus-item="lots"
            >
              <legend>{lotName(lot, index)}</legend>
              <div className="form-grid lot-grid">
                <TextInput
                  labelText={t('planning.lots.code')}
                  hintText={t('planning.lots.codeHint')}
                  value={lot.code}
                  maxLength={20}
                  onChange={(v) =>
                    updateLot(lot.id, (l) => {
                      l.code = String(v ?? '');
                    })
                  }
                  data-testid={`lot-${index}-code`}
                />
                <TextInput
                  labelText={t('planning.lots.name')}
                  value={lot.name}
                  maxLength={200}
                  fullWidth
                  {...personalDataStatus(t, props.personalData, `lots[${index}].name`)}
                  onChange={(v) =>
                    updateLot(lot.id, (l) => {
                      l.name = String(v ?? '');
                    })
                  }
                  data-testid={`lot-${index}-name`}
                />
                {props.withAmounts !== false && (
                  <AmountFields
                    amount={lot.value}
                    indefinite={indefinite}
                    testIdPrefix={`lot-${index}`}
                    onChange={(value) =>
                      updateLot(lot.id, (l) => {
                        l.value = value;
                      })
                    }
                  />
                )}
                <Textarea
                  labelText={t('planning.lots.description')}
                  value={lot.description}
                  rows={2}
                  fullWidth
                  resize="vertical"
                  {...personalDataStatus(t, props.personalData, `lots[${index}].description`)}
                  onChange={(e) =>
                    updateLot(lot.id, (l) => {
                      l.description = e.target.value;
                    })
                  }
                />
              </div>
              <div className="row-actions">
                <Button
                  variant="secondaryNoBorder"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('planning.lots.moveUp')}
                </Button>
                <Button
                  variant="secondaryNoBorder"
                  disabled={index === p.lots.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('planning.lots.moveDown')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => remove(lot, index)}
                  data-testid={`lot-${index}-remove`}
                >
                  {t('planning.lots.remove')}
                </Button>
              </div>
            </fieldset>
          </Fragment>
        ))
      )}
      {undo.removed && undo.removed.index >= p.lots.length && undoNotice(undo.removed.index)}
      <Button
        variant="secondary"
        data-focus-fallback="lots"
        onClick={() =>
          edit((q) => {
            q.lots.push(newLot(crypto.randomUUID(), q.lots));
          })
        }
        data-testid="add-lot"
      >
        {t('planning.lots.add')}
      </Button>
      <SmallLotsException procurement={p} edit={edit} language={props.language} />
    </section>
  );
}
