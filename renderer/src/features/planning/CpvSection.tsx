import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Chip,
  Heading,
  HintText,
  InlineAlert,
  Paragraph,
  SearchInput,
  StaticChip,
  VisuallyHidden,
} from 'suomifi-ui-components';
import {
  cpvEntryLabel,
  formatCpvCode,
  MAX_ADDITIONAL_CPV_CODES as MAX_ADDITIONAL,
  type CpvCode,
  type CpvEntry,
} from '../../../../shared/domain/cpv/cpvCode';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import { isAnnexEServices } from '../../../../shared/domain/procurement/procurementCategory';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';
import './cpv.css';

const DEBOUNCE_MS = 200;
const RESULT_LIMIT = 50;
const MAX_QUERY_LENGTH = 200;

interface SearchState {
  query: string;
  results: CpvEntry[];
  total: number;
}

/** Searches the CPV catalog, debounced, answering only for the latest query. */
function useCpvSearch(query: string): SearchState | null {
  const notices = useNotices();
  const [search, setSearch] = useState<SearchState | null>(null);
  useEffect(() => {
    if (query === '') return;
    let alive = true;
    const timer = setTimeout(() => {
      void call('cpv:search', { query, limit: RESULT_LIMIT }).then((r) => {
        if (!alive) return;
        if (r.ok) setSearch({ query, ...r.value });
        else notices.error(r.error);
      });
    }, DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query, notices]);
  return search !== null && search.query === query ? search : null;
}

/** Labels of the chosen codes (null: the catalog does not know the code). */
function useCpvLookup(codes: readonly CpvCode[], found: readonly CpvEntry[]) {
  const [known, setKnown] = useState<ReadonlyMap<CpvCode, CpvEntry | null>>(new Map());
  const missing = codes.filter((c) => !known.has(c) && !found.some((e) => e.code === c));
  const missingKey = missing.join(',');
  useEffect(() => {
    if (missingKey === '') return;
    let alive = true;
    const asked = missingKey.split(',');
    void call('cpv:lookup', { codes: asked }).then((r) => {
      if (!alive || !r.ok) return;
      setKnown((previous) => {
        const next = new Map(previous);
        for (const code of asked) next.set(code, r.value.find((e) => e.code === code) ?? null);
        return next;
      });
    });
    return () => {
      alive = false;
    };
  }, [missingKey]);
  return (code: CpvCode): CpvEntry | null | undefined =>
    found.find((e) => e.code === code) ?? known.get(code);
}

/** Whether the searchable catalog is only the shipped liite E codes. */
function useOnlyShipped(): boolean {
  const [onlyShipped, setOnlyShipped] = useState(false);
  useEffect(() => {
    let alive = true;
    void call('cpv:catalogInfo', {}).then((r) => {
      if (alive && r.ok) setOnlyShipped(r.value.imported === null);
    });
    return () => {
      alive = false;
    };
  }, []);
  return onlyShipped;
}

/**
 * The procurement's main and additional CPV codes: a search over the CPV catalog (codes or
 * words in fi/sv/en), results to pick from with the mouse or the keyboard (arrow keys move
 * between results, Escape goes back to the search), the chosen codes as removable chips,
 * and a notice when the main code is a liite E service.
 */
export function CpvSection(props: { procurement: Procurement; edit: ApplyEdit }) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const language = settings.language;
  const { procurement: p, edit } = props;
  const [input, setInput] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [picked, setPicked] = useState<CpvEntry[]>([]);
  const query = input.trim().slice(0, MAX_QUERY_LENGTH);
  const search = useCpvSearch(query);
  const onlyShipped = useOnlyShipped();
  const chosen = [p.cpv.main, ...p.cpv.additional].filter((c): c is CpvCode => c !== null);
  const entryOf = useCpvLookup(chosen, picked);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const full = p.cpv.additional.length >= MAX_ADDITIONAL;

  const remember = (entry: CpvEntry) =>
    setPicked((list) => [entry, ...list.filter((e) => e.code !== entry.code)].slice(0, 60));
  const describe = (code: CpvCode) => {
    const entry = entryOf(code);
    return entry ? formatCpvCode(entry) : code;
  };

  const setMain = (entry: CpvEntry) => {
    remember(entry);
    edit((q) => {
      q.cpv.main = entry.code;
      q.cpv.additional = q.cpv.additional.filter((c) => c !== entry.code);
    });
    setAnnouncement(t('cpv.section.mainSet', { code: formatCpvCode(entry) }));
  };
  const addAdditional = (entry: CpvEntry) => {
    remember(entry);
    edit((q) => {
      const taken = q.cpv.main === entry.code || q.cpv.additional.includes(entry.code);
      if (!taken && q.cpv.additional.length < MAX_ADDITIONAL) q.cpv.additional.push(entry.code);
    });
    setAnnouncement(t('cpv.section.additionalAdded', { code: formatCpvCode(entry) }));
  };
  const remove = (code: CpvCode) => {
    edit((q) => {
      if (q.cpv.main === code) q.cpv.main = null;
      q.cpv.additional = q.cpv.additional.filter((c) => c !== code);
    });
    setAnnouncement(t('cpv.section.removed', { code: describe(code) }));
  };

  const focusResult = (row: number, column: number) =>
    listRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-row="${row}"][data-column="${column}"]`)
      ?.focus();
  const focusSearch = () => searchRef.current?.querySelector('input')?.focus();

  const onSearchKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowDown' && event.target instanceof HTMLInputElement && search) {
      event.preventDefault();
      focusResult(0, 0);
    }
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset['row']);
    const column = Number(target.dataset['column']);
    if (Number.isNaN(row) || !search) return;
    const last = search.results.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusResult(Math.min(row + 1, last), column),
      ArrowUp: () => (row === 0 ? focusSearch() : focusResult(row - 1, column)),
      ArrowRight: () => focusResult(row, 1),
      ArrowLeft: () => focusResult(row, 0),
      Home: () => focusResult(0, column),
      End: () => focusResult(last, column),
      Escape: focusSearch,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  const mainEntry = p.cpv.main === null ? undefined : entryOf(p.cpv.main);
  const chipText = (code: CpvCode) => {
    const entry = entryOf(code);
    if (entry === undefined) return code;
    if (entry === null) return `${code} (${t('cpv.section.notInCatalog')})`;
    return `${formatCpvCode(entry)} ${cpvEntryLabel(entry, language)}`;
  };

  return (
    <section
      className="panel"
      id="planning-cpv"
      aria-labelledby="cpv-heading"
      data-testid="cpv-section"
    >
      <Heading variant="h2" id="cpv-heading" mb="xs">
        {t('cpv.section.heading')}
      </Heading>
      <Paragraph mb="m">{t('cpv.section.intro')}</Paragraph>

      <div className="cpv-chosen">
        <Heading variant="h3" mb="xs">
          {t('cpv.section.mainHeading')}
        </Heading>
        <div data-testid="cpv-main" className="cpv-chips">
          {p.cpv.main === null ? (
            <Paragraph className="muted">{t('cpv.section.noMain')}</Paragraph>
          ) : (
            <Chip
              removable
              actionLabel={t('cpv.section.remove')}
              onClick={() => p.cpv.main !== null && remove(p.cpv.main)}
            >
              {chipText(p.cpv.main)}
            </Chip>
          )}
        </div>
        {p.cpv.main !== null && mainEntry?.annexE && (
          <InlineAlert
            className="cpv-annexe"
            status={isAnnexEServices(p.category) ? 'neutral' : 'warning'}
            data-testid="cpv-annexe-notice"
          >
            {isAnnexEServices(p.category)
              ? t('planning.category.annexEConfirmed', { code: formatCpvCode(mainEntry) })
              : t('planning.category.annexEMismatch', { code: formatCpvCode(mainEntry) })}
          </InlineAlert>
        )}
        <Heading variant="h3" mb="xs" mt="m">
          {t('cpv.section.additionalHeading')}
        </Heading>
        <div className="cpv-chips">
          {p.cpv.additional.length === 0 ? (
            <Paragraph className="muted">{t('cpv.section.noAdditional')}</Paragraph>
          ) : (
            p.cpv.additional.map((code) => (
              <Chip
                key={code}
                removable
                actionLabel={t('cpv.section.remove')}
                onClick={() => remove(code)}
                data-testid={`cpv-additional-${code}`}
              >
                {chipText(code)}
              </Chip>
            ))
          )}
        </div>
        {full && (
          <Paragraph className="muted">
            {t('cpv.section.additionalLimit', { limit: MAX_ADDITIONAL })}
          </Paragraph>
        )}
      </div>

      <div className="cpv-search" ref={searchRef} onKeyDown={onSearchKeyDown}>
        <SearchInput
          labelText={t('cpv.section.searchLabel')}
          visualPlaceholder={t('cpv.section.searchPlaceholder')}
          clearButtonLabel={t('common.clear')}
          searchButtonLabel={t('common.search')}
          value={input}
          fullWidth
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={hintId}
          onChange={(value) => setInput(value)}
          data-testid="cpv-search"
        />
        <HintText id={hintId}>{t('cpv.section.searchHint')}</HintText>
        {onlyShipped && <Paragraph className="muted">{t('cpv.section.onlyShipped')}</Paragraph>}
      </div>

      <p className="cpv-status" aria-live="polite" data-testid="cpv-status">
        {query === ''
          ? ''
          : search === null
            ? t('cpv.section.searching')
            : search.total === 0
              ? t('cpv.section.noResults', { query })
              : search.total > search.results.length
                ? t('cpv.section.resultCountLimited', {
                    shown: search.results.length,
                    total: search.total,
                  })
                : t('cpv.section.resultCount', { total: search.total })}
      </p>
      {search && search.results.length > 0 && (
        <ul
          className="cpv-results"
          aria-label={t('cpv.section.resultsLabel')}
          ref={listRef}
          onKeyDown={onListKeyDown}
        >
          {search.results.map((entry, row) => {
            const labelId = `${hintId}-r-${entry.code}`;
            const isMain = p.cpv.main === entry.code;
            const isAdditional = p.cpv.additional.includes(entry.code);
            return (
              <li key={entry.code} className="cpv-result" data-testid={`cpv-result-${entry.code}`}>
                <span id={labelId} className="cpv-result-text">
                  <span className="cpv-code">{formatCpvCode(entry)}</span>{' '}
                  <span>{cpvEntryLabel(entry, language)}</span>
                </span>
                {entry.annexE && (
                  <StaticChip className="cpv-badge">{t('cpv.section.annexEBadge')}</StaticChip>
                )}
                <span className="cpv-result-actions">
                  <Button
                    variant="secondary"
                    data-row={row}
                    data-column={0}
                    aria-describedby={labelId}
                    aria-disabled={isMain}
                    onClick={() => setMain(entry)}
                  >
                    {t('cpv.section.setMain')}
                  </Button>
                  <Button
                    variant="secondaryNoBorder"
                    data-row={row}
                    data-column={1}
                    aria-describedby={labelId}
                    aria-disabled={isMain || isAdditional || full}
                    onClick={() => addAdditional(entry)}
                  >
                    {t('cpv.section.addAdditional')}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </section>
  );
}
