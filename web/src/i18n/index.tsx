import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type Language = 'vi' | 'en';
export type { MessageKey };

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'dvc.language';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Formats in the reader's language; dates always in Vietnam time, whatever the phone's zone. */
export function formatters(language: Language) {
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    date: (value: string | null | undefined) => (value ? date.format(new Date(value)) : '—'),
    dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : '—'),
    money: (vnd: number) => money.format(vnd),
    number: (value: number) => number.format(value),
    percent: (rate: number | null | undefined) => (rate == null ? '—' : percent.format(rate)),
  };
}

type I18n = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  format: ReturnType<typeof formatters>;
  /** The Vietnamese or English half of a gateway message ("Tiếng Việt / English"). */
  pick: (vietnamese: string, english: string) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // A private window without storage still switches for this visit.
    }
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[language];
    return {
      language,
      setLanguage,
      t: (key, values) =>
        dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole)),
      format: formatters(language),
      pick: (vietnamese, english) => (language === 'vi' ? vietnamese : english),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
