//! The terminal as the interactive screens (`which`, `browse`) use it: raw mode and the
//! alternate screen on stderr, given back on every exit, signal and suspension, and input
//! read as keys, resizes and signals, never waiting on a terminal that has gone away.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use crossterm::{cursor, queue, terminal};

/// Raw mode and the alternate screen, undone however the walk ends.
pub struct Screen;

impl Screen {
    pub fn enter(out: &mut impl Write) -> io::Result<Screen> {
        terminal::enable_raw_mode()?;
        let screen = Screen;
        queue!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
        out.flush()?;
        Ok(screen)
    }

    /// Gives the terminal back as it was, for a suspension or the end of the walk.
    pub fn leave() {
        let mut err = io::stderr();
        let _ = queue!(err, cursor::Show, terminal::LeaveAlternateScreen);
        let _ = err.flush();
        let _ = terminal::disable_raw_mode();
    }

    /// Stops the program as Ctrl-Z asks, with the terminal given back first, and takes the
    /// screen again when the shell continues it (`fg`).
    #[cfg(unix)]
    pub fn suspend(out: &mut impl Write) -> io::Result<()> {
        Screen::leave();
        // SIGSTOP cannot be caught: the program stops here until SIGCONT.
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
        terminal::enable_raw_mode()?;
        queue!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
        out.flush()
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        Screen::leave();
    }
}

/// What the screen reads next.
pub enum Input {
    /// A key pressed (or repeated).
    Key(KeyEvent),
    /// The terminal changed size.
    Resize,
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT arrived: its number.
    Signal(i32),
    /// SIGTSTP: give the terminal back and stop, then redraw once continued.
    Suspend,
    /// The terminal went away (closed, end of file).
    Gone,
}

/// How often the input loop looks at the signal flags while no key comes.
const TICK: Duration = Duration::from_millis(100);

/// The next key, resize or signal.
pub fn next_input(stop: &AtomicUsize, suspend: &AtomicBool) -> Input {
    loop {
        let signal = stop.load(Ordering::Relaxed);
        if signal != 0 {
            return Input::Signal(signal as i32);
        }
        if suspend.swap(false, Ordering::Relaxed) {
            return Input::Suspend;
        }
        // End of file or an error on the terminal (it was closed under the screen) ends it
        // at once, rather than reading nothing for ever.
        let gone = || match stop.load(Ordering::Relaxed) {
            0 => Input::Gone,
            signal => Input::Signal(signal as i32),
        };
        match event::poll(TICK) {
            Ok(false) if terminal_gone() => return gone(),
            Ok(false) => continue,
            Ok(true) => {}
            Err(_) => return gone(),
        }
        let Ok(event) = event::read() else {
            return gone();
        };
        match event {
            Event::Resize(..) => return Input::Resize,
            Event::Key(
                key @ KeyEvent {
                    kind: KeyEventKind::Press | KeyEventKind::Repeat,
                    ..
                },
            ) => return Input::Key(key),
            _ => {}
        }
    }
}

/// Set to the signal's number by SIGTERM, SIGHUP, SIGINT (sent as a signal, not typed) or
/// SIGQUIT, so that the walk ends through the same path as Ctrl-C and the terminal is
/// restored before the program exits.
pub fn stop_flag() -> Arc<AtomicUsize> {
    let flag = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        // Without the handler the default action still ends the program; only the
        // terminal's state is at stake, so a failure to register is not an error.
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&flag), signal as usize);
    }
    flag
}

/// Set by SIGTSTP (sent by `kill -TSTP`; Ctrl-Z is a key in raw mode and sends nothing), so
/// that the prompt gives the terminal back before it stops.
pub fn suspend_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let _ = signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&flag));
    flag
}

/// Whether the terminal the screen runs on has gone away (closed, hung up).
pub fn terminal_gone() -> bool {
    !io::stdin().is_terminal() || !io::stderr().is_terminal()
}

/// Draws a page from the top of the screen.
pub fn draw(out: &mut impl Write, page: &[String]) -> io::Result<()> {
    queue!(
        out,
        cursor::MoveTo(0, 0),
        terminal::Clear(terminal::ClearType::All)
    )?;
    for (row, line) in page.iter().enumerate() {
        queue!(out, cursor::MoveTo(0, row as u16))?;
        write!(out, "{line}")?;
    }
    out.flush()
}
