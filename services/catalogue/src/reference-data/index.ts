import calendar from './calendar.json' with { type: 'json' };
import forms from './forms.json' with { type: 'json' };
import procedures from './procedures.json' with { type: 'json' };
import provinceFees from './province-fees.json' with { type: 'json' };
import units from './units.json' with { type: 'json' };

/** The reference data files as read; the seed checks them (seed/check-reference-data.ts) before loading them. */
export type ReferenceFiles = {
  procedures: unknown;
  forms: unknown;
  calendar: unknown;
  units: unknown;
  provinceFees: unknown;
};

export const REFERENCE_FILES: ReferenceFiles = { procedures, forms, calendar, units, provinceFees };

/** Last day of the three-tier structure, first day of the two-tier structure. */
export const REORGANISATION_2025 = units.reorganisation2025;

/** Every version of every unit, for tools that place a unit before the catalogue runs (tools/embedded). */
export const REFERENCE_UNITS = units.units;
