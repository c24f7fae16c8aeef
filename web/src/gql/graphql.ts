/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who applies. */
export type ApplicantInput = {
  /** 12-digit ID number (CCCD) of a person. */
  idNumber?: string | null | undefined;
  kind: ApplicantKind;
  /** Full name of the person, or name of the organisation. */
  name: string;
  /** Tax code or agency code of an organisation. */
  organizationCode?: string | null | undefined;
};

/** A person with an ID number, or an organisation with a tax or agency code. */
export type ApplicantKind =
  | 'ORGANIZATION'
  | 'PERSON';

/** How to reach the applicant and on which channels they agree to be notified. */
export type ContactInput = {
  email?: string | null | undefined;
  notifyEmail?: boolean | null | undefined;
  notifySms?: boolean | null | undefined;
  notifyZalo?: boolean | null | undefined;
  /** 10 digits, starting with 0. */
  phone?: string | null | undefined;
  zaloId?: string | null | undefined;
};

/** Where a message stands with its provider. */
export type DeliveryStatus =
  /** The provider confirmed delivery. */
  | 'DELIVERED'
  /** Failed for good (bad number, refused, attempts exhausted): dead-lettered; an officer may resend. */
  | 'PERMANENT_FAILURE'
  /** Waiting in its channel's queue. */
  | 'QUEUED'
  /** Handed to the provider; waiting for its delivery receipt. */
  | 'SENDING'
  /** Failed, will be retried. */
  | 'TEMPORARY_FAILURE';

/** Steps of the lifecycle, as written in the history. */
export type DossierAction =
  | 'APOLOGIZE'
  | 'PAY'
  | 'RECEIVE'
  | 'REFUSE'
  | 'REQUEST_PAYMENT'
  | 'REQUEST_SUPPLEMENT'
  | 'RESOLVE'
  | 'RETURN_RESULT'
  | 'START_PROCESSING'
  | 'STOP'
  | 'SUBMIT'
  | 'SUPPLEMENT'
  | 'TRANSFER'
  | 'WITHDRAW';

/** A document of the procedure and what covers it at filing. */
export type DossierDocumentInput = {
  /** Uploaded files that stand for it; at the desk, empty when the officer checked the paper original. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** The document's name exactly as the procedure lists it (`Procedure.documents.name`). */
  name: string;
};

/** Status of a dossier, as numbered by the national public service portal (code in `statusCode`). */
export type DossierStatus =
  /** 2: accepted by the one-stop desk. */
  | 'ACCEPTED'
  /** 4: being processed. */
  | 'IN_PROGRESS'
  /** 1: newly filed, not yet accepted. */
  | 'NEWLY_FILED'
  /** 3: not accepted (refused at the desk). */
  | 'NOT_ACCEPTED'
  /** 6: the applicant was asked to pay a financial obligation. */
  | 'PAYMENT_REQUESTED'
  /** 9: processing finished; the result is ready. */
  | 'PROCESSING_FINISHED'
  /** 8: processing stopped. */
  | 'PROCESSING_STOPPED'
  /** 10: the result was returned to the applicant. */
  | 'RESULT_RETURNED'
  /** 5: the applicant was asked to supplement the dossier. */
  | 'SUPPLEMENT_REQUESTED'
  /** 7: withdrawn by the applicant. */
  | 'WITHDRAWN';

/** How a processing time is counted. */
export type DurationUnit =
  /** Returned at 17:00 the day of receipt if received before the cut-off, else at 17:00 the next working day. */
  | 'SAME_DAY'
  /** Working days: the appointment is at the same time of day N working days after receipt. */
  | 'WORKING_DAYS'
  /** Office hours (07:00–11:30, 13:30–17:00), 8 per working day. */
  | 'WORKING_HOURS';

/** How a fee (phí, lệ phí) is charged. */
export type FeeKind =
  | 'FIXED'
  | 'FREE'
  | 'PER_COPY'
  | 'PER_PAGE'
  /** Set by the provincial People's Council (do HĐND tỉnh quy định): the amount depends on the unit's province. */
  | 'SET_BY_PROVINCE';

