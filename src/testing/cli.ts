/**
 * The standalone dummy LINE platform: `npx messaging-api-line-dummy --port 8080 [--data-port 8081]`.
 *
 * @packageDocumentation
 */

import { randomBytes } from 'node:crypto';
import { checkHostname, createDummyLineServer } from './server';
import type { DummyLineServer } from './types';

/** Where the CLI writes. */
export interface CliIo {
  /** Receives the banner (origins and token); `process.stdout` by default. */
  readonly stdout?: { write(text: string): unknown };
}

/** Parsed command-line arguments. */
export interface CliArgs {
  /** `--port`: api host port (0 = any free port). */
  readonly port: number;
  /** `--data-port`: data host port (0 = any free port). */
  readonly dataPort: number;
  /** `--manager-port`: manager host port (manager.line.biz, module attach only; 0 = any free port). */
  readonly managerPort: number;
  /** `--host`: address to listen on. */
  readonly hostname: string;
  /** `--token`: the channel access token to accept; random when absent. */
  readonly accessToken?: string;
  /** `--seed`: PRNG seed for random faults. */
  readonly seed?: number;
  /** `--channel-secret`: the secret of the default channel (webhook signatures); random when absent. */
  readonly channelSecret?: string;
  /** `--channel-id`: the id of the default channel; `1234567890` by default. */
  readonly channelId?: string;
  /** `--any-id`: accept ids of any form (toy ids such as `U1`); by default ids are checked as LINE checks them. */
  readonly anyId: boolean;
  /** `--redelivery`: redeliver failed webhooks as LINE does (when "Webhook redelivery" is on). */
  readonly redelivery: boolean;
  /** `--json`: print one JSON line `{ origin, dataOrigin, managerOrigin, accessToken, channelId, channelSecret }` instead of the banner. */
  readonly json: boolean;
  /** `--allow-remote`: allow a `--host` beyond loopback (a warning is printed). */
  readonly allowRemote?: boolean;
  /** `--max-body`: the largest body kept per recorded request (64 KiB by default). */
  readonly maxBody?: number;
  /** `--reply-token-ttl`: how long a reply token stays valid, in ms (forever by default). */
  readonly replyTokenTtlMs?: number;
  /** `--help`: print usage and exit. */
  readonly help: boolean;
}

/** The usage text. */
export const USAGE = `Usage: messaging-api-line-dummy [options]

Runs a dummy LINE platform (api host, data host and manager host) on 127.0.0.1 until Ctrl-C or SIGTERM.

Options:
  --port <n>          api host port (default 0: any free port)
  --data-port <n>     data host port (default 0: any free port)
  --manager-port <n>  manager host port, module attach only (default 0: any free port)
  --host <addr>       address to listen on (default 127.0.0.1); beyond loopback needs --allow-remote
  --allow-remote      allow --host beyond loopback (a warning is printed: the dummy's tokens and records are exposed)
  --max-body <bytes>  largest request body kept per recorded request (default 65536)
  --token <t>         channel access token to accept (default: random)
  --seed <n>          PRNG seed for random faults
  --channel-secret <s>  secret of the default channel, which signs webhooks (default: random)
  --channel-id <id>   id of the default channel (default 1234567890)
  --any-id            accept ids of any form (toy ids such as U1); by default ids are checked as LINE does
  --redelivery        redeliver webhooks the bot fails (non-2xx or no answer in time), as LINE does
  --reply-token-ttl <ms>  reply tokens expire this long after they were issued, as LINE's do (default: never)
  --json              print {"origin","dataOrigin","managerOrigin","accessToken","channelId","channelSecret"} as one JSON line
  --help              show this help
`;

function port(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`${name} needs a port number (0-65535), got ${value === undefined ? 'nothing' : `'${value}'`}`);
  }
  return n;
}

