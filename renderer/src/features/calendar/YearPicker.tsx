import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  IconChevronLeft,
  IconChevronRight,
} from 'suomifi-ui-components';
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
} from '../../../../shared/domain/calendar/procurementCalendar';

/** Previous / next year buttons around a dropdown of the years that have dates. */
export function YearPicker({
  year,
  years,
  onChange,
}: {
  year: number;
  /** The years offered in the dropdown; `year` is added when missing. */
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const offered = [...new Set([...years, year])].sort((a, b) => a - b);
  return (
    <div className="calendar-year-picker">
      <Button
        variant="secondary"
        icon={<IconChevronLeft />}
        disabled={year <= CALENDAR_MIN_YEAR}
        onClick={() => onChange(year - 1)}
        aria-label={`${t('calendar.year.previous')} ${year - 1}`}
        data-testid="calendar-year-previous"
      >
        {String(year - 1)}
      </Button>
      <Dropdown
        labelText={t('calendar.year.label')}
        value={String(year)}
        onChange={(value: string) => onChange(Number(value))}
        data-testid="calendar-year"
        className="calendar-year-dropdown"
      >
        {offered.map((y) => (
          <DropdownItem key={y} value={String(y)}>
            {String(y)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Button
        variant="secondary"
        iconRight={<IconChevronRight />}
        disabled={year >= CALENDAR_MAX_YEAR}
        onClick={() => onChange(year + 1)}
        aria-label={`${t('calendar.year.next')} ${year + 1}`}
        data-testid="calendar-year-next"
      >
        {String(year + 1)}
      </Button>
    </div>
  );
}
