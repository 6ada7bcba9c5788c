import { useEffect, useState } from 'preact/hooks';
import { entries, dataInfo } from 'virtual:evidence-entries';
import { CATEGORIES, VERDICTS } from '../../data/scales';
import type { Category } from '../../data/schema';
import { CATEGORY_LABELS, VERDICT_LABELS } from '../../components/labels';
import { EvidenceCard } from '../../components/EvidenceCard';
import { ReportActions } from '../../components/ReportComposer';
import { VerdictBadge } from '../../components/VerdictBadge';
import { Section, Toggle, Choice, CheckboxGroup } from '../../components/options/Section';
import { SiteListEditor } from '../../components/options/SiteListEditor';
import { StylePreview } from '../../components/options/StylePreview';
import { HowWeRate } from '../../components/options/HowWeRate';
import { useSettings } from '../../components/useSettings';
import { useTheme } from '../../components/useTheme';
import { resetSettings, saveSettings, updateSettings } from '../../utils/settings';
import type { HiddenTerm, Settings } from '../../utils/settings-schema';
import { exportSettings, importSettings } from '../../utils/settings-file';

const byId = new Map(entries.map((e) => [e.id, e]));
const titles = Object.fromEntries(entries.map((e) => [e.id, e.title]));
/** `#entry/<id>`, or `#entry/<id>/report/<kind>/<token>` when the in-page card opened a report. */
const entryFromHash = () => {
  const m = /^#entry\/([a-z0-9-]+)(?:\/report\/(problem|missing)\/([a-z0-9-]{8,64}))?$/.exec(location.hash);
  return m && byId.has(m[1]) ? m[1] : null;
};
const reportFromHash = () => {
  const m = /\/report\/(problem|missing)\/([a-z0-9-]{8,64})$/.exec(location.hash);
  return m ? { kind: m[1] as 'problem' | 'missing', token: m[2] } : null;
};

