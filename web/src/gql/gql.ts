/* eslint-disable */

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query UnitName($code: ID!) {\n    administrativeUnit(code: $code) {\n      code\n      name\n    }\n  }\n': typeof types.UnitNameDocument;
  '\n  mutation CreateUploadUrl($unitCode: ID, $code: ID) {\n    createUploadUrl(unitCode: $unitCode, code: $code) {\n      url\n      maxBytes\n      contentTypes\n    }\n  }\n': typeof types.CreateUploadUrlDocument;
  '\n  query Board($unitCode: ID!) {\n    transparencyBoard(unitCode: $unitCode) {\n      on\n      total {\n        ...BoardRow\n      }\n      units {\n        ...BoardRow\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      children {\n        code\n        name\n      }\n    }\n  }\n  fragment BoardRow on TransparencyRow {\n    unit {\n      code\n      name\n      level\n    }\n    month {\n      ...Figures\n    }\n    year {\n      ...Figures\n    }\n  }\n  fragment Figures on PublicFigures {\n    received\n    resolvedEarly\n    resolvedOnTime\n    resolvedLate\n    inProgress\n    onlineRate\n  }\n': typeof types.BoardDocument;
  '\n  query Catalogue($search: String, $filter: ProcedureFilter, $after: String) {\n    procedures(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        version\n        name\n        field {\n          code\n          name\n        }\n        levels\n        onlineLevel\n      }\n    }\n  }\n': typeof types.CatalogueDocument;
  '\n  query CatalogueFilters {\n    procedures(first: 100) {\n      nodes {\n        code\n        version\n        field {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.CatalogueFiltersDocument;
  '\n  query DossierPage($code: ID!) {\n    dossier(code: $code) {\n      code\n      status\n      procedureName\n      feeVnd\n      applicantName\n      submittedAt\n      receivedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      returnChannel\n      trackingPin\n      supplementItems\n      paymentAmountVnd\n      resultSummary\n      unit {\n        code\n        name\n      }\n      history {\n        at\n        action\n        toStatus\n        note\n      }\n      documents {\n        kind\n        title\n        url\n      }\n      payments {\n        reference\n        amountVnd\n        status\n        failureReason\n        settledAt\n      }\n      electronicResult {\n        fileName\n        downloadUrl\n      }\n      issuedDocuments {\n        verificationCode\n        kind\n        url\n      }\n      notifications {\n        id\n        channel\n        template\n        recipientMasked\n        status\n        queuedAt\n      }\n    }\n  }\n': typeof types.DossierPageDocument;
  '\n  mutation SupplementDossier($code: ID!, $input: SupplementInput!) {\n    supplementDossier(code: $code, input: $input) {\n      code\n      status\n    }\n  }\n': typeof types.SupplementDossierDocument;
  '\n  mutation PayOnline($code: ID!, $input: PayOnlineInput!) {\n    payOnline(code: $code, input: $input) {\n      redirectUrl\n    }\n  }\n': typeof types.PayOnlineDocument;
  '\n  mutation RateDossier($code: ID!, $rating: SatisfactionLevel!, $comment: String) {\n    rateDossier(code: $code, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n': typeof types.RateDossierDocument;
  '\n  query FilingProcedure($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      levels\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        fields {\n          key\n          type\n          label\n          required\n          pattern\n          help\n          maxLength\n          options {\n            value\n            label\n          }\n        }\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      level\n      offersOnline(procedureCode: $code)\n      children {\n        code\n        name\n        level\n        offersOnline(procedureCode: $code)\n      }\n    }\n  }\n': typeof types.FilingProcedureDocument;
  '\n  mutation SubmitDossier($input: SubmitDossierInput!, $idempotencyKey: ID!) {\n    submitDossier(input: $input, idempotencyKey: $idempotencyKey) {\n      code\n      status\n    }\n  }\n': typeof types.SubmitDossierDocument;
  '\n  query MyDossiers {\n    myDossiers(first: 50) {\n      nodes {\n        code\n        status\n        procedureName\n        submittedAt\n        appointmentDate\n        unit {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.MyDossiersDocument;
  '\n  query ProcedurePage($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      field {\n        code\n        name\n      }\n      levels\n      implementingAgency\n      onlineLevel\n      steps\n      methods {\n        method\n        duration {\n          unit\n          value\n          cutoff\n        }\n        fee {\n          kind\n          amountVnd\n          description\n        }\n      }\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        downloadUrl\n      }\n      result\n      legalBasis {\n        number\n        date\n        issuer\n        title\n      }\n      conditions\n    }\n  }\n': typeof types.ProcedurePageDocument;
  '\n  query TrackDossier($code: ID!, $idNumber: String!) {\n    trackDossier(code: $code, idNumber: $idNumber) {\n      code\n      status\n      procedureName\n      unit {\n        code\n        name\n      }\n      submittedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      history {\n        at\n        action\n      }\n    }\n  }\n': typeof types.TrackDossierDocument;
  '\n  query VerifyDocument($code: String!) {\n    verifyDocument(verificationCode: $code) {\n      verificationCode\n      status\n      kind\n      procedureName\n      unit {\n        code\n        name\n      }\n      issuedAt\n      revokedAt\n    }\n  }\n': typeof types.VerifyDocumentDocument;
};
const documents: Documents = {
  '\n  query UnitName($code: ID!) {\n    administrativeUnit(code: $code) {\n      code\n      name\n    }\n  }\n':
    types.UnitNameDocument,
  '\n  mutation CreateUploadUrl($unitCode: ID, $code: ID) {\n    createUploadUrl(unitCode: $unitCode, code: $code) {\n      url\n      maxBytes\n      contentTypes\n    }\n  }\n':
    types.CreateUploadUrlDocument,
  '\n  query Board($unitCode: ID!) {\n    transparencyBoard(unitCode: $unitCode) {\n      on\n      total {\n        ...BoardRow\n      }\n      units {\n        ...BoardRow\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      children {\n        code\n        name\n      }\n    }\n  }\n  fragment BoardRow on TransparencyRow {\n    unit {\n      code\n      name\n      level\n    }\n    month {\n      ...Figures\n    }\n    year {\n      ...Figures\n    }\n  }\n  fragment Figures on PublicFigures {\n    received\n    resolvedEarly\n    resolvedOnTime\n    resolvedLate\n    inProgress\n    onlineRate\n  }\n':
    types.BoardDocument,
  '\n  query Catalogue($search: String, $filter: ProcedureFilter, $after: String) {\n    procedures(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        version\n        name\n        field {\n          code\n          name\n        }\n        levels\n        onlineLevel\n      }\n    }\n  }\n':
    types.CatalogueDocument,
  '\n  query CatalogueFilters {\n    procedures(first: 100) {\n      nodes {\n        code\n        version\n        field {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.CatalogueFiltersDocument,
  '\n  query DossierPage($code: ID!) {\n    dossier(code: $code) {\n      code\n      status\n      procedureName\n      feeVnd\n      applicantName\n      submittedAt\n      receivedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      returnChannel\n      trackingPin\n      supplementItems\n      paymentAmountVnd\n      resultSummary\n      unit {\n        code\n        name\n      }\n      history {\n        at\n        action\n        toStatus\n        note\n      }\n      documents {\n        kind\n        title\n        url\n      }\n      payments {\n        reference\n        amountVnd\n        status\n        failureReason\n        settledAt\n      }\n      electronicResult {\n        fileName\n        downloadUrl\n      }\n      issuedDocuments {\n        verificationCode\n        kind\n        url\n      }\n      notifications {\n        id\n        channel\n        template\n        recipientMasked\n        status\n        queuedAt\n      }\n    }\n  }\n':
    types.DossierPageDocument,
  '\n  mutation SupplementDossier($code: ID!, $input: SupplementInput!) {\n    supplementDossier(code: $code, input: $input) {\n      code\n      status\n    }\n  }\n':
    types.SupplementDossierDocument,
  '\n  mutation PayOnline($code: ID!, $input: PayOnlineInput!) {\n    payOnline(code: $code, input: $input) {\n      redirectUrl\n    }\n  }\n':
    types.PayOnlineDocument,
  '\n  mutation RateDossier($code: ID!, $rating: SatisfactionLevel!, $comment: String) {\n    rateDossier(code: $code, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n':
    types.RateDossierDocument,
  '\n  query FilingProcedure($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      levels\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        fields {\n          key\n          type\n          label\n          required\n          pattern\n          help\n          maxLength\n          options {\n            value\n            label\n          }\n        }\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      level\n      offersOnline(procedureCode: $code)\n      children {\n        code\n        name\n        level\n        offersOnline(procedureCode: $code)\n      }\n    }\n  }\n':
    types.FilingProcedureDocument,
  '\n  mutation SubmitDossier($input: SubmitDossierInput!, $idempotencyKey: ID!) {\n    submitDossier(input: $input, idempotencyKey: $idempotencyKey) {\n      code\n      status\n    }\n  }\n':
    types.SubmitDossierDocument,
  '\n  query MyDossiers {\n    myDossiers(first: 50) {\n      nodes {\n        code\n        status\n        procedureName\n        submittedAt\n        appointmentDate\n        unit {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.MyDossiersDocument,
  '\n  query ProcedurePage($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      field {\n        code\n        name\n      }\n      levels\n      implementingAgency\n      onlineLevel\n      steps\n      methods {\n        method\n        duration {\n          unit\n          value\n          cutoff\n        }\n        fee {\n          kind\n          amountVnd\n          description\n        }\n      }\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        downloadUrl\n      }\n      result\n      legalBasis {\n        number\n        date\n        issuer\n        title\n      }\n      conditions\n    }\n  }\n':
    types.ProcedurePageDocument,
  '\n  query TrackDossier($code: ID!, $idNumber: String!) {\n    trackDossier(code: $code, idNumber: $idNumber) {\n      code\n      status\n      procedureName\n      unit {\n        code\n        name\n      }\n      submittedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      history {\n        at\n        action\n      }\n    }\n  }\n':
    types.TrackDossierDocument,
  '\n  query VerifyDocument($code: String!) {\n    verifyDocument(verificationCode: $code) {\n      verificationCode\n      status\n      kind\n      procedureName\n      unit {\n        code\n        name\n      }\n      issuedAt\n      revokedAt\n    }\n  }\n':
    types.VerifyDocumentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitName($code: ID!) {\n    administrativeUnit(code: $code) {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query UnitName($code: ID!) {\n    administrativeUnit(code: $code) {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUploadUrl($unitCode: ID, $code: ID) {\n    createUploadUrl(unitCode: $unitCode, code: $code) {\n      url\n      maxBytes\n      contentTypes\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUploadUrl($unitCode: ID, $code: ID) {\n    createUploadUrl(unitCode: $unitCode, code: $code) {\n      url\n      maxBytes\n      contentTypes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Board($unitCode: ID!) {\n    transparencyBoard(unitCode: $unitCode) {\n      on\n      total {\n        ...BoardRow\n      }\n      units {\n        ...BoardRow\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      children {\n        code\n        name\n      }\n    }\n  }\n  fragment BoardRow on TransparencyRow {\n    unit {\n      code\n      name\n      level\n    }\n    month {\n      ...Figures\n    }\n    year {\n      ...Figures\n    }\n  }\n  fragment Figures on PublicFigures {\n    received\n    resolvedEarly\n    resolvedOnTime\n    resolvedLate\n    inProgress\n    onlineRate\n  }\n',
): (typeof documents)['\n  query Board($unitCode: ID!) {\n    transparencyBoard(unitCode: $unitCode) {\n      on\n      total {\n        ...BoardRow\n      }\n      units {\n        ...BoardRow\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      children {\n        code\n        name\n      }\n    }\n  }\n  fragment BoardRow on TransparencyRow {\n    unit {\n      code\n      name\n      level\n    }\n    month {\n      ...Figures\n    }\n    year {\n      ...Figures\n    }\n  }\n  fragment Figures on PublicFigures {\n    received\n    resolvedEarly\n    resolvedOnTime\n    resolvedLate\n    inProgress\n    onlineRate\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalogue($search: String, $filter: ProcedureFilter, $after: String) {\n    procedures(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        version\n        name\n        field {\n          code\n          name\n        }\n        levels\n        onlineLevel\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Catalogue($search: String, $filter: ProcedureFilter, $after: String) {\n    procedures(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        version\n        name\n        field {\n          code\n          name\n        }\n        levels\n        onlineLevel\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogueFilters {\n    procedures(first: 100) {\n      nodes {\n        code\n        version\n        field {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogueFilters {\n    procedures(first: 100) {\n      nodes {\n        code\n        version\n        field {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DossierPage($code: ID!) {\n    dossier(code: $code) {\n      code\n      status\n      procedureName\n      feeVnd\n      applicantName\n      submittedAt\n      receivedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      returnChannel\n      trackingPin\n      supplementItems\n      paymentAmountVnd\n      resultSummary\n      unit {\n        code\n        name\n      }\n      history {\n        at\n        action\n        toStatus\n        note\n      }\n      documents {\n        kind\n        title\n        url\n      }\n      payments {\n        reference\n        amountVnd\n        status\n        failureReason\n        settledAt\n      }\n      electronicResult {\n        fileName\n        downloadUrl\n      }\n      issuedDocuments {\n        verificationCode\n        kind\n        url\n      }\n      notifications {\n        id\n        channel\n        template\n        recipientMasked\n        status\n        queuedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DossierPage($code: ID!) {\n    dossier(code: $code) {\n      code\n      status\n      procedureName\n      feeVnd\n      applicantName\n      submittedAt\n      receivedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      returnChannel\n      trackingPin\n      supplementItems\n      paymentAmountVnd\n      resultSummary\n      unit {\n        code\n        name\n      }\n      history {\n        at\n        action\n        toStatus\n        note\n      }\n      documents {\n        kind\n        title\n        url\n      }\n      payments {\n        reference\n        amountVnd\n        status\n        failureReason\n        settledAt\n      }\n      electronicResult {\n        fileName\n        downloadUrl\n      }\n      issuedDocuments {\n        verificationCode\n        kind\n        url\n      }\n      notifications {\n        id\n        channel\n        template\n        recipientMasked\n        status\n        queuedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupplementDossier($code: ID!, $input: SupplementInput!) {\n    supplementDossier(code: $code, input: $input) {\n      code\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SupplementDossier($code: ID!, $input: SupplementInput!) {\n    supplementDossier(code: $code, input: $input) {\n      code\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayOnline($code: ID!, $input: PayOnlineInput!) {\n    payOnline(code: $code, input: $input) {\n      redirectUrl\n    }\n  }\n',
): (typeof documents)['\n  mutation PayOnline($code: ID!, $input: PayOnlineInput!) {\n    payOnline(code: $code, input: $input) {\n      redirectUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RateDossier($code: ID!, $rating: SatisfactionLevel!, $comment: String) {\n    rateDossier(code: $code, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n',
): (typeof documents)['\n  mutation RateDossier($code: ID!, $rating: SatisfactionLevel!, $comment: String) {\n    rateDossier(code: $code, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FilingProcedure($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      levels\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        fields {\n          key\n          type\n          label\n          required\n          pattern\n          help\n          maxLength\n          options {\n            value\n            label\n          }\n        }\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      level\n      offersOnline(procedureCode: $code)\n      children {\n        code\n        name\n        level\n        offersOnline(procedureCode: $code)\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FilingProcedure($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      levels\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        fields {\n          key\n          type\n          label\n          required\n          pattern\n          help\n          maxLength\n          options {\n            value\n            label\n          }\n        }\n      }\n    }\n    administrativeUnits {\n      code\n      name\n      level\n      offersOnline(procedureCode: $code)\n      children {\n        code\n        name\n        level\n        offersOnline(procedureCode: $code)\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitDossier($input: SubmitDossierInput!, $idempotencyKey: ID!) {\n    submitDossier(input: $input, idempotencyKey: $idempotencyKey) {\n      code\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitDossier($input: SubmitDossierInput!, $idempotencyKey: ID!) {\n    submitDossier(input: $input, idempotencyKey: $idempotencyKey) {\n      code\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDossiers {\n    myDossiers(first: 50) {\n      nodes {\n        code\n        status\n        procedureName\n        submittedAt\n        appointmentDate\n        unit {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyDossiers {\n    myDossiers(first: 50) {\n      nodes {\n        code\n        status\n        procedureName\n        submittedAt\n        appointmentDate\n        unit {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProcedurePage($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      field {\n        code\n        name\n      }\n      levels\n      implementingAgency\n      onlineLevel\n      steps\n      methods {\n        method\n        duration {\n          unit\n          value\n          cutoff\n        }\n        fee {\n          kind\n          amountVnd\n          description\n        }\n      }\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        downloadUrl\n      }\n      result\n      legalBasis {\n        number\n        date\n        issuer\n        title\n      }\n      conditions\n    }\n  }\n',
): (typeof documents)['\n  query ProcedurePage($code: ID!) {\n    procedure(code: $code) {\n      code\n      version\n      name\n      field {\n        code\n        name\n      }\n      levels\n      implementingAgency\n      onlineLevel\n      steps\n      methods {\n        method\n        duration {\n          unit\n          value\n          cutoff\n        }\n        fee {\n          kind\n          amountVnd\n          description\n        }\n      }\n      documents {\n        case\n        name\n        copies {\n          original\n          copy\n        }\n        formId\n      }\n      forms {\n        id\n        name\n        downloadUrl\n      }\n      result\n      legalBasis {\n        number\n        date\n        issuer\n        title\n      }\n      conditions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrackDossier($code: ID!, $idNumber: String!) {\n    trackDossier(code: $code, idNumber: $idNumber) {\n      code\n      status\n      procedureName\n      unit {\n        code\n        name\n      }\n      submittedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      history {\n        at\n        action\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrackDossier($code: ID!, $idNumber: String!) {\n    trackDossier(code: $code, idNumber: $idNumber) {\n      code\n      status\n      procedureName\n      unit {\n        code\n        name\n      }\n      submittedAt\n      appointmentDate\n      resolvedAt\n      returnedAt\n      history {\n        at\n        action\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyDocument($code: String!) {\n    verifyDocument(verificationCode: $code) {\n      verificationCode\n      status\n      kind\n      procedureName\n      unit {\n        code\n        name\n      }\n      issuedAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query VerifyDocument($code: String!) {\n    verifyDocument(verificationCode: $code) {\n      verificationCode\n      status\n      kind\n      procedureName\n      unit {\n        code\n        name\n      }\n      issuedAt\n      revokedAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
