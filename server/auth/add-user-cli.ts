/**
 * `npm run user:add -- <name> <viewer|editor> [--file <users file>]`: asks for a password (twice,
 * not echoed; or one line on stdin when piped) and prints the `name:role:hash` entry for
 * AUTH_USERS, or writes it into the users file (created with mode 600; an entry of the same name
 * is replaced).
 */
import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { hashPassword } from './password-hash.ts';
import { parseUsers, ROLES, type Role } from './users.ts';

const USAGE = 'usage: npm run user:add -- <name> <viewer|editor> [--file <users file>]';
const MIN_PASSWORD = 10;

function readHidden(prompt: string): Promise<string> {
  return new Promise((ok) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(prompt)) write.call(rl, prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      ok(answer);
    });
  });
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split('\n')[0]?.replace(/\r$/, '') ?? '';
}

async function main(args: string[]): Promise<number> {
  const fileAt = args.indexOf('--file');
  const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
  const [name, role] = args.filter((_, i) => fileAt < 0 || (i !== fileAt && i !== fileAt + 1));
  if (!name || !role || (fileAt >= 0 && !file)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    process.stderr.write(`role must be viewer or editor\n${USAGE}\n`);
    return 2;
  }
  let password: string;
  if (process.stdin.isTTY) {
    password = await readHidden(`password for ${name}: `);
    if ((await readHidden('again: ')) !== password) {
      process.stderr.write('the passwords differ\n');
      return 1;
    }
  } else password = await readPiped();
  if (password.length < MIN_PASSWORD) {
    process.stderr.write(`a password needs at least ${MIN_PASSWORD} characters\n`);
    return 1;
  }
  const entry = `${name}:${role as Role}:${await hashPassword(password)}`;
  parseUsers(entry, 'new entry'); // validates the name
  if (!file) {
    process.stdout.write(`${entry}\n`);
    process.stderr.write('Add this line to AUTH_USERS (entries separated by commas) or to the file named by AUTH_USERS_FILE.\n');
    return 0;
  }
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith(`${name}:`)) : [];
  writeFileSync(file, [...lines, entry].join('\n') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  parseUsers(readFileSync(file, 'utf8'), file);
  process.stderr.write(`${name} (${role}) written to ${file}; start with AUTH_USERS_FILE=${file}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
