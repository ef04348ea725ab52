//! "Send it" snippets run in the real frameworks. For each framework, the test takes every
//! snippet from httpcode's own JSON (the very text users see), builds one small app with a
//! route per code, starts it on a loopback port, sends each route a request, and passes the
//! raw response to `httpcode check --fail-on warning`: the status must be the snippet's
//! code, the headers the snippet promises must be there, and check must find no error and
//! no warning.
//!
//! The apps' dependencies are pinned in `tests/frameworks/` (a lock file per app) and
//! installed under `target/frameworks/` on first use: npm for Express, pip for FastAPI,
//! Flask and Django (served by uvicorn), the Go toolchain, and cargo for Axum. Node.js,
//! Python and Go must be installed; `.ci/run` installs Go where it is missing, and under CI a
//! missing tool fails the test rather than skipping it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use std::time::{Duration, Instant};

use crate::common::{httpcode, json_of};

/// One snippet as httpcode's JSON gives it.
struct Snippet {
    code: u16,
    lines: String,
    headers: Vec<String>,
}

/// Every runnable snippet of `framework`, from `httpcode list --json`.
fn snippets(framework: &str) -> Vec<Snippet> {
    let list = json_of(&["list", "--official", "--json"], 0);
    let mut found = Vec::new();
    for status in list.as_array().expect("an array") {
        for send in status["send"].as_array().expect("a send array") {
            if send["framework"] != framework || send["runs"] != true {
                continue;
            }
            found.push(Snippet {
                code: status["code"].as_u64().expect("a code") as u16,
                lines: send["lines"].as_str().expect("lines").to_string(),
                headers: send["headers"]
                    .as_array()
                    .expect("headers")
                    .iter()
                    .map(|h| h.as_str().expect("a name").to_string())
                    .collect(),
            });
        }
    }
    assert!(found.len() >= 50, "{framework}: {} snippets", found.len());
    found
}

/// `text` with every line indented by `by`.
fn indented(text: &str, by: &str) -> String {
    text.lines()
        .map(|l| format!("{by}{l}\n"))
        .collect::<String>()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder the apps are built in, made once, outside the source tree's tests.
fn work(name: &str) -> PathBuf {
    let dir = root().join("target/frameworks").join(name);
    std::fs::create_dir_all(&dir).expect("makes the work folder");
    dir
}

/// Whether `tool` runs; under CI a missing tool fails the test.
fn have(tool: &str, arg: &str) -> bool {
    let found = Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is not installed: .ci/run installs what the framework tests need"
        );
        eprintln!("skipping: {tool} is not installed (.ci/run installs it)");
    }
    found
}

/// Runs a set-up command, failing with its output if it fails.
fn run(command: &mut Command) {
    let output = command.output().expect("starts");
    assert!(
        output.status.success(),
        "{command:?}\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A free loopback port.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A server process, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `command` and waits until it accepts connections on `port`.
fn serve(command: &mut Command, port: u16) -> Server {
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut server = Server(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.0.try_wait() {
            let mut err = String::new();
            if let Some(mut stderr) = server.0.stderr.take() {
                let _ = stderr.read_to_string(&mut err);
            }
            panic!("the server exited with {status}: {err}");
        }
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// The request each code's route is sent: what a client that meets the code would send.
fn request(code: u16) -> String {
    let (method, extra) = match code {
        201 | 202 | 303 => ("POST", "Content-Length: 0\r\n"),
        206 => ("GET", "Range: bytes=0-9\r\n"),
        416 => ("GET", "Range: bytes=200-300\r\n"),
        304 => ("GET", "If-None-Match: \"v1\"\r\n"),
        405 => ("DELETE", ""),
        417 => ("PUT", "Content-Length: 0\r\n"),
        _ => ("GET", ""),
    };
    format!("{method} /c{code} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n")
}

/// Sends the code's request and reads the whole response.
fn fetch(port: u16, code: u16) -> Vec<u8> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("a timeout");
    stream
        .write_all(request(code).as_bytes())
        .expect("sends the request");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    response
}

/// The status code of each status line, in order (interim responses first).
fn status_codes(response: &str) -> Vec<u16> {
    response
        .lines()
        .filter(|l| l.starts_with("HTTP/1."))
        .filter_map(|l| l.split_whitespace().nth(1)?.parse().ok())
        .collect()
}

/// The final response's header value of `name`.
fn final_header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let last = response.rfind("HTTP/1.").unwrap_or(0);
    let head = response[last..]
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default();
    head.lines().skip(1).find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field
            .trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim())
    })
}