/** Kind of input a form field takes. */
export type FormFieldType =
  | 'CHECKBOX'
  | 'DATE'
  | 'EMAIL'
  /** 12-digit personal identification number. */
  | 'ID_NUMBER'
  | 'NUMBER'
  | 'PHONE'
  | 'SELECT'
  | 'TEXT'
  | 'TEXTAREA';

/** One form field's value. */
export type FormValueInput = {
  key: string;
  value: string;
};

/** What a verification code stands for. */
export type IssuedKind =
  /** Electronic receipt of a fee payment. */
  | 'RECEIPT'
  /** Electronic result of the procedure. */
  | 'RESULT';

/** Channel a message travels on. */
export type NotificationChannel =
  | 'EMAIL'
  | 'SMS'
  | 'ZALO';

/** Decree 42/2022 classification of an online public service. */
export type OnlineServiceKind =
  | 'FULL_PROCESS'
  | 'INFORMATION_ONLY'
  | 'PARTIAL';

/** Where the platform sends the payer back to. */
export type PayOnlineInput = {
  returnUrl: string;
};

/** How an online payment attempt stands. */
export type PaymentStatus =
  | 'FAILED'
  /** Sent to the platform; the payer has not finished, or its outcome has not reached us. */
  | 'PENDING'
  /** Given back through the platform. */
  | 'REFUNDED'
  /** Paid after the obligation was already settled (two attempts both completed): the amount must be refunded. */
  | 'REFUND_DUE'
  | 'SUCCEEDED';

/** Where the post brings the result. */
export type PostalAddressInput = {
  address: string;
  phone: string;
  receiverName: string;
};

/** Narrows a procedure listing; every filter given must hold. */
export type ProcedureFilter = {
  /** Field code, e.g. ho_tich (see Procedure.field.code). */
  field?: string | number | null | undefined;
  /** True: free by every submission method; false: some method charges a fee. */
  free?: boolean | null | undefined;
  /** Procedures implemented at this level. */
  level?: UnitLevel | null | undefined;
  /** Any of these Decree 42/2022 online levels. */
  onlineLevels?: Array<OnlineServiceKind> | null | undefined;
  /** Procedures this unit (GSO code, as it stands today) implements. */
  unitCode?: string | number | null | undefined;
};

/** How the applicant receives the result. */
export type ReturnChannel =
  /** At the one-stop desk. */
  | 'DESK'
  /** Online, as an electronic document. */
  | 'ONLINE'
  /** By public post (Bưu chính công ích) to the address given. */
  | 'POST';

/** Five levels of satisfaction. */
export type SatisfactionLevel =
  | 'DISSATISFIED'
  | 'NEUTRAL'
  | 'SATISFIED'
  | 'VERY_DISSATISFIED'
  | 'VERY_SATISFIED';

/** How the dossier reached the one-stop desk (national channel codes 1, 2, 3). */
export type SubmissionChannel =
  | 'IN_PERSON'
  | 'ONLINE'
  | 'POST';

/** How a dossier reaches the desk. */
export type SubmissionMethod =
  | 'IN_PERSON'
  | 'ONLINE'
  | 'POST';

/** A new dossier. */
export type SubmitDossierInput = {
  applicant: ApplicantInput;
  /** Ids of files uploaded beforehand (see createUploadUrl). */
  attachmentIds?: Array<string | number> | null | undefined;
  /**
   * The procedure's cases (`Procedure.documents.case`) the applicant is in, e.g. "Trường hợp ủy quyền"; the common
   * case "Chung" always applies and need not be listed.
   */
  cases?: Array<string> | null | undefined;
  /** ONLINE for citizens and volunteers (the default); IN_PERSON or POST when an officer records it. */
  channel?: SubmissionChannel | null | undefined;
  contact?: ContactInput | null | undefined;
  /**
   * Which files stand for which document of the procedure. Every document of the applicable cases that is handed in
   * (at least one original or copy) and is not the procedure's own form (filled in as formData) must be listed,
   * online with at least one uploaded file. An officer recording a desk or post dossier lists each paper document
   * checked, with scans or without; otherwise the filing is refused naming every missing document.
   */
  documents?: Array<DossierDocumentInput> | null | undefined;
  /** Values of the procedure's form fields, by field key. */
  formData?: Array<FormValueInput> | null | undefined;
  /** Required when returnChannel is POST. */
  postalAddress?: PostalAddressInput | null | undefined;
  /** National code of the procedure, e.g. 1.001193; its current version applies. */
  procedureCode: string | number;
  returnChannel: ReturnChannel;
  /** The unit whose one-stop desk receives the dossier. */
  unitCode: string | number;
};

