import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entries } from 'virtual:evidence-entries';
import type { Entry } from '../../data/schema';
import type { PageState } from '../../utils/messages';
import { createSearch } from '../../utils/search';
import { takePendingLookup } from '../../utils/background/lookup';
import { fetchPageState, revealInTab, targetTabId } from '../../utils/target-tab';
import { updateSettings } from '../../utils/settings';
import { toggleSite } from '../../utils/highlight-filter';
import { EvidenceCard } from '../../components/EvidenceCard';
import { categoryLabel } from '../../components/labels';
import { t } from '../../utils/i18n';
import { SearchBox } from '../../components/SearchBox';
import { FoundList, sortFound } from '../../components/FoundList';
import { useSettings } from '../../components/useSettings';
import { useManagedPolicy } from '../../components/useManagedPolicy';
import { isLocked, unlockedPart } from '../../utils/managed-settings';
import { useTheme } from '../../components/useTheme';
import { PauseButtons, PausedNotice } from '../../components/PauseControls';
import { ReportActions } from '../../components/ReportComposer';
import { FactChecks } from '../../components/FactChecks';
import { readFactChecks } from '../../utils/claim-review';

const byId = new Map(entries.map((e) => [e.id, e]));
const titles = Object.fromEntries(entries.map((e) => [e.id, e.title]));
const COMMON_TOPICS = [
  'young-blood-plasma-infusions',
  'unapproved-stem-cell-clinics',
  'nad-boosters',
  'metformin-aging-tame',
  'epigenetic-clocks-biological-age',
].filter((id) => byId.has(id));

type Load = { status: 'loading' } | { status: 'none' } | { status: 'ready'; tabId: number; state: PageState };

export function App() {
  const settings = useSettings();
  const policy = useManagedPolicy();
  const theme = useTheme(settings?.theme ?? 'system');
  const search = useMemo(() => createSearch(entries), []);
  const [page, setPage] = useState<Load>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [active, setActive] = useState(() => ((new URLSearchParams(location.search).get('q') ?? '').trim().length < 2 ? -1 : 0));
  const [open, setOpen] = useState<Entry | null>(null);
  const inTab = new URLSearchParams(location.search).has('tab');

  const refresh = async (id: number | null) => {
    if (id === null) return setPage({ status: 'none' });
    const state = await fetchPageState(id);
    setPage(state ? { status: 'ready', tabId: id, state } : { status: 'none' });
    if (!performance.getEntriesByName('el-popup-page-state').length) performance.mark('el-popup-page-state');
  };

  useEffect(() => {
    performance.mark('el-popup-first-render'); // read by scripts/bench (popup first render)
    // A popup opened with its query in the address (the look-up tab) leaves pending look-ups alone.
    if (!new URLSearchParams(location.search).has('q')) void takePendingLookup().then((q) => q && changeQuery(q));
    void targetTabId().then((id) => {
      setTabId(id);
      void refresh(id);
    });
  }, []);

  // A settings change (this popup's switch, or elsewhere) changes what the page shows.
  useEffect(() => {
    if (settings && tabId !== null) void refresh(tabId);
  }, [settings]);

  const hits = useMemo(() => search(query), [query]);
  const related = useMemo(() => (hits.length ? [] : search.related(query)), [hits]);
  // The highlighted result moves with the query in the same update: an effect would run after the
  // next keystroke could already have arrived (arrow keys or Enter typed right after the text).
  const changeQuery = (q: string) => {
    setQuery(q);
    setActive(q.trim().length < 2 ? -1 : 0);
  };

  const found = page.status === 'ready' ? sortFound(page.state.found, byId) : [];
  const factChecks = useMemo(() => (page.status === 'ready' ? readFactChecks(page.state.claimReviews) : []), [page]);
  const suggestions = [
    ...found.map((f) => ({ id: f.entry, title: titles[f.entry], verdict: byId.get(f.entry)!.verdict, note: t('search_on_page') })),
    ...COMMON_TOPICS.filter((id) => !found.some((f) => f.entry === id)).map((id) => ({
      id,
      title: titles[id],
      verdict: byId.get(id)!.verdict,
    })),
  ].slice(0, 8);

  const reveal = async (id: string) => {
    if (page.status !== 'ready') return;
    if ((await revealInTab(page.tabId, id)) && !inTab) window.close();
  };

  const toggleOf = (s: NonNullable<typeof settings>, host: string) => (s.enabled ? toggleSite(s, host) : { enabled: true });
  const toggleHere = async () => {
    if (page.status !== 'ready') return;
    const host = page.state.host;
    await updateSettings((s) => toggleOf(s, host));
  };
  // The switch would change a setting the organisation locked (the site lists, or on/off): it is shown, disabled.
  const toggleLocked = (() => {
    if (!settings || page.status !== 'ready') return false;
    const patch = toggleOf(settings, page.state.host);
    return Object.keys(unlockedPart(patch, policy)).length < Object.keys(patch).length;
  })();

  return (
    <div class="el-theme el-popup" data-theme={theme}>
      <header class="el-popup-head">
        <h1 class="el-popup-title">
          <img src="/icon/32.png" alt="" width="20" height="20" /> {t('extName')}
        </h1>
        <button type="button" class="el-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </header>

      {open ? (
        <main class="el-popup-detail">
          <button type="button" class="el-button" onClick={() => setOpen(null)} autoFocus>
            {t('popup_back')}
          </button>
          <EvidenceCard
            entry={open}
            variant="full"
            categoryLabel={categoryLabel(open.category)}
            titleId="el-detail-title"
            relatedTitles={titles}
            onRelated={(id) => setOpen(byId.get(id) ?? null)}
          >
            <ReportActions entry={open} />
          </EvidenceCard>
        </main>
      ) : (
        <main>
          <section class="el-popup-section" aria-labelledby="el-on-page">
            <h2 id="el-on-page" class="el-section-title">
              {t('popup_on_page')}
            </h2>
            {factChecks.length > 0 && <FactChecks checks={factChecks} entries={entries} onOpen={setOpen} />}
            <PageSection
              page={page}
              found={found}
              onReveal={reveal}
              onToggle={toggleHere}
              toggleLocked={toggleLocked}
              pauseLocked={isLocked(policy, 'pausedSites')}
              titles={titles}
              byId={byId}
            />
          </section>
          <section class="el-popup-section" aria-label={t('popup_lookup')}>
            <SearchBox
              query={query}
              onQuery={changeQuery}
              hits={hits}
              related={related}
              suggestions={suggestions}
              active={active}
              onActive={setActive}
              onSelect={(id) => setOpen(byId.get(id) ?? null)}
            />
          </section>
        </main>
      )}
    </div>
  );
}

