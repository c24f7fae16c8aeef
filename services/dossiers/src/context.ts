import type { RequestContextBase } from '@dvc/service-kit';
import type { Loaders } from './loaders';
import type { RuleDeps } from './rules/deps';

export type DossiersContext = RequestContextBase & {
  deps: RuleDeps;
  loaders: Loaders;
  /** Signs links to the file routes of this instance. */
  links: {
    uploadUrl: (identity: RequestContextBase['identity']) => { url: string; expiresAt: Date };
    formUrl: (identity: RequestContextBase['identity'], code: string, kind: string) => string;
    /** The PDF of a receipt or of a result's verification slip. */
    documentUrl: (identity: RequestContextBase['identity'], code: string, verificationCode: string) => string;
    /** The electronic result file itself. */
    resultUrl: (identity: RequestContextBase['identity'], code: string) => string;
    maxUploadBytes: number;
  };
  dueSoonHours: number;
};