/// Checks every snippet's route: its status, its headers, and `httpcode check`.
fn check_all(framework: &str, port: u16, snippets: &[Snippet]) {
    let mut failures = Vec::new();
    for snippet in snippets {
        let raw = fetch(port, snippet.code);
        let text = String::from_utf8_lossy(&raw).to_string();
        let codes = status_codes(&text);
        if codes.first() != Some(&snippet.code) {
            failures.push(format!("{}: status {codes:?}\n{text}", snippet.code));
            continue;
        }
        for header in &snippet.headers {
            let value = final_header(&text, header);
            let ok = match (header.as_str(), value) {
                (_, None) => false,
                // Frameworks write Allow in their own order.
                ("Allow", Some(v)) => {
                    let mut methods: Vec<&str> = v.split(',').map(str::trim).collect();
                    methods.sort_unstable();
                    methods == ["GET", "HEAD"]
                }
                _ => true,
            };
            let interim_only = snippet.code < 200;
            if !ok && !interim_only {
                failures.push(format!("{}: no {header}\n{text}", snippet.code));
            }
        }
        let output = httpcode()
            .args(["check", "--fail-on", "warning"])
            .write_stdin(raw.clone())
            .output()
            .expect("check runs");
        if !output.status.success() {
            failures.push(format!(
                "{}: check found a problem:\n{}\n{text}",
                snippet.code,
                String::from_utf8_lossy(&output.stdout)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{framework}: {} of {} snippets fail:\n\n{}",
        failures.len(),
        snippets.len(),
        failures.join("\n\n")
    );
}

/// The venv the Python frameworks run in, made and filled on first use.
fn python_env() -> Option<PathBuf> {
    if !have("python3", "--version") {
        return None;
    }
    let venv = work("venv");
    let python = venv.join("bin/python");
    let requirements = root().join("tests/frameworks/python/requirements.txt");
    let stamp = venv.join("installed.txt");
    let wanted = std::fs::read_to_string(&requirements).expect("reads the requirements");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
        if !python.exists() {
            run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
        }
        run(Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&requirements));
        std::fs::write(&stamp, wanted).expect("notes what is installed");
    }
    Some(python)
}

/// Copies the scaffold files of `name` into its work folder.
fn scaffold(name: &str, files: &[&str]) -> PathBuf {
    let dir = work(name);
    for file in files {
        let from = root().join("tests/frameworks").join(name).join(file);
        let to = dir.join(file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).expect("makes the folder");
        }
        std::fs::copy(&from, &to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    }
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("makes the folder");
    }
    std::fs::write(path, text).expect("writes the app");
}

#[test]
fn express_snippets_run_in_express() {
    if !have("node", "--version") || !have("npm", "--version") {
        return;
    }
    let dir = scaffold("express", &["package.json", "package-lock.json"]);
    if !dir.join("node_modules/express/package.json").exists() {
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir));
    }
    let snippets = snippets("express");
    let mut app = String::from("const express = require('express');\nconst app = express();\n\n");
    for s in &snippets {
        app.push_str(&format!(
            "app.all('/c{}', (req, res) => {{\n{}}});\n\n",
            s.code,
            indented(&s.lines, "  ")
        ));
    }
    app.push_str("app.listen(Number(process.argv[2]), '127.0.0.1');\n");
    write(&dir.join("app.js"), &app);
    let port = free_port();
    let _server = serve(
        Command::new("node")
            .arg("app.js")
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("express", port, &snippets);
}

/// The Python imports every snippet of a framework may use.
const FASTAPI_HEAD: &str = "\
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse, RedirectResponse, Response

app = FastAPI()
";

const METHODS: &str = r#"["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]"#;

