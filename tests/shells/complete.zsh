# Completes one command line in an interactive zsh on a pseudo-terminal (zpty), through the
# completion system as a user's Tab would, and prints each candidate on a line of its own.
# Usage: zsh -f complete.zsh 'httpcode list --class ' [installed]
# With "installed", the shell starts as a user's would, reading $ZDOTDIR/.zshrc, which is
# expected to set up completion as the README says; otherwise the script is sourced here.
zmodload zsh/zpty || exit 3
if [[ $2 == installed ]]; then
  zpty shell 'zsh -i'
  zpty -w shell 'PROMPT=""; RPROMPT=""; unset zle_bracketed_paste'
else
  zpty shell 'zsh -f -i'
  zpty -w shell 'PROMPT=""; RPROMPT=""; unset zle_bracketed_paste'
  zpty -w shell 'autoload -Uz compinit && compinit -u -D'
  zpty -w shell 'source <(httpcode completions zsh)'
fi
# Every candidate a completer adds is printed after a marker, and a last marker says the
# completion is over. The markers are split in the commands so that their echo never matches.
zpty -w shell 'compadd() { local -a found; builtin compadd -O found "$@"; (( $#found )) && print -rl -- "CAND""IDATE:"${^found}; builtin compadd "$@" }'
zpty -w shell 'finished() { print -r -- "COMPLETION""-DONE" }; comppostfuncs=(finished)'
zpty -w shell 'zstyle ":completion:*" list-grouped false; zstyle ":completion:*" insert-tab false'
zpty -w shell 'bindkey "^I" complete-word'
zpty -w -n shell "$1"$'\t'
integer waited=0
while (( waited < 200 )); do
  if zpty -r -t shell line; then
    line=${line//$'\r'/}
    [[ $line == *COMPLETION-DONE* ]] && break
    [[ $line == *CANDIDATE:* ]] && print -r -- ${line#*CANDIDATE:}
  else
    sleep 0.05
    (( waited++ ))
  fi
done
zpty -d shell
(( waited < 200 )) || exit 4
