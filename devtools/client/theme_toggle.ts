// The toolbar's light/dark switch: the system theme of the simulated phone. The running app hears
// of a change as on a phone whose owner switches it (with app.json's `darkmode`: its bars redraw
// from theme.json, its `prefers-color-scheme` rules follow, App.onThemeChange and
// wx.onThemeChange run); the choice is kept for the next visit. `miniapp dev --theme` sets the
// one the page opens with (the `theme` parameter of its address).
import type { Theme } from '../../spec/bundle.js';
import { h } from './dom.js';
import type { Simulator } from './simulator.js';

const THEME_KEY = 'miniapp-devtools:theme';

/** The theme the page opens with: its address's `theme`, else the last one chosen, else light. */
export function initialTheme(): Theme {
  const asked = new URLSearchParams(location.search).get('theme') ?? localStorage.getItem(THEME_KEY);
  return asked === 'dark' ? 'dark' : 'light';
}

export class ThemeToggle {
  readonly element: HTMLElement;

  constructor(private readonly simulator: Simulator) {
    this.element = h('button', { class: 'theme-toggle', onclick: () => this.set(this.simulator.theme === 'dark' ? 'light' : 'dark') });
    this.show();
  }

  private set(theme: Theme): void {
    this.simulator.setTheme(theme);
    localStorage.setItem(THEME_KEY, theme);
    // A reload keeps it, even when the address came with another.
    const url = new URL(location.href);
    url.searchParams.set('theme', theme);
    history.replaceState(null, '', url);
    this.show();
  }

  private show(): void {
    const dark = this.simulator.theme === 'dark';
    this.element.textContent = dark ? '☾ Dark' : '☀ Light';
    this.element.title = `The phone's system theme: ${dark ? 'dark' : 'light'} (click for ${dark ? 'light' : 'dark'})`;
    this.element.setAttribute('aria-pressed', String(dark));
  }
}
