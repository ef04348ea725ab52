complete --keep-order --exclusive --command httpcode --arguments "(COMPLETE=fish httpcode -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