export function App() {
  const settings = useSettings();
  const theme = useTheme(settings?.theme ?? 'system');
  const [entryId, setEntryId] = useState(entryFromHash);
  useEffect(() => {
    const onHash = () => setEntryId(entryFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div class="el-theme el-options" data-theme={theme}>
      <header class="el-opt-header">
        <h1>
          <img src="/icon/48.png" alt="" width="32" height="32" /> Evidence Lens
        </h1>
        <nav aria-label="Sections">
          <a href="#general">Settings</a> · <a href="#rating">How we rate evidence</a> · <a href="#data">About the data</a>
        </nav>
      </header>
      {entryId ? (
        <main class="el-opt-entry">
          <a href="#data">← All entries</a>
          <EvidenceCard
            entry={byId.get(entryId)!}
            variant="full"
            categoryLabel={CATEGORY_LABELS[byId.get(entryId)!.category as Category]}
            titleId="el-entry-title"
            relatedTitles={titles}
            onRelated={(id) => (location.hash = `#entry/${id}`)}
          >
            <ReportActions key={entryId} entry={byId.get(entryId)!} initial={reportFromHash()?.kind} token={reportFromHash()?.token} />
          </EvidenceCard>
        </main>
      ) : settings ? (
        <SettingsView settings={settings} />
      ) : (
        <main>
          <p>Loading settings…</p>
        </main>
      )}
    </div>
  );
}

function SettingsView({ settings }: { settings: Settings }) {
  const set = (patch: Partial<Settings>) => void updateSettings(patch);

  return (
    <main>
      <Section id="general" title="General">
        <Toggle label="Highlight claims on web pages" checked={settings.enabled} onChange={(enabled) => set({ enabled })} name="enabled" />
        <Choice
          legend="What to highlight"
          name="kinds"
          value={settings.kinds}
          options={[
            { value: 'all', label: 'Claims and mentions', hint: 'Every phrase from the evidence base.' },
            { value: 'claims', label: 'Claims only', hint: 'Only where the sentence promises something ("reverses aging", "clinically proven").' },
          ]}
          onChange={(kinds) => set({ kinds })}
        />
        <Toggle label="Show the evidence card when pointing at a highlight" checked={settings.hoverCard} onChange={(hoverCard) => set({ hoverCard })} name="hoverCard" />
        <label class="el-opt-row">
          <span>Card delay</span>
          <input
            type="range"
            min={0}
            max={1500}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            onChange={(e) => set({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />
          <output>{settings.hoverDelayMs} ms</output>
        </label>
        <Choice
          legend="How the card opens"
          name="cardOpens"
          value={settings.cardOpens}
          options={[
            { value: 'hover', label: 'On hover, after the delay', hint: 'A click or a tap opens it at once.' },
            { value: 'click', label: 'Only on a click', hint: 'Pointing does nothing; a click or a tap opens it.' },
            { value: 'modifier', label: 'On hover while holding a key', hint: 'Opens at once while the key below is held.' },
          ]}
          onChange={(cardOpens) => set({ cardOpens })}
        />
        {settings.cardOpens === 'modifier' && (
          <Choice
            legend="The key to hold"
            name="cardModifier"
            value={settings.cardModifier}
            options={[
              { value: 'Alt', label: 'Alt (Option on a Mac)' },
              { value: 'Control', label: 'Ctrl' },
              { value: 'Shift', label: 'Shift' },
            ]}
            onChange={(cardModifier) => set({ cardModifier })}
          />
        )}
        <Choice
          legend="Card text size"
          name="cardTextSize"
          value={settings.cardTextSize}
          options={[
            { value: 'small', label: 'Small' },
            { value: 'normal', label: 'Normal' },
            { value: 'large', label: 'Large' },
          ]}
          onChange={(cardTextSize) => set({ cardTextSize })}
        />
        <Toggle label="Show the number of claims on the toolbar icon" checked={settings.badge} onChange={(badge) => set({ badge })} name="badge" />
        <Choice
          legend="Theme of cards, popup and this page"
          name="theme"
          value={settings.theme}
          options={[
            { value: 'system', label: 'Same as the system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={(theme) => set({ theme })}
        />
      </Section>

      <Section id="sites" title="Sites">
        <Choice
          legend="Where Evidence Lens runs"
          name="siteMode"
          value={settings.siteMode}
          options={[
            { value: 'all-except', label: 'On all sites, except those I turn off' },
            { value: 'only-allowed', label: 'Only on sites I allow' },
          ]}
          onChange={(siteMode) => set({ siteMode })}
        />
        {settings.siteMode === 'all-except' ? (
          <SiteListEditor id="disabled-sites" label="Turn off on" sites={settings.disabledSites} onChange={(disabledSites) => set({ disabledSites })} empty="No site is turned off." />
        ) : (
          <SiteListEditor id="allowed-sites" label="Allow on" sites={settings.allowedSites} onChange={(allowedSites) => set({ allowedSites })} empty="No site is allowed yet: nothing is highlighted anywhere." />
        )}
        <p class="el-opt-hint">A site covers its subdomains: example.com also covers www.example.com.</p>
      </Section>

      <Section id="filters" title="Topics and verdicts">
        <CheckboxGroup
          legend="Topics to highlight"
          name="category"
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          checked={settings.categories}
          onChange={(categories) => set({ categories })}
        />
        <CheckboxGroup
          legend="Verdicts to highlight"
          name="verdict"
          options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v].label }))}
          checked={settings.verdicts}
          onChange={(verdicts) => set({ verdicts })}
        />
      </Section>

      <Section id="appearance" title="Highlight style">
        <Choice
          legend="How highlighted phrases look"
          name="highlightStyle"
          value={settings.highlightStyle}
          options={[
            { value: 'underline', label: 'Underline' },
            { value: 'background', label: 'Background colour' },
            { value: 'outline', label: 'Lines above and below' },
          ]}
          onChange={(highlightStyle) => set({ highlightStyle })}
        />
        <StylePreview style={settings.highlightStyle} />
      </Section>

      <HiddenTerms terms={settings.hiddenTerms} onChange={(hiddenTerms) => set({ hiddenTerms })} />
      <Backup settings={settings} />
      <HowWeRate />
      <AboutData />
    </main>
  );
}

function HiddenTerms({ terms, onChange }: { terms: HiddenTerm[]; onChange(terms: HiddenTerm[]): void }) {
  const [undo, setUndo] = useState<HiddenTerm | null>(null);
  return (
    <Section id="hidden-terms" title="Hidden terms" intro="Terms you hid from a card with “Hide this term on this site”.">
      {terms.length ? (
        <ul class="el-opt-list" aria-label="Hidden terms">
          {terms.map((t) => (
            <li key={`${t.site} ${t.entry} ${t.phrase}`}>
              <span>
                “{t.phrase}” on {t.site} <span class="el-opt-hint">({titles[t.entry] ?? t.entry})</span>
              </span>
              <button
                type="button"
                class="el-link-button"
                onClick={() => {
                  onChange(terms.filter((x) => x !== t));
                  setUndo(t);
                }}
              >
                Show again
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="el-opt-hint">No hidden terms.</p>
      )}
      {undo && (
        <p role="status">
          “{undo.phrase}” is shown again on {undo.site}.{' '}
          <button
            type="button"
            class="el-link-button"
            onClick={() => {
              onChange([...terms, undo]);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
    </Section>
  );
}

function Backup({ settings }: { settings: Settings }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'evidence-lens-settings.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) return setMessage({ kind: 'error', text: result.error });
    await saveSettings(result.settings);
    setMessage({ kind: 'ok', text: `Settings imported from ${file.name}.` });
  };
  return (
    <Section id="backup" title="Back up and reset">
      <div class="el-opt-actions">
        <button type="button" class="el-button" onClick={download}>
          Export settings
        </button>
        <label class="el-button el-file">
          Import settings…
          <input type="file" accept="application/json,.json" class="el-visually-hidden" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
        </label>
        {confirming ? (
          <span role="group" aria-label="Confirm reset">
            Reset every setting?{' '}
            <button
              type="button"
              class="el-button el-button-primary"
              onClick={() => {
                void resetSettings().then(() => setMessage({ kind: 'ok', text: 'All settings are back to their defaults.' }));
                setConfirming(false);
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" class="el-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="el-button" onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        )}
      </div>
      {message && (
        <p class={message.kind === 'error' ? 'el-opt-error' : 'el-opt-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </Section>
  );
}

function AboutData() {
  return (
    <Section id="data" title="About the data">
      <dl class="el-opt-facts">
        <div>
          <dt>Data version</dt>
          <dd>{dataInfo.version}</dd>
        </div>
        <div>
          <dt>Entries</dt>
          <dd>{dataInfo.entries}</dd>
        </div>
        <div>
          <dt>Sources cited</dt>
          <dd>{dataInfo.sources}</dd>
        </div>
        <div>
          <dt>Newest review</dt>
          <dd>{dataInfo.newestReviewed}</dd>
        </div>
      </dl>
      <p>
        Everything is bundled with the extension: pages you read, your settings and your searches never leave your browser.
      </p>
      <details>
        <summary>All {entries.length} entries</summary>
        <ul class="el-opt-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#entry/${e.id}`}>{e.title}</a> <VerdictBadge verdict={e.verdict} short />
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
