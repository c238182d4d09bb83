// Colour theme: follow the system (prefers-color-scheme) unless the user picked light
// or dark; the choice is kept in localStorage and applied as <html data-theme>.
import { ref, watch } from 'vue';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'switchboard.theme';

function read(): ThemeChoice {
  try {
    const v = localStorage.getItem(THEME_STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export const theme = ref<ThemeChoice>(typeof localStorage === 'undefined' ? 'system' : read());

function apply(choice: ThemeChoice) {
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

watch(theme, apply, { immediate: true });

/** Is dark in effect now (the choice, or the system's preference)? */
export function isDark(): boolean {
  if (theme.value !== 'system') return theme.value === 'dark';
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Switch between light and dark (leaving "system"). */
export function toggleTheme(): void {
  theme.value = isDark() ? 'light' : 'dark';
}
