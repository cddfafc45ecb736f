// The devtools page: the simulator beside the inspector's panels, and the build events of the dev
// server. A new build reloads the app at the page it showed (storage is kept); a failed one shows
// its compile error over the simulator until the next build.
import { DEVICES, type DeviceName } from '../../runtime/host/browser/index.js';
import { h, replace } from './dom.js';
import { AppDataPanel } from './panels/app_data.js';
import { BridgePanel } from './panels/bridge_calls.js';
import { ConsolePanel } from './panels/console.js';
import { ElementsPanel } from './panels/elements.js';
import type { Panel } from './panels/panel.js';
import { PerformancePanel } from './panels/performance.js';
import { StoragePanel } from './panels/storage.js';
import { QrCodeButton } from './qr_code.js';
import { Simulator } from './simulator.js';
import { initialTheme, ThemeToggle } from './theme_toggle.js';

/** What the server says of a build. */
type BuildEvent = { version: number; ok: true; warnings: string[] } | { version: number; ok: false; error: string };

const DEVICE_KEY = 'miniapp-devtools:device';
const TAB_KEY = 'miniapp-devtools:tab';

const simulator = new Simulator();
const saved = localStorage.getItem(DEVICE_KEY);
if (saved !== null && saved in DEVICES) simulator.device = saved as DeviceName;
simulator.setTheme(initialTheme());

const tabs = h('nav', { class: 'tabs', role: 'tablist' });
const panelHolder = h('div', { class: 'panels' });
const consolePanel = new ConsolePanel((count) => {
  const badge = tabs.querySelector('[data-tab="Console"] .count');
  if (badge !== null) badge.textContent = count === 0 ? '' : String(count);
});
const panels: Panel[] = [new ElementsPanel(simulator), new AppDataPanel(), new StoragePanel(simulator), new BridgePanel(), consolePanel, new PerformancePanel(simulator)];

function select(name: string): void {
  // The mark of a selected element belongs to the Elements panel, which puts it back when shown.
  simulator.highlight([]);
  for (const panel of panels) {
    const active = panel.name === name;
    panel.element.hidden = !active;
    tabs.querySelector(`[data-tab="${panel.name}"]`)?.setAttribute('aria-selected', String(active));
    if (active) panel.shown();
  }
  localStorage.setItem(TAB_KEY, name);
}

for (const panel of panels) {
  tabs.append(h('button', { role: 'tab', 'data-tab': panel.name, onclick: () => select(panel.name) }, panel.name, h('span', { class: 'count' })));
  panelHolder.append(panel.element);
}
simulator.onStart((app) => {
  for (const panel of panels) panel.attach(app);
});

const deviceSelect = h(
  'select',
  { 'aria-label': 'device', onchange: () => {
    localStorage.setItem(DEVICE_KEY, deviceSelect.value);
    void simulator.setDevice(deviceSelect.value as DeviceName);
  } },
  Object.entries(DEVICES).map(([name, d]) => h('option', { value: name }, `${name} · ${d.screenWidth}×${d.screenHeight}`)),
);
deviceSelect.value = simulator.device;
const status = h('span', { class: 'build-status', role: 'status' }, 'Connecting…');

replace(
  document.body,
  h(
    'header',
    {},
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '◆'), 'miniapp devtools'),
    h('div', { class: 'controls' }, deviceSelect, new ThemeToggle(simulator).element, new QrCodeButton(simulator).element, h('button', { title: 'Start the app again from cold, at the page shown', onclick: () => void simulator.restart() }, '↻ Reload'), status),
  ),
  h('main', {}, h('div', { class: 'simulator-pane' }, simulator.element), h('div', { class: 'inspector' }, tabs, panelHolder)),
);
const savedTab = localStorage.getItem(TAB_KEY);
select(panels.some((p) => p.name === savedTab) ? savedTab! : 'Elements');

function showBuild(build: BuildEvent): void {
  if (build.ok) {
    status.textContent = `build ${build.version}`;
    status.className = 'build-status ok';
    status.title = build.warnings.join('\n');
    for (const warning of build.warnings) consolePanel.add('warn', warning);
    void simulator.start(build.version, simulator.currentRoute());
  } else {
    status.textContent = `build ${build.version} failed`;
    status.className = 'build-status failed';
    simulator.showBuildError(build.error);
    consolePanel.add('error', 'Build failed', build.error);
  }
}

// Build events: the current build when connected, then every rebuild. The browser reconnects by itself.
const events = new EventSource('/events');
let shown = 0;
events.addEventListener('build', (event) => {
  const build = JSON.parse((event as MessageEvent<string>).data) as BuildEvent;
  if (build.version === shown) return;
  shown = build.version;
  showBuild(build);
});
events.addEventListener('error', () => {
  status.textContent = 'dev server stopped';
  status.className = 'build-status failed';
});
