import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { procurementStatusSchema } from '../../../../shared/domain/procurement/procurement';
import { procurementCategorySchema } from '../../../../shared/domain/procurement/procurementCategory';
import type { CalendarFilters } from '../../../../shared/domain/calendar/procurementCalendar';

const ALL_PERSONS = 'all';
const PERSON_PREFIX = 'person:';

/** Adds or removes `value`, keeping the schema's order (so the export prints a stable list). */
function toggled<T extends string>(all: readonly T[], chosen: readonly T[], value: T, on: boolean) {
  return all.filter((v) => (v === value ? on : chosen.includes(v)));
}

/**
 * Status and category checkbox groups (none ticked = all), the responsible person and the
 * archived switch. Checkbox groups rather than the design system's MultiSelect: its closed
 * state points `aria-controls` at a popover that is not in the page (axe: critical).
 */
export function CalendarFilterBar({
  filters,
  persons,
  onChange,
}: {
  filters: CalendarFilters;
  /** Distinct responsible persons of the workspace. */
  persons: readonly string[];
  onChange: (filters: CalendarFilters) => void;
}) {
  const { t } = useTranslation();
  const statuses = procurementStatusSchema.options;
  const categories = procurementCategorySchema.options;
  const personValue =
    filters.responsiblePerson === null ? ALL_PERSONS : PERSON_PREFIX + filters.responsiblePerson;

  return (
    <div className="panel calendar-filters">
      <CheckboxGroup
        labelText={t('calendar.filters.statuses')}
        groupHintText={t('calendar.filters.noneMeansAll')}
        data-testid="calendar-filter-status"
      >
        {statuses.map((s) => (
          <Checkbox
            key={s}
            variant="small"
            checked={filters.statuses.includes(s)}
            onClick={({ checkboxState }) =>
              onChange({
                ...filters,
                statuses: toggled(statuses, filters.statuses, s, checkboxState),
              })
            }
          >
            {t(`status.${s}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        labelText={t('calendar.filters.categories')}
        groupHintText={t('calendar.filters.noneMeansAll')}
        data-testid="calendar-filter-category"
      >
        {categories.map((c) => (
          <Checkbox
            key={c}
            variant="small"
            checked={filters.categories.includes(c)}
            onClick={({ checkboxState }) =>
              onChange({
                ...filters,
                categories: toggled(categories, filters.categories, c, checkboxState),
              })
            }
          >
            {t(`planning.category.${c}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <div className="calendar-filters-other">
        <Dropdown
          labelText={t('calendar.filters.responsiblePerson')}
          value={personValue}
          fullWidth
          onChange={(value: string) =>
            onChange({
              ...filters,
              responsiblePerson: value.startsWith(PERSON_PREFIX)
                ? value.slice(PERSON_PREFIX.length)
                : null,
            })
          }
          data-testid="calendar-filter-person"
        >
          {[
            <DropdownItem key={ALL_PERSONS} value={ALL_PERSONS}>
              {t('calendar.filters.allPersons')}
            </DropdownItem>,
            ...persons.map((p) => (
              <DropdownItem key={p} value={PERSON_PREFIX + p}>
                {p}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Checkbox
          checked={filters.includeArchived}
          onClick={({ checkboxState }) => onChange({ ...filters, includeArchived: checkboxState })}
          data-testid="calendar-filter-archived"
        >
          {t('calendar.filters.includeArchived')}
        </Checkbox>
      </div>
    </div>
  );
}