/**
 * Parses the command line.
 *
 * @param argv - the arguments after the program name
 * @returns the parsed arguments
 * @throws Error for an unknown option or a bad value
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: { -readonly [K in keyof CliArgs]: CliArgs[K] } = {
    port: 0,
    dataPort: 0,
    managerPort: 0,
    hostname: '127.0.0.1',
    json: false,
    help: false,
    anyId: false,
    redelivery: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port':
      case '-p':
        args.port = port('--port', value());
        break;
      case '--data-port':
        args.dataPort = port('--data-port', value());
        break;
      case '--manager-port':
        args.managerPort = port('--manager-port', value());
        break;
      case '--host': {
        const host = value();
        if (!host) throw new Error('--host needs an address');
        args.hostname = host;
        break;
      }
      case '--token': {
        const token = value();
        if (!token) throw new Error('--token needs a value');
        args.accessToken = token;
        break;
      }
      case '--seed': {
        const seed = Number(value());
        if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
        args.seed = seed;
        break;
      }
      case '--channel-secret': {
        const secret = value();
        if (!secret) throw new Error('--channel-secret needs a value');
        args.channelSecret = secret;
        break;
      }
      case '--channel-id': {
        const id = value();
        if (!id) throw new Error('--channel-id needs a value');
        args.channelId = id;
        break;
      }
      case '--any-id':
        args.anyId = true;
        break;
      case '--redelivery':
        args.redelivery = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--allow-remote':
        args.allowRemote = true;
        break;
      case '--max-body': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new Error('--max-body needs a non-negative integer');
        args.maxBody = n;
        break;
      }
      case '--reply-token-ttl': {
        const n = Number(value());
        if (!Number.isInteger(n) || n <= 0) throw new Error('--reply-token-ttl needs a positive integer (milliseconds)');
        args.replyTokenTtlMs = n;
        break;
      }
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new Error(`Unknown option '${argv[i]}'`);
    }
  }
  return args;
}

/**
 * Starts the dummy platform from command-line arguments and prints its origins and a valid token.
 * It does not install signal handlers (see {@link runCli}).
 *
 * @param argv - the arguments after the program name
 * @param io - where to print
 * @returns the running server, or undefined after `--help`
 */
export async function main(argv: readonly string[], io: CliIo = {}): Promise<DummyLineServer | undefined> {
  const out = io.stdout ?? process.stdout;
  const args = parseArgs(argv);
  if (args.help) {
    out.write(USAGE);
    return undefined;
  }
  // Refused before anything listens; the server prints the warning when allowed.
  checkHostname(args.hostname, args.allowRemote);
  const server = await createDummyLineServer({
    allowRemote: args.allowRemote === true,
    maxRecordedBodyBytes: args.maxBody ?? 64 * 1024,
    port: args.port,
    dataPort: args.dataPort,
    managerPort: args.managerPort,
    hostname: args.hostname,
    accessToken: args.accessToken,
    seed: args.seed,
    maxRecordedRequests: 10_000,
    ...(args.channelSecret !== undefined || args.channelId !== undefined
      ? { channels: [{ channelId: args.channelId ?? '1234567890', channelSecret: args.channelSecret ?? randomBytes(16).toString('hex') }] }
      : {}),
    ...(args.anyId ? { validateIds: false } : {}),
    ...(args.redelivery ? { webhookRedelivery: true } : {}),
    ...(args.replyTokenTtlMs !== undefined ? { replyTokenTtlMs: args.replyTokenTtlMs } : {}),
  });
  const { origin, dataOrigin, managerOrigin, accessToken, channelId, channelSecret } = server;
  out.write(
    args.json
      ? `${JSON.stringify({ origin, dataOrigin, managerOrigin, accessToken, channelId, channelSecret })}\n`
      : [
          'Dummy LINE platform is running.',
          `  origin:        ${origin}`,
          `  dataOrigin:    ${dataOrigin}`,
          `  managerOrigin: ${managerOrigin}`,
          `  accessToken:   ${accessToken}`,
          `  channelSecret: ${channelSecret}`,
          'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
  );
  return server;
}

/**
 * Runs the CLI as a process: starts the server, stops it on SIGINT or SIGTERM, exits with status 1 on
 * a bad command line.
 *
 * @param argv - the arguments after the program name; `process.argv.slice(2)` by default
 */
export function runCli(argv: readonly string[] = process.argv.slice(2)): void {
  main(argv).then(
    (server) => {
      if (!server) return;
      const stop = (): void => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
      process.exitCode = 1;
    },
  );
}

if (typeof module !== 'undefined' && typeof require !== 'undefined' && require.main === module) runCli();
