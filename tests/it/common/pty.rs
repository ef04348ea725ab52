//! A program on a pseudo-terminal, its output read back through a terminal emulator (vt100),
//! as a user would see it: the one pty harness every terminal test uses.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A program running on a pseudo-terminal, and the screen its output draws.
pub struct Terminal {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    pub output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    pub child: Box<dyn Child + Send + Sync>,
    /// Every byte the program wrote, as written.
    pub raw: Vec<u8>,
}

pub fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Terminal {
    pub fn start(args: &[&str], rows: u16, cols: u16) -> Terminal {
        Terminal::start_command(env!("CARGO_BIN_EXE_httpcode"), args, rows, cols)
    }

    pub fn start_command(program: &str, args: &[&str], rows: u16, cols: u16) -> Terminal {
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("NO_COLOR", "1");
        Terminal::spawn(command, rows, cols)
    }

    /// Runs `command` on a new pseudo-terminal of `rows` × `cols`, with no COLUMNS or LINES
    /// to override what the terminal says.
    pub fn spawn(mut command: CommandBuilder, rows: u16, cols: u16) -> Terminal {
        let pty = native_pty_system()
            .openpty(size(rows, cols))
            .expect("opens a pty");
        command.env_remove("COLUMNS");
        command.env_remove("LINES");
        let child = pty.slave.spawn_command(command).expect("spawns");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reads");
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pty.master.take_writer().expect("writes");
        Terminal {
            master: pty.master,
            writer,
            output,
            parser: vt100::Parser::new(rows, cols, 0),
            child,
            raw: Vec::new(),
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    pub fn rows(&self) -> Vec<String> {
        let screen = self.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols).collect()
    }

    /// Reads output until the screen shows `text`, and returns the screen.
    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                // Let a redraw in progress finish before the screen is judged.
                self.settle();
                return self.screen();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "{text:?} never showed; the screen:\n{screen}"
            );
            if let Ok(bytes) = self
                .output
                .recv_timeout(left.min(Duration::from_millis(50)))
            {
                self.take(&bytes);
            }
        }
    }

    /// Takes in whatever output comes within a short quiet spell.
    pub fn settle(&mut self) {
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(150)) {
            self.take(&bytes);
        }
    }

    /// Feeds output to the emulator, keeping the raw bytes too.
    pub fn take(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
        self.parser.process(bytes);
    }

    /// Sends the program a signal, as `kill -TERM` names it.
    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let sent = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("runs kill");
        assert!(sent.success(), "kill {signal}");
    }

    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("types");
        self.writer.flush().expect("flushes");
    }

    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.master.resize(size(rows, cols)).expect("resizes");
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Waits for the program to end; returns its exit code and the final screen.
    pub fn finish(self) -> (u32, String) {
        let (code, screen, _) = self.finish_with_output();
        (code, screen)
    }

    /// Waits for the program to end; returns its exit code, the final screen and every byte
    /// it wrote.
    pub fn finish_with_output(mut self) -> (u32, String, Vec<u8>) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("waits") {
                break status;
            }
            assert!(Instant::now() < deadline, "did not exit");
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.take(&bytes);
            }
        };
        self.settle();
        assert!(
            !self.parser.screen().alternate_screen(),
            "the alternate screen is still on"
        );
        let screen = self.screen();
        (status.exit_code(), screen, std::mem::take(&mut self.raw))
    }
}