/** What the applicant added. */
export type SupplementInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
};

/** Level of a unit in the administrative hierarchy. */
export type UnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** What the public verification says. */
export type VerificationStatus =
  | 'REVOKED'
  | 'UNKNOWN'
  | 'VALID';

export type UnitNameQueryVariables = Exact<{
  code: string | number;
}>;


export type UnitNameQuery = { administrativeUnit: { code: string, name: string } | null };

export type CreateUploadUrlMutationVariables = Exact<{
  unitCode?: string | number | null | undefined;
  code?: string | number | null | undefined;
}>;


export type CreateUploadUrlMutation = { createUploadUrl: { url: string, maxBytes: number, contentTypes: Array<string> } };

export type BoardQueryVariables = Exact<{
  unitCode: string | number;
}>;


export type BoardQuery = { transparencyBoard: { on: string, total: { unit: { code: string, name: string, level: string }, month: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null }, year: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null } }, units: Array<{ unit: { code: string, name: string, level: string }, month: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null }, year: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null } }> }, administrativeUnits: Array<{ code: string, name: string, children: Array<{ code: string, name: string }> }> };

export type BoardRowFragment = { unit: { code: string, name: string, level: string }, month: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null }, year: { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null } };

export type FiguresFragment = { received: number, resolvedEarly: number, resolvedOnTime: number, resolvedLate: number, inProgress: number, onlineRate: number | null };

export type CatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: ProcedureFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueQuery = { procedures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, version: number, name: string, levels: Array<UnitLevel>, onlineLevel: OnlineServiceKind, field: { code: string, name: string } }> } };

export type CatalogueFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueFiltersQuery = { procedures: { nodes: Array<{ code: string, version: number, field: { code: string, name: string } }> } };

export type DossierPageQueryVariables = Exact<{
  code: string | number;
}>;


export type DossierPageQuery = { dossier: { code: string, status: DossierStatus, procedureName: string, feeVnd: number, applicantName: string, submittedAt: string, receivedAt: string | null, appointmentDate: string | null, resolvedAt: string | null, returnedAt: string | null, returnChannel: ReturnChannel, trackingPin: string | null, supplementItems: Array<string> | null, paymentAmountVnd: number | null, resultSummary: string | null, unit: { code: string, name: string } | null, history: Array<{ at: string, action: DossierAction, toStatus: DossierStatus, note: string | null }>, documents: Array<{ kind: string, title: string, url: string }>, payments: Array<{ reference: string, amountVnd: number, status: PaymentStatus, failureReason: string | null, settledAt: string | null }>, electronicResult: { fileName: string, downloadUrl: string } | null, issuedDocuments: Array<{ verificationCode: string, kind: IssuedKind, url: string }>, notifications: Array<{ id: string, channel: NotificationChannel, template: string, recipientMasked: string, status: DeliveryStatus, queuedAt: string }> | null } | null };

export type SupplementDossierMutationVariables = Exact<{
  code: string | number;
  input: SupplementInput;
}>;


export type SupplementDossierMutation = { supplementDossier: { code: string, status: DossierStatus } };

export type PayOnlineMutationVariables = Exact<{
  code: string | number;
  input: PayOnlineInput;
}>;


export type PayOnlineMutation = { payOnline: { redirectUrl: string } };

export type RateDossierMutationVariables = Exact<{
  code: string | number;
  rating: SatisfactionLevel;
  comment?: string | null | undefined;
}>;


export type RateDossierMutation = { rateDossier: { rating: SatisfactionLevel } };

export type FilingProcedureQueryVariables = Exact<{
  code: string | number;
}>;


export type FilingProcedureQuery = { procedure: { code: string, version: number, name: string, levels: Array<UnitLevel>, documents: Array<{ case: string, name: string, formId: string | null, copies: { original: number, copy: number } }>, forms: Array<{ id: string, name: string, fields: Array<{ key: string, type: FormFieldType, label: string, required: boolean, pattern: string | null, help: string | null, maxLength: number | null, options: Array<{ value: string, label: string }> | null }> }> } | null, administrativeUnits: Array<{ code: string, name: string, level: UnitLevel, offersOnline: boolean, children: Array<{ code: string, name: string, level: UnitLevel, offersOnline: boolean }> }> };

