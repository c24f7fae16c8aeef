export { anonymousIdentity, type Identity, ROLES, type Role, USER_ROLES, type UserRole } from './identity';
export {
  IDENTITY_HEADER,
  IDENTITY_SIGNATURE_HEADER,
  IdentityRejected,
  REQUEST_ID_HEADER,
  signIdentity,
  verifyIdentity,
} from './signed-header';
