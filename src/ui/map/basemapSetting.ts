const STORAGE_KEY = 'tideline.basemapStyleUrl';

function readStored(): string {
  try {
    return localStorage.getItem(STORAGE_KEY)?.trim() ?? '';
  } catch {
    return ''; // storage can be unavailable (privacy modes, file: pages)
  }
}

function store(url: string): void {
  try {
    if (url) localStorage.setItem(STORAGE_KEY, url);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not persisted; the setting still applies to this page.
  }
}

/**
 * The "Basemap style URL" setting, kept in localStorage. Empty means the offline local style.
 * Returns the stored URL; calls onChange with the new URL when the form is submitted.
 */
export function createBasemapSetting(
  form: HTMLFormElement,
  input: HTMLInputElement,
  onChange: (url: string) => void,
): string {
  const initial = readStored();
  input.value = initial;
  let current = initial;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    if (next && !input.checkValidity()) {
      input.reportValidity();
      return;
    }
    if (next === current) return;
    current = next;
    store(next);
    onChange(next);
  });
  return initial;
}