export type SubmitDossierMutationVariables = Exact<{
  input: SubmitDossierInput;
  idempotencyKey: string | number;
}>;


export type SubmitDossierMutation = { submitDossier: { code: string, status: DossierStatus } };

export type MyDossiersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDossiersQuery = { myDossiers: { nodes: Array<{ code: string, status: DossierStatus, procedureName: string, submittedAt: string, appointmentDate: string | null, unit: { code: string, name: string } | null }> } | null };

export type ProcedurePageQueryVariables = Exact<{
  code: string | number;
}>;


export type ProcedurePageQuery = { procedure: { code: string, version: number, name: string, levels: Array<UnitLevel>, implementingAgency: string, onlineLevel: OnlineServiceKind, steps: Array<string>, result: string, conditions: string | null, field: { code: string, name: string }, methods: Array<{ method: SubmissionMethod, duration: { unit: DurationUnit, value: number, cutoff: string | null }, fee: { kind: FeeKind, amountVnd: number | null, description: string } }>, documents: Array<{ case: string, name: string, formId: string | null, copies: { original: number, copy: number } }>, forms: Array<{ id: string, name: string, downloadUrl: string }>, legalBasis: Array<{ number: string, date: string, issuer: string, title: string }> } | null };

export type TrackDossierQueryVariables = Exact<{
  code: string | number;
  idNumber: string;
}>;


export type TrackDossierQuery = { trackDossier: { code: string, status: DossierStatus, procedureName: string, submittedAt: string, appointmentDate: string | null, resolvedAt: string | null, returnedAt: string | null, unit: { code: string, name: string } | null, history: Array<{ at: string, action: DossierAction }> } | null };

export type VerifyDocumentQueryVariables = Exact<{
  code: string;
}>;


export type VerifyDocumentQuery = { verifyDocument: { verificationCode: string, status: VerificationStatus, kind: IssuedKind | null, procedureName: string | null, issuedAt: string | null, revokedAt: string | null, unit: { code: string, name: string } | null } };

export const FiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}}]} as unknown as DocumentNode<FiguresFragment, unknown>;
export const BoardRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}}]} as unknown as DocumentNode<BoardRowFragment, unknown>;
export const UnitNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitNameQuery, UnitNameQueryVariables>;
export const CreateUploadUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUploadUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUploadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentTypes"}}]}}]}}]} as unknown as DocumentNode<CreateUploadUrlMutation, CreateUploadUrlMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedLate"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLevel"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const CatalogueFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueFiltersQuery, CatalogueFiltersQueryVariables>;
export const DossierPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"feeVnd"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnChannel"}},{"kind":"Field","name":{"kind":"Name","value":"trackingPin"}},{"kind":"Field","name":{"kind":"Name","value":"supplementItems"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"resultSummary"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electronicResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"recipientMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DossierPageQuery, DossierPageQueryVariables>;
export const SupplementDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplementDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplementDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupplementDossierMutation, SupplementDossierMutationVariables>;
export const PayOnlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOnline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOnlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}}]}}]}}]} as unknown as DocumentNode<PayOnlineMutation, PayOnlineMutationVariables>;
export const RateDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<RateDossierMutation, RateDossierMutationVariables>;
export const FilingProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingProcedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"copies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"copy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"offersOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"offersOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]}}]}}]} as unknown as DocumentNode<FilingProcedureQuery, FilingProcedureQueryVariables>;
export const SubmitDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDossierInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitDossierMutation, SubmitDossierMutationVariables>;
export const MyDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDossiersQuery, MyDossiersQueryVariables>;
export const ProcedurePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcedurePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"implementingAgency"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLevel"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"copies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"copy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}}]}}]} as unknown as DocumentNode<ProcedurePageQuery, ProcedurePageQueryVariables>;
export const TrackDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<TrackDossierQuery, TrackDossierQueryVariables>;
export const VerifyDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"procedureName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyDocumentQuery, VerifyDocumentQueryVariables>;