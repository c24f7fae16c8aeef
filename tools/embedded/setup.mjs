#!/usr/bin/env node
// The first step of `npm start`, in plain JavaScript since nothing is compiled yet: installs what the machine lacks
// where it may (redis-server, with apt-get, as root), or prints the one command to run; then compiles what changed
// (turbo's cache makes a second start skip it). Without Redis everything is still served; the launcher says so.
import { spawnSync } from 'node:child_process';

const say = (line) => console.log(line);
const onPath = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    .status === 0;

const wantsRedis = !process.env.REDIS_URL && (process.env.EMBEDDED_REDIS ?? 'auto') !== 'none';
if (wantsRedis && !onPath('redis-server')) {
  const apt = onPath('apt-get');
  if (apt && process.getuid?.() === 0) {
    say(
      'Installing redis-server for the events (apt-get install redis-server; EMBEDDED_REDIS=none skips this)…',
    );
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'redis-server'])) {
      say('! redis-server could not be installed; starting without it');
    }
  } else {
    const command = apt
      ? 'sudo apt-get install redis-server'
      : "your system's package manager (redis-server)";
    say(
      `! redis-server is not installed: install it with ${command}, then npm start again. Starting without it.`,
    );
  }
}

const root = new URL('../../', import.meta.url).pathname;
const built = spawnSync(
  'npx',
  [
    '--no-install',
    'turbo',
    'run',
    'build',
    '--filter=@dvc/embedded...',
    '--filter=@dvc/web',
    '--output-logs=errors-only',
    '--ui=stream',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
if (built.status !== 0) {
  process.stdout.write(built.stdout ?? '');
  say('! the build failed (npm run build), see above');
  process.exit(1);
}
