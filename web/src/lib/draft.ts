import { useEffect, useState } from 'react';

/**
 * A long form's draft, kept in this browser's local storage so that a reload or a lost connection never loses
 * what was typed. It holds only what the person typed (no token); it is removed once the dossier is filed.
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const storageKey = `dvc.draft.${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      return saved ? { ...initial, ...(JSON.parse(saved) as T) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the form still works, only the draft is not kept.
    }
  }, [storageKey, value]);
  const clear = () => localStorage.removeItem(storageKey);
  return [value, setValue, clear];
}
