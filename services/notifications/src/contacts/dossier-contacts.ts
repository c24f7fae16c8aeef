import { type Identity, signIdentity } from '@dvc/identity';

/** How to reach a dossier's applicant: `dossierContact` of the dossiers schema (services/dossiers/src/schema.graphql). */
export type DossierContact = {
  dossierCode: string;
  unitCode: string;
  procedureCode: string;
  procedureName: string;
  status: string;
  statusCode: number;
  appointmentAt: string | null;
  applicantName: string;
  phone: string | null;
  email: string | null;
  zaloId: string | null;
  notify: { sms: boolean; email: boolean; zalo: boolean };
  returnChannel: 'DESK' | 'POST' | 'ONLINE';
  postalAddress: { receiverName: string; phone: string; address: string } | null;
};

export interface ContactDirectory {
  /** Null when the dossier does not exist; throws when the directory cannot answer now (retry later). */
  contact(dossierCode: string): Promise<DossierContact | null>;
}

const CONTACT_QUERY = `query Contact($code: ID!) {
  dossierContact(code: $code) {
    dossierCode unitCode procedureCode procedureName status statusCode appointmentAt
    applicantName phone email zaloId notify { sms email zalo } returnChannel
    postalAddress { receiverName phone address }
  }
}`;

const SERVICE_IDENTITY: Identity = { sub: 'notifications', role: 'SERVICE', unitCode: null, name: null };

/**
 * Asks the dossiers instance that holds the dossier directly, as the SERVICE role, each time a message is about to
 * be sent.
 */
export function dossiersContactDirectory(options: {
  urlOf: (dossierCode: string) => string;
  identitySecret: string;
}): ContactDirectory {
  return {
    async contact(dossierCode) {
      const response = await fetch(options.urlOf(dossierCode), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity(SERVICE_IDENTITY, options.identitySecret),
        },
        body: JSON.stringify({ query: CONTACT_QUERY, variables: { code: dossierCode } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`dossiers answered ${response.status}`);
      const answer = (await response.json()) as {
        data?: { dossierContact: DossierContact | null } | null;
        errors?: { message: string }[];
      };
      if (answer.errors?.length) throw new Error(`dossierContact failed: ${answer.errors[0]?.message}`);
      return answer.data?.dossierContact ?? null;
    },
  };
}

/** 0912345678 → 091****678; e-mail n***@example.vn: enough for an officer to recognise, too little to misuse. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-3)}`;
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** A Zalo user id (a long number) shown like a phone number: its ends only. */
export function maskZaloId(id: string): string {
  return id.length < 7 ? '*'.repeat(id.length) : `${id.slice(0, 3)}****${id.slice(-3)}`;
}
