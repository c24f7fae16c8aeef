import { parseArgs } from 'node:util';
import { USER_ROLES } from '@dvc/identity';
import { runMain } from '@dvc/service-kit';
import { z } from 'zod';
import { loadGatewayConfig } from '../config';
import { mintDevelopmentToken } from '../tokens';

const USAGE =
  'usage: npm run token -- --role <CITIZEN|VOLUNTEER|OFFICER|LEADER|ADMIN> [--unit <code>] [--sub <id>] [--name <name>]';

runMain(async () => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const role = z.enum(USER_ROLES).safeParse(values.role);
  if (!role.success) {
    console.error(USAGE);
    process.exit(2);
  }
  if (role.data !== 'CITIZEN' && role.data !== 'ADMIN' && !values.unit) {
    console.error(`--unit is required for ${role.data} (the GSO code of the unit, e.g. 30226)\n${USAGE}`);
    process.exit(2);
  }
  const config = loadGatewayConfig({ IDENTITY_SECRET: 'x'.repeat(32), ...process.env });
  if (!config.development) {
    console.error(
      'tokens are minted here only in development; production tokens come from the identity provider',
    );
    process.exit(2);
  }
  const token = await mintDevelopmentToken({
    secret: config.jwtSecret as string,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    role: role.data,
    sub: values.sub ?? `dev-${role.data.toLowerCase()}`,
    ...(values.unit ? { unit: values.unit } : {}),
    ...(values.name ? { name: values.name } : {}),
  });
  console.log(token);
});
