//! Named styles (by meaning, not colour), the colour decision and the wrapping width.

use std::io::IsTerminal;

use owo_colors::{OwoColorize, Style};

use crate::cli::ColorChoice;

/// Text styles, applied only when colour is on.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    /// Column to wrap prose at.
    pub width: usize,
}

/// Prose is wrapped no wider than this, however wide the terminal.
const MAX_WIDTH: usize = 100;
/// Used when the width cannot be learnt from COLUMNS or the terminal.
const DEFAULT_WIDTH: usize = 80;

/// Whether output (and help) is coloured. `--color always|never` decides; under `auto` the
/// environment does, in the order the NO_COLOR and CLICOLOR conventions (and clap's own
/// terminal library) use: a non-empty NO_COLOR turns colour off, then CLICOLOR_FORCE other
/// than 0 turns it on even off a terminal, then CLICOLOR=0 turns it off; otherwise colour
/// is on when stdout is a terminal whose TERM is not dumb.
pub fn color_on(choice: ColorChoice) -> bool {
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env("NO_COLOR").is_some() {
                false
            } else if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else if env("CLICOLOR").is_some_and(|v| v == "0") {
                false
            } else {
                std::env::var_os("TERM").is_none_or(|t| t != "dumb")
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

impl Theme {
    /// Decides colour and width once, from the flag, the environment and stdout.
    pub fn detect(choice: ColorChoice, json: bool) -> Theme {
        let color = !json && color_on(choice);
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0)
            .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .unwrap_or(DEFAULT_WIDTH);
        Theme {
            color,
            width: columns.clamp(40, MAX_WIDTH),
        }
    }

    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }

    pub fn label(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }

    pub fn muted(&self, text: &str) -> String {
        self.paint(text, Style::new().dimmed())
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint(text, Style::new().yellow().bold())
    }

    pub fn matched(&self, text: &str) -> String {
        self.paint(text, Style::new().underline().bold())
    }

    /// A code (or any text) in its class's colour.
    pub fn code(&self, class: u8, text: &str) -> String {
        self.paint(text, class_style(class))
    }

    /// A code in its class's colour, bold: the title of a card.
    pub fn title(&self, class: u8, text: &str) -> String {
        self.paint(text, class_style(class).bold())
    }
}

fn class_style(class: u8) -> Style {
    match class {
        1 => Style::new().blue(),
        2 => Style::new().green(),
        3 => Style::new().cyan(),
        4 => Style::new().yellow(),
        _ => Style::new().red(),
    }
}
