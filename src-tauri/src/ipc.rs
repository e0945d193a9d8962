//! The list of commands the UI may call, written once (in the crate root, with
//! [`commands!`]) and made into everything that must agree on it: the Tauri
//! commands registered in one `generate_handler!`, the UI's TypeScript functions
//! that invoke them (`ui/src/bindings/commands.ts`, with the argument names and
//! types the shell takes, so `tsc` checks every call), and [`dispatch`], which runs a
//! command from its name and JSON arguments as Tauri would — what the desk bridge
//! the UI's tests talk to calls.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::CommandError;

/// One command as the UI sees it.
#[derive(Debug, Clone)]
pub struct Signature {
    /// Its name (`set_client_field`).
    pub name: &'static str,
    /// What it does, from its doc comment.
    pub doc: String,
    /// Its arguments: name (as in Rust) and TypeScript type.
    pub arguments: Vec<(&'static str, String)>,
    /// The TypeScript type of its answer.
    pub answer: String,
}

/// `client_id` as the UI writes it: `clientId` (Tauri's renaming of command arguments).
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The argument `name` of a command's JSON arguments, read as Tauri reads it.
pub fn argument<T: DeserializeOwned>(arguments: &Value, name: &str) -> Result<T, CommandError> {
    let value = arguments.get(camel(name)).cloned().unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|error| CommandError::bad_argument(name, error.to_string()))
}

/// A command's answer as JSON.
pub fn answer<T: Serialize>(answer: Result<T, CommandError>) -> Result<Value, CommandError> {
    let answer = answer?;
    serde_json::to_value(answer).map_err(|error| CommandError::bad_argument("answer", error.to_string()))
}

/// The refusal of a command name the shell does not have.
pub fn unknown_command(name: &str) -> CommandError {
    CommandError::bad_argument("command", format!("there is no command {name}"))
}

/// `ui/src/bindings/commands.ts`: one function per command, importing the generated
/// types it names from `known` (the files of `ui/src/bindings/`, without `.ts`).
pub fn commands_ts(signatures: &[Signature], known: &[String]) -> String {
    let mut used: Vec<&String> = known
        .iter()
        .filter(|name| {
            signatures.iter().any(|s| {
                std::iter::once(&s.answer).chain(s.arguments.iter().map(|(_, t)| t)).any(|t| names_type(t, name))
            })
        })
        .collect();
    used.sort();
    let mut ts = String::from(
        "// Generated from the shell's list of commands (src-tauri/src/lib.rs) by\n\
         // `UPDATE_BINDINGS=1 cargo test -p fieldbook-desktop --test desktop bindings`; do not edit.\n\
         import { invoke } from '@tauri-apps/api/core';\n",
    );
    for name in used {
        ts.push_str(&format!("import type {{ {name} }} from './{name}';\n"));
    }
    ts.push_str(
        "\n/** How a command reaches the shell: Tauri's `invoke`, or in tests anything that answers alike. */\n\
         export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\
         \n/** The shell's commands, each with the arguments the shell takes, sent through `invoke`. */\n\
         export function commandsVia(invoke: Invoke) {\n  return {\n",
    );
    for signature in signatures {
        let params: Vec<String> =
            signature.arguments.iter().map(|(name, ts)| format!("{}: {ts}", camel(name))).collect();
        let keys: Vec<String> = signature.arguments.iter().map(|(name, _)| camel(name)).collect();
        let args = if keys.is_empty() { String::new() } else { format!(", {{ {} }}", keys.join(", ")) };
        ts.push_str(&format!(
            "    /** {} */\n    {}: ({}) => invoke<{}>('{}'{args}),\n",
            signature.doc.trim(),
            camel(signature.name),
            params.join(", "),
            signature.answer,
            signature.name,
        ));
    }
    ts.push_str(
        "  };\n}\n\n/** The shell's commands, through Tauri's `invoke`. */\n\
         export const commands = commandsVia(invoke);\n",
    );
    ts
}

/// Whether the TypeScript type `ts` names the type `name` (as a whole word).
fn names_type(ts: &str, name: &str) -> bool {
    ts.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').any(|word| word == name)
}

/// Declares the commands: for each, its doc, name, arguments and answer, the
/// synchronous ones first, then after `async:` those that await the network.
/// Expands to the Tauri commands, `handler()`, `signatures()` and `dispatch()`.
macro_rules! commands {
    (
        $( $(#[doc = $doc:literal])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty; )*
        async:
        $( $(#[doc = $adoc:literal])* fn $aname:ident($($aarg:ident: $aty:ty),*) -> $aret:ty; )*
    ) => {
        /// The Tauri commands: each passes the app's state to the function of the same name in `commands`.
        mod tauri_commands {
            use super::*;
            $(
                #[tauri::command]
                pub(super) async fn $name(desk: Desktop<'_> $(, $arg: $ty)*) -> Answer<$ret> {
                    commands::$name(&desk $(, &$arg)*)
                }
            )*
            $(
                #[tauri::command]
                pub(super) async fn $aname(desk: Desktop<'_> $(, $aarg: $aty)*) -> Answer<$aret> {
                    commands::$aname(&desk $(, &$aarg)*).await
                }
            )*
        }

        /// The handler of every command, for the app's builder.
        fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(tauri_commands::$name,)* $(tauri_commands::$aname),*]
        }

        /// Every command as the UI sees it, in the order declared.
        pub fn signatures() -> Vec<ipc::Signature> {
            let cfg = ts_rs::Config::default();
            vec![
                $(ipc::Signature {
                    name: stringify!($name),
                    doc: [$($doc),*].concat(),
                    arguments: vec![$((stringify!($arg), <$ty as ts_rs::TS>::name(&cfg))),*],
                    answer: <$ret as ts_rs::TS>::name(&cfg),
                },)*
                $(ipc::Signature {
                    name: stringify!($aname),
                    doc: [$($adoc),*].concat(),
                    arguments: vec![$((stringify!($aarg), <$aty as ts_rs::TS>::name(&cfg))),*],
                    answer: <$aret as ts_rs::TS>::name(&cfg),
                },)*
            ]
        }

        /// Runs the command `name` on `desk` with its JSON `arguments`, as Tauri would.
        pub async fn dispatch(
            desk: &Desk,
            name: &str,
            arguments: &serde_json::Value,
        ) -> Result<serde_json::Value, CommandError> {
            match name {
                $(stringify!($name) => {
                    ipc::answer(commands::$name(desk $(, &ipc::argument::<$ty>(arguments, stringify!($arg))?)*))
                })*
                $(stringify!($aname) => {
                    ipc::answer(commands::$aname(desk $(, &ipc::argument::<$aty>(arguments, stringify!($aarg))?)*).await)
                })*
                _ => Err(ipc::unknown_command(name)),
            }
        }
    };
}
pub(crate) use commands;
