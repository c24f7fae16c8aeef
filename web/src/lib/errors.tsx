import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

/** A gateway error a person can act on: both halves of its message and what it is about. */
export type UserError = {
  code: string;
  vi: string;
  en: string;
  /** Form fields (by key) the message is about. */
  fields: string[];
  /** Documents of the procedure the filing lacks. */
  missingDocuments: string[];
  /** GSO codes of the units whose service did not answer (UNIT_UNAVAILABLE). */
  units: string[];
};

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function userErrors(error: ErrorLike | undefined | null): UserError[] {
  if (!error || !CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((entry) => {
    const extensions = (entry.extensions ?? {}) as Record<string, unknown>;
    const [vi, en] = entry.message.split(' / ');
    return {
      code: String(extensions.code ?? 'INTERNAL'),
      vi: String(extensions.messageVi ?? vi ?? entry.message),
      en: String(extensions.messageEn ?? en ?? entry.message),
      fields: list(extensions.fields),
      missingDocuments: list(extensions.missingDocuments),
      units: typeof extensions.unit === 'string' ? extensions.unit.split(',').map((unit) => unit.trim()) : [],
    };
  });
}

/** True when the request never reached the gateway (no network), as opposed to an answer with errors. */
export const isOffline = (error: ErrorLike | undefined | null) =>
  Boolean(error) && !CombinedGraphQLErrors.is(error) && (!navigator.onLine || error instanceof TypeError);

const UnitName = graphql(`
  query UnitName($code: ID!) {
    administrativeUnit(code: $code) {
      code
      name
    }
  }
`);

function UnavailableUnit({ code }: { code: string }) {
  const { t } = useI18n();
  const { data } = useQuery(UnitName, { variables: { code } });
  return (
    <p className="notice warning">{t('unitUnavailable', { unit: data?.administrativeUnit?.name ?? code })}</p>
  );
}

/**
 * The errors of an answer, shown above what did arrive: "the service of Xã … is temporarily unavailable" for a
 * unit that did not answer, else the gateway's message in the reader's language.
 */
export function ErrorNotice({
  error,
  except = [],
}: {
  error: ErrorLike | undefined | null;
  except?: string[];
}) {
  const { t, pick } = useI18n();
  if (!error) return null;
  if (isOffline(error))
    return (
      <p className="notice warning" role="alert">
        {t('offlineAction')}
      </p>
    );
  const errors = userErrors(error).filter((entry) => !except.includes(entry.code));
  if (!CombinedGraphQLErrors.is(error))
    return (
      <p className="notice error" role="alert">
        {t('errorGeneric')}
      </p>
    );
  const units = [...new Set(errors.flatMap((entry) => entry.units))];
  const others = errors.filter((entry) => entry.code !== 'UNIT_UNAVAILABLE');
  return (
    <div role="alert">
      {units.map((code) => (
        <UnavailableUnit key={code} code={code} />
      ))}
      {others.map((entry) => (
        <p key={entry.vi} className="notice error">
          {pick(entry.vi, entry.en)}
        </p>
      ))}
    </div>
  );
}