#[test]
fn fastapi_snippets_run_in_fastapi() {
    let Some(python) = python_env() else {
        return;
    };
    let snippets = snippets("fastapi");
    let mut app = String::from(FASTAPI_HEAD);
    for s in &snippets {
        app.push_str(&format!(
            "\n\n@app.api_route(\"/c{code}\", methods={METHODS})\nasync def c{code}(request: Request):\n{}",
            indented(&s.lines, "    "),
            code = s.code
        ));
    }
    let dir = work("fastapi");
    write(&dir.join("app.py"), &app);
    let port = free_port();
    let _server = serve(
        Command::new(&python)
            .args(["-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port"])
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("fastapi", port, &snippets);
}

const FLASK_HEAD: &str = "\
import sys

from flask import Flask, redirect

app = Flask(__name__)
";

#[test]
fn flask_snippets_run_in_flask() {
    let Some(python) = python_env() else {
        return;
    };
    let snippets = snippets("flask");
    let mut app = String::from(FLASK_HEAD);
    for s in &snippets {
        app.push_str(&format!(
            "\n\n@app.route(\"/c{code}\", methods={METHODS})\ndef c{code}():\n{}",
            indented(&s.lines, "    "),
            code = s.code
        ));
    }
    app.push_str("\n\nif __name__ == \"__main__\":\n    app.run(host=\"127.0.0.1\", port=int(sys.argv[1]))\n");
    let dir = work("flask");
    write(&dir.join("app.py"), &app);
    let port = free_port();
    let _server = serve(
        Command::new(&python)
            .arg("app.py")
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("flask", port, &snippets);
}

const DJANGO_HEAD: &str = "\
import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=[\"127.0.0.1\"],
    SECRET_KEY=\"only-for-this-test\",
    MIDDLEWARE=[],
)
django.setup()

from django.core.asgi import get_asgi_application
from django.http import (
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseNotModified,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
)
from django.urls import path
";

#[test]
fn django_snippets_run_in_django() {
    let Some(python) = python_env() else {
        return;
    };
    let snippets = snippets("django");
    let mut app = String::from(DJANGO_HEAD);
    let mut routes = Vec::new();
    for s in &snippets {
        app.push_str(&format!(
            "\n\ndef c{code}(request):\n{}",
            indented(&s.lines, "    "),
            code = s.code
        ));
        routes.push(format!("    path(\"c{code}\", c{code}),\n", code = s.code));
    }
    app.push_str(&format!(
        "\n\nurlpatterns = [\n{}]\n\napplication = get_asgi_application()\n",
        routes.concat()
    ));
    let dir = work("django");
    write(&dir.join("app.py"), &app);
    let port = free_port();
    let _server = serve(
        Command::new(&python)
            .args([
                "-m",
                "uvicorn",
                "app:application",
                "--host",
                "127.0.0.1",
                "--port",
            ])
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("django", port, &snippets);
}

#[test]
fn go_snippets_run_in_go() {
    if !have("go", "version") {
        return;
    }
    let dir = scaffold("go", &["go.mod"]);
    let snippets = snippets("go");
    let mut app = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nvar _ = fmt.Sprint\n\nfunc main() {\n",
    );
    for s in &snippets {
        app.push_str(&format!(
            "\thttp.HandleFunc(\"/c{}\", func(w http.ResponseWriter, r *http.Request) {{\n{}\t}})\n",
            s.code,
            indented(&s.lines, "\t\t")
        ));
    }
    app.push_str("\tpanic(http.ListenAndServe(\"127.0.0.1:\"+os.Args[1], nil))\n}\n");
    write(&dir.join("main.go"), &app);
    let cache = work("gocache");
    run(Command::new("go")
        .args(["build", "-o", "sendit", "."])
        .env("GOCACHE", &cache)
        .env("GOFLAGS", "-mod=mod")
        .current_dir(&dir));
    let port = free_port();
    let _server = serve(
        Command::new(dir.join("sendit"))
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("go", port, &snippets);
}

#[test]
fn axum_snippets_run_in_axum() {
    let dir = scaffold("axum", &["Cargo.toml", "Cargo.lock"]);
    let snippets = snippets("axum");
    let mut app = String::from(
        "#![allow(unused_imports)]\n\
         use axum::http::{header, StatusCode};\n\
         use axum::response::{IntoResponse, Redirect};\n\
         use axum::routing::any;\n\
         use axum::Router;\n\n\
         #[tokio::main]\n\
         async fn main() {\n\
         \x20   let port = std::env::args().nth(1).expect(\"a port\");\n\
         \x20   let app = Router::new()\n",
    );
    for s in &snippets {
        app.push_str(&format!(
            "        .route(\"/c{}\", any(|| async {{\n{}        }}))\n",
            s.code,
            indented(&s.lines, "            ")
        ));
    }
    app.push_str(
        "        ;\n    let listener = tokio::net::TcpListener::bind(format!(\"127.0.0.1:{port}\"))\n\
         \x20       .await\n        .expect(\"binds\");\n    axum::serve(listener, app).await.expect(\"serves\");\n}\n",
    );
    write(&dir.join("src/main.rs"), &app);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(Command::new(&cargo)
        .args(["build", "--locked", "--quiet", "--target-dir"])
        .arg(dir.join("target"))
        .current_dir(&dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS"));
    let port = free_port();
    let _server = serve(
        Command::new(dir.join("target/debug/sendit-axum"))
            .arg(port.to_string())
            .current_dir(&dir),
        port,
    );
    check_all("axum", port, &snippets);
}
