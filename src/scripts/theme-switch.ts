/**
 * The colour-theme switch in the footer: light, dark or the system's, kept in localStorage under
 * "theme", the only key the site stores. The choice is applied before first paint by the inline
 * `theme.js` (BaseLayout); this module, loaded after the page is parsed, only shows the switch,
 * records a click and follows a choice made in another tab. Without JavaScript the switch stays
 * hidden and the page follows the system.
 */
const KEY = 'theme';
type Choice = 'light' | 'dark' | 'system';

/** The stored choice, `system` when none (or storage is refused). */
function stored(): Choice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Sets `<html data-theme>` for a choice (none for `system`, so the CSS follows the system). */
function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

const group = document.getElementById('theme-switch');
if (group) {
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')];
  const sync = (choice: Choice): void => {
    for (const button of buttons)
      button.setAttribute('aria-pressed', String(button.dataset['themeChoice'] === choice));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const choice = button.dataset['themeChoice'] as Choice;
      try {
        if (choice === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, choice);
      } catch {
        // Storage refused: the choice lasts for this page only.
      }
      apply(choice);
      sync(choice);
    });
  }
  sync(stored());
  group.hidden = false;
  // Another tab changed the choice: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) {
      apply(stored());
      sync(stored());
    }
  });
}
