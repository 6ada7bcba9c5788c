import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/card.css';
import '../../components/pages.css';
import '../options/options.css';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useSettings } from '../../components/useSettings';
import { useTheme } from '../../components/useTheme';

function Welcome() {
  const theme = useTheme(useSettings()?.theme ?? 'system');
  return (
    <div class="el-theme el-options" data-theme={theme}>
      <header class="el-opt-header">
        <h1>
          <img src="/icon/48.png" alt="" width="32" height="32" /> Welcome to Evidence Lens
        </h1>
      </header>
      <main>
        <section class="el-opt-section">
          <h2 class="el-opt-title">What it does</h2>
          <p>
            While you read, Evidence Lens marks anti-aging and stem-cell claims — “young blood”, stem-cell clinics, NAD+
            boosters, “reverse your biological age” — and, when you point at one, shows what the evidence really says, in
            whom (cells, animals or people), and the sources.
          </p>
          <p>
            Each claim gets one verdict: <VerdictBadge verdict="established" /> <VerdictBadge verdict="promising-in-humans" />{' '}
            <VerdictBadge verdict="animal-or-lab-only" /> <VerdictBadge verdict="unproven" /> <VerdictBadge verdict="disproven" />{' '}
            <VerdictBadge verdict="warning" />
          </p>
        </section>
        <section class="el-opt-section">
          <h2 class="el-opt-title">Private by design</h2>
          <p>
            The whole evidence base ships inside the extension. Evidence Lens makes no network requests: the pages you read,
            your searches and your settings never leave your browser. There are no analytics.
          </p>
        </section>
        <section class="el-opt-section">
          <h2 class="el-opt-title">Where things are</h2>
          <ul>
            <li>Click the toolbar icon for what was found on a page and to look up any claim.</li>
            <li>Select text and right-click “Look up in Evidence Lens”.</li>
            <li>Alt+Shift+J / Alt+Shift+K jump to the next / previous claim; Alt+Shift+L turns a site on or off.</li>
          </ul>
          <button type="button" class="el-button el-button-primary" onClick={() => void browser.runtime.openOptionsPage()}>
            Open settings
          </button>
        </section>
      </main>
    </div>
  );
}

render(<Welcome />, document.getElementById('app')!);
