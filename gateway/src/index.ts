export { DEVELOPMENT_JWT_SECRET, type GatewayConfig, loadGatewayConfig } from './config';
export { type RunningGateway, startGateway } from './gateway';
export { composeSupergraph, SUBGRAPHS, supergraphPath } from './supergraph';
export { mintDevelopmentToken } from './tokens';
