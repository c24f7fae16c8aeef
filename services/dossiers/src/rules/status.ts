/** Dossier statuses of the national public service portal, with their codes. */
export const DOSSIER_STATUSES = {
  NEWLY_FILED: 1,
  ACCEPTED: 2,
  NOT_ACCEPTED: 3,
  IN_PROGRESS: 4,
  SUPPLEMENT_REQUESTED: 5,
  PAYMENT_REQUESTED: 6,
  WITHDRAWN: 7,
  PROCESSING_STOPPED: 8,
  PROCESSING_FINISHED: 9,
  RESULT_RETURNED: 10,
} as const;

export type DossierStatus = keyof typeof DOSSIER_STATUSES;

const byCode = new Map(
  Object.entries(DOSSIER_STATUSES).map(([name, code]) => [code as number, name as DossierStatus]),
);

export function statusName(code: number): DossierStatus {
  const name = byCode.get(code);
  if (!name) throw new Error(`unknown dossier status code ${code}`);
  return name;
}
