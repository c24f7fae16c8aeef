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
export type StatusCode = (typeof DOSSIER_STATUSES)[DossierStatus];

const byCode = new Map(
  Object.entries(DOSSIER_STATUSES).map(([name, code]) => [code as number, name as DossierStatus]),
);

export function statusName(code: number): DossierStatus {
  const name = byCode.get(code);
  if (!name) throw new Error(`unknown dossier status code ${code}`);
  return name;
}

/** Vietnamese names as the portal shows them, for error messages and PDFs. */
export const STATUS_LABELS: Record<number, string> = {
  1: 'Mới tiếp nhận trực tuyến',
  2: 'Đã tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung hồ sơ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

export const ACTIONS = [
  'SUBMIT',
  'RECEIVE',
  'REFUSE',
  'REQUEST_SUPPLEMENT',
  'SUPPLEMENT',
  'START_PROCESSING',
  'TRANSFER',
  'REQUEST_PAYMENT',
  'PAY',
  'RESOLVE',
  'APOLOGIZE',
  'RETURN_RESULT',
  'WITHDRAW',
  'STOP',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  SUBMIT: 'nộp hồ sơ',
  RECEIVE: 'tiếp nhận hồ sơ',
  REFUSE: 'từ chối tiếp nhận',
  REQUEST_SUPPLEMENT: 'yêu cầu bổ sung hồ sơ',
  SUPPLEMENT: 'bổ sung hồ sơ',
  START_PROCESSING: 'bắt đầu xử lý',
  TRANSFER: 'chuyển xử lý',
  REQUEST_PAYMENT: 'yêu cầu thực hiện nghĩa vụ tài chính',
  PAY: 'ghi nhận đã nộp phí, lệ phí',
  RESOLVE: 'hoàn thành xử lý',
  APOLOGIZE: 'xin lỗi và hẹn lại ngày trả kết quả',
  RETURN_RESULT: 'trả kết quả',
  WITHDRAW: 'rút hồ sơ',
  STOP: 'dừng xử lý',
};

const S = DOSSIER_STATUSES;
const OPEN_FOR_PROCESSING = [S.ACCEPTED, S.IN_PROGRESS] as const;

/**
 * Which statuses each action may start from. Where the target depends on the dossier (a supplement returns to
 * where the policy says, a transfer keeps the status) the rule that performs the action decides it.
 */
export const LEGAL_FROM: Record<Action, readonly number[]> = {
  SUBMIT: [],
  RECEIVE: [S.NEWLY_FILED],
  REFUSE: [S.NEWLY_FILED],
  // The desk may ask for missing papers before accepting (Mẫu 02 at receipt) or while processing.
  REQUEST_SUPPLEMENT: [S.NEWLY_FILED, ...OPEN_FOR_PROCESSING],
  SUPPLEMENT: [S.SUPPLEMENT_REQUESTED],
  START_PROCESSING: [S.ACCEPTED],
  TRANSFER: [...OPEN_FOR_PROCESSING],
  REQUEST_PAYMENT: [...OPEN_FOR_PROCESSING],
  PAY: [S.PAYMENT_REQUESTED],
  RESOLVE: [...OPEN_FOR_PROCESSING],
  APOLOGIZE: [...OPEN_FOR_PROCESSING, S.PAYMENT_REQUESTED],
  RETURN_RESULT: [S.PROCESSING_FINISHED],
  WITHDRAW: [S.NEWLY_FILED, ...OPEN_FOR_PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED],
  STOP: [...OPEN_FOR_PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED],
};

/** Statuses in which the processing clock runs and a dossier can become overdue. */
export const CLOCK_RUNNING: readonly number[] = [S.ACCEPTED, S.IN_PROGRESS, S.PAYMENT_REQUESTED];
export const OPEN_STATUSES: readonly number[] = [
  S.NEWLY_FILED,
  S.ACCEPTED,
  S.IN_PROGRESS,
  S.SUPPLEMENT_REQUESTED,
  S.PAYMENT_REQUESTED,
];