function PageSection(props: {
  page: Load;
  found: ReturnType<typeof sortFound>;
  onReveal(id: string): void;
  onToggle(): void;
  /** Set by the organisation: the switch and "Turn on here" are disabled, the pause buttons hidden. */
  toggleLocked: boolean;
  pauseLocked: boolean;
  titles: Record<string, string>;
  byId: Map<string, Entry>;
}) {
  const { page } = props;
  if (page.status === 'loading') return <p class="el-muted">{t('popup_reading')}</p>;
  if (page.status === 'none') {
    return (
      <p class="el-muted" data-state="not-scannable">
        {t('popup_not_scannable')}
      </p>
    );
  }
  const { state } = page;
  const siteSwitch = (
    <label class="el-switch">
      <input type="checkbox" role="switch" checked={state.active} onChange={props.onToggle} disabled={props.toggleLocked} aria-describedby={props.toggleLocked ? 'el-site-managed' : undefined} />
      <span>{state.host ? t('popup_highlight_on', state.host) : t('popup_highlight_here')}</span>
      {props.toggleLocked && (
        <span class="el-managed-note" id="el-site-managed">
          {t('managed_note')}
        </span>
      )}
    </label>
  );
  if (!state.active && state.reason === 'paused' && state.pausedUntil) {
    return <PausedNotice host={state.host} until={state.pausedUntil} />;
  }
  if (!state.active) {
    const why =
      state.reason === 'disabled'
        ? t('popup_off_everywhere')
        : state.reason === 'not-allowed'
          ? t('popup_off_not_allowed', state.host)
          : t('popup_off_site', state.host);
    return (
      <div data-state="off">
        <p class="el-muted">{why}</p>
        {props.toggleLocked ? (
          <p class="el-managed-note">{t('managed_note')}</p>
        ) : (
          <button type="button" class="el-button el-button-primary" onClick={props.onToggle}>
            {state.reason === 'disabled' ? t('popup_turn_on') : t('popup_turn_on_here')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div data-state="on">
      <div class="el-site-row">
        {siteSwitch}
        {state.host && !props.pauseLocked && <PauseButtons host={state.host} />}
      </div>
      {props.found.length ? (
        <FoundList found={props.found} byId={props.byId} onReveal={props.onReveal} />
      ) : (
        <p class="el-muted" data-state="nothing-found">
          {t('popup_nothing_found', props.byId.size)}
        </p>
      )}
    </div>
  );
}
