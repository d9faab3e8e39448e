// The commands' options, read by node:util parseArgs: one parser for every command, so that
// "--name value", "--name=value", short aliases ("-q", "-o file") and "--" work alike everywhere.
// Unknown options and missing values are usage errors, said in one line.
import { parseArgs as parseNodeArgs } from 'node:util';

export class UsageError extends Error {}

/** Options by long name (without "--"), as node:util parseArgs takes them. */
export type OptionSpec = Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }>;

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | boolean | Array<string | boolean> | undefined>;
}

/** Every command takes -h / --help. */
const COMMON: OptionSpec = { help: { type: 'boolean', short: 'h' } };

export function parseArgs(args: string[], spec: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseNodeArgs({ args, options: { ...COMMON, ...spec }, allowPositionals: true, strict: true });
    return { positional: positionals, options: values };
  } catch (error) {
    throw usageError(error as Error & { code?: string });
  }
}

/** node:util's messages are long and name its own terms; say the same in one short line. */
function usageError(error: Error & { code?: string }): Error {
  const option = /--[\w-]+/.exec(error.message)?.[0] ?? /'(-[^' ,]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return new UsageError(`unknown option ${option ?? error.message}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(/does not take an argument/.test(error.message) ? `${option} takes no value` : `${option} needs a value`);
    default: return error.code?.startsWith('ERR_PARSE_ARGS') ? new UsageError(error.message) : error;
  }
}

/**
 * The stanza every command begins with: "-h"/"--help" prints its help (exit 0); its options are
 * read and `validate` checks them; bad usage is one line, "treaty-lens <command>: …" (exit 2).
 * Returns the parsed arguments, or the exit code to return at once.
 */
export function commandArgs(command: string, args: string[], spec: OptionSpec, help: string, validate?: (parsed: ParsedArgs) => void): ParsedArgs | number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(help + '\n');
    return 0;
  }
  try {
    const parsed = parseArgs(args, spec);
    validate?.(parsed);
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`treaty-lens ${command}: ${error.message}\n`);
    return 2;
  }
}

/** A string option's value (the last one when given twice). */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof last === 'string' ? last : undefined;
}
