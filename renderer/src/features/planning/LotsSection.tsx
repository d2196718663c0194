import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { newLot, type Lot } from '../../../../shared/domain/procurement/lot';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import { useNotices } from '../../app/notices';
import { personalDataStatus } from '../procurement/fieldErrors';
import { AmountFields } from './AmountFields';
import { reinsert } from './reinsert';
import { SmallLotsException } from './SmallLotsException';

/** The lots of the procurement; each removal can be undone from the notice it leaves. */
export function LotsSection(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  language: UiLanguage;
  personalData: readonly PersonalDataFinding[];
  /** False on the basics step: the amounts are entered on the value step (LotAmounts). */
  withAmounts?: boolean;
}) {
  const { t } = useTranslation();
  const notices = useNotices();
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

  const remove = (lot: Lot, index: number) => {
    edit((q) => {
      q.lots = q.lots.filter((l) => l.id !== lot.id);
    });
    notices.success(t('planning.lots.removed', { name: lot.name || lot.code }), {
      label: t('common.undo'),
      run: () =>
        edit((q) => {
          q.lots = reinsert(q.lots, lot, index);
        }),
    });
  };

  return (
    <section className="panel" id="planning-lots" aria-labelledby="lots-heading">
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
          <fieldset className="subpanel" key={lot.id} data-testid={`lot-${index}`}>
            <legend>
              {t('planning.lots.heading', { code: lot.code || String(index + 1) })}
              {lot.name ? ` – ${lot.name}` : ''}
            </legend>
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
        ))
      )}
      <Button
        variant="secondary"
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
