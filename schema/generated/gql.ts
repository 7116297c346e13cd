/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n": typeof types.NominationRowFragmentDoc,
    "\n  query NominationList($first: Int!, $after: String, $category: AwardCategory, $status: NominationStatus) {\n    nominations(first: $first, after: $after, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NominationListDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n": types.NominationRowFragmentDoc,
    "\n  query NominationList($first: Int!, $after: String, $category: AwardCategory, $status: NominationStatus) {\n    nominations(first: $first, after: $after, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NominationListDocument,
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
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NominationRow on Nomination {\n    id\n    code\n    projectName\n    category\n    status\n    proposedGrade\n    field {\n      id\n      nameZh\n      nameEn\n    }\n    nominator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationList($first: Int!, $after: String, $category: AwardCategory, $status: NominationStatus) {\n    nominations(first: $first, after: $after, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationList($first: Int!, $after: String, $category: AwardCategory, $status: NominationStatus) {\n    nominations(first: $first, after: $after, category: $category, status: $status) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NominationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;