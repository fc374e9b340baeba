/**
 * Shell completion scripts (`extract completion bash|zsh|fish`), generated from the same option
 * table as --help and the README (cli-options.ts): commands, each command's options, the values of
 * options with choices, folders after --out and --fixtures, files elsewhere.
 */
import { OPTIONS, type OptionSpec } from './cli-options.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const COMMANDS = ['check', 'merge', 'completion'];
type Command = 'extract' | 'check' | 'merge';

interface Flag {
  short?: string;
  long: string;
  takesValue: boolean;
  choices?: string[];
  folder: boolean;
  description: string;
  commands: Command[];
}

function flags(): Flag[] {
  return OPTIONS.map((o: OptionSpec) => {
    const short = /(?:^|\s)(-[a-zA-Z])\b/.exec(o.flags)?.[1];
    const long = /(--[a-z][a-z-]*)/.exec(o.flags)![1]!;
    return {
      ...(short ? { short } : {}),
      long,
      takesValue: o.flags.includes('<'),
      ...(o.choices ? { choices: o.choices } : {}),
      folder: long === '--out' || long === '--fixtures',
      description: o.description,
      commands: o.commands,
    };
  });
}

const names = (f: Flag) => [f.short, f.long].filter(Boolean).join(' ');

function bash(): string {
  const all = flags();
  const optsOf = (c: Command) => all.filter((f) => f.commands.includes(c)).map(names).join(' ');
  const valueCases = all
    .filter((f) => f.takesValue)
    .map((f) => {
      const pattern = [f.short, f.long].filter(Boolean).join('|');
      const reply = f.choices ? `COMPREPLY=( $(compgen -W "${f.choices.join(' ')}" -- "$cur") )` : f.folder ? 'COMPREPLY=( $(compgen -d -- "$cur") )' : 'COMPREPLY=()';
      return `    ${pattern}) ${reply}; return ;;`;
    })
    .join('\n');
  return `# bash completion for extract (made by: extract completion bash)
# Load it now:     source <(extract completion bash)
# Or for good:     extract completion bash > ~/.local/share/bash-completion/completions/extract
_extract() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" w
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$w" in check|merge|completion) cmd="$w"; break ;; esac
  done
  case "$prev" in
${valueCases}
  esac
  if [[ "$cmd" == completion ]]; then COMPREPLY=( $(compgen -W "${SHELLS.join(' ')}" -- "$cur") ); return; fi
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
      check) COMPREPLY=( $(compgen -W "${optsOf('check')} --help" -- "$cur") ) ;;
      merge) COMPREPLY=( $(compgen -W "${optsOf('merge')} --help" -- "$cur") ) ;;
      *) COMPREPLY=( $(compgen -W "${optsOf('extract')} --help --version" -- "$cur") ) ;;
    esac
    return
  fi
  if [[ -z "$cmd" && $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "${COMMANDS.join(' ')}" -- "$cur") $(compgen -f -- "$cur") )
    return
  fi
  COMPREPLY=( $(compgen -f -- "$cur") )
}
complete -o filenames -o bashdefault -F _extract extract
`;
}

function zsh(): string {
  return `# zsh completion for extract (made by: extract completion zsh): the bash completion, through zsh's bashcompinit.
# Load it now:     source <(extract completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash()
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n')}`;
}

function fish(): string {
  const lines = [
    '# fish completion for extract (made by: extract completion fish)',
    '# Load it now:     extract completion fish | source',
    '# Or for good:     extract completion fish > ~/.config/fish/completions/extract.fish',
    `complete -c extract -n "__fish_use_subcommand" -a "${COMMANDS.join(' ')}"`,
    `complete -c extract -n "__fish_seen_subcommand_from completion" -x -a "${SHELLS.join(' ')}"`,
  ];
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  for (const f of flags()) {
    const when = f.commands
      .map((c) => (c === 'extract' ? 'not __fish_seen_subcommand_from check merge completion' : `__fish_seen_subcommand_from ${c}`))
      .join('; or ');
    const value = f.choices ? ` -x -a ${q(f.choices.join(' '))}` : f.folder ? ' -r -a "(__fish_complete_directories)"' : f.takesValue ? ' -x' : '';
    lines.push(`complete -c extract -n ${q(when)}${f.short ? ` -s ${f.short.slice(1)}` : ''} -l ${f.long.slice(2)}${value} -d ${q(f.description.split(/[;(:]/)[0]!.trim())}`);
  }
  return lines.join('\n') + '\n';
}

/** The completion script for `shell`. */
export function completionScript(shell: Shell): string {
  return shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish();
}
