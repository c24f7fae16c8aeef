export { type Account, DEMO_ACCOUNTS } from './accounts';
export { GATEWAY_RESOURCE, GATEWAY_SCOPE } from './provider';
export { type RunningIdentityProvider, startIdentityProvider } from './server';
