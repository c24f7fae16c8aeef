import { writeFileSync } from 'node:fs';
import { runMain } from '@dvc/service-kit';
import { composeSupergraph, supergraphPath } from '../supergraph';

runMain(async () => {
  writeFileSync(supergraphPath, composeSupergraph());
  console.log(`supergraph written to ${supergraphPath}`);
});
