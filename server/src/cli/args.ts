// A small, strict option parser shared by the commands: unknown options are usage errors.

export class UsageError extends Error {}

/** option name → 'flag' (no value) or 'value' (takes the next argument, or --name=value). */
export type OptionSpec = Record<string, 'flag' | 'value'>;

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(args: string[], spec: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') { positional.push(...args.slice(i + 1)); break; }
    if (arg === '-' || !arg.startsWith('-')) { positional.push(arg); continue; }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option ${name}`);
    if (kind === 'flag') {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      options[name] = true;
    } else {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      options[name] = value;
    }
  }
  return { positional, options };
}
