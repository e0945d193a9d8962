//! `fieldbook import` and `fieldbook export`: files in and out of the portfolio — CSV files,
//! Excel workbooks and vCards in, a backup restored, and every export format out.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use fieldbook_core::{ActorId, Client, ClientId, ContactId, FieldError, FieldName, Portfolio, RecordId};
use fieldbook_formats::{
    ClientImport, Spreadsheet, decode_csv, export_csv, export_ics, export_json, export_vcf, export_xlsx,
    import_clients, import_contacts, parse_clients, parse_contacts, parse_vcards, read_backup, read_sheet,
    restore as restore_backup,
};
use fieldbook_replica::Replica;

use crate::cli::{ExportArgs, ExportKind, ImportArgs, ImportKind};
use crate::exit::BadInput;

/// Imports a CSV file or a workbook's sheet, or contacts from a vCard file, all or
/// nothing: one bad row (or card) and nothing is imported; or restores a backup into
/// an empty `data_dir`.
pub fn import(data_dir: &Path, args: ImportArgs) -> anyhow::Result<()> {
    match args.kind {
        ImportKind::Json => restore(data_dir, args),
        ImportKind::Clients | ImportKind::Contacts => import_into(&mut super::open(data_dir)?, args),
    }
}

const CLIENT_WITHOUT_VCARD: &str = "--client goes with a vCard file (.vcf)";
const SHEET_WITHOUT_WORKBOOK: &str = "--sheet goes with an Excel workbook (.xlsx)";

fn import_into(replica: &mut Replica, args: ImportArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file).map_err(|e| BadInput(format!("cannot read {}: {e}", args.file.display())))?;
    let source = file_name(&args.file);
    if is_workbook(&args.file, &bytes) {
        refuse(args.client.is_some(), CLIENT_WITHOUT_VCARD)?;
        let sheet = read_sheet(&bytes, args.sheet.as_deref())?;
        return import_spreadsheet(replica, &args, Spreadsheet::Sheet(&sheet), &format!("sheet {}", sheet.name()));
    }
    refuse(args.sheet.is_some(), SHEET_WITHOUT_WORKBOOK)?;
    let (text, encoding) = decode_csv(&bytes)?;
    if !is_vcard(&args.file, &text) {
        refuse(args.client.is_some(), CLIENT_WITHOUT_VCARD)?;
        return import_spreadsheet(replica, &args, Spreadsheet::Csv(&text), &encoding.to_string());
    }
    if !matches!(args.kind, ImportKind::Contacts) {
        return Err(
            BadInput(format!("{source} is a vCard file: it holds contacts; use `fieldbook import contacts`")).into()
        );
    }
    let client = args.client.as_deref().map(|id| replica.portfolio().find::<Client>(id)).transpose()?;
    let mut rng = rand::rng();
    let contacts = parse_vcards(&text, replica.portfolio(), client.as_ref(), &mut || ContactId::generate(&mut rng))?;
    let count = write(replica, &args, |p| import_contacts(p, &contacts, &source), contacts.len())?;
    say_imported(&args, &encoding.to_string(), count, "contacts");
    Ok(())
}

/// Imports the clients or contacts of a CSV file or a workbook's sheet; `read_as` says how
/// the file was read (its encoding, its sheet).
fn import_spreadsheet(
    replica: &mut Replica,
    args: &ImportArgs,
    spreadsheet: Spreadsheet<'_>,
    read_as: &str,
) -> anyhow::Result<()> {
    let source = file_name(&args.file);
    let mut rng = rand::rng();
    let (count, noun) = match args.kind {
        ImportKind::Json => {
            return Err(BadInput("a backup is restored into an empty data directory".into()).into());
        }
        ImportKind::Clients => {
            let plan = parse_clients(spreadsheet, replica.portfolio(), &mut || ClientId::generate(&mut rng))?;
            let written = plan.added.len() + plan.changed.len();
            let count = write(replica, args, |p| import_clients(p, &plan, &source), written)?;
            say_imported(args, read_as, count, "clients");
            say_matched(&plan);
            return Ok(());
        }
        ImportKind::Contacts => {
            let contacts = parse_contacts(spreadsheet, replica.portfolio(), &mut || ContactId::generate(&mut rng))?;
            (write(replica, args, |p| import_contacts(p, &contacts, &source), contacts.len())?, "contacts")
        }
    };
    say_imported(args, read_as, count, noun);
    Ok(())
}

/// Says how many records were imported from the file, or on a dry run would be.
fn say_imported(args: &ImportArgs, read_as: &str, count: usize, noun: &str) {
    let source = file_name(&args.file);
    if args.dry_run {
        println!("{source} ({read_as}): {count} {noun} would be imported; nothing was changed (dry run)");
    } else {
        println!("Imported {count} {noun} from {source} ({read_as})");
    }
}

/// What an import of a client list did to the clients it matched: each change field by
/// field, and each field kept as the manager changed it. Nothing for a list of new clients.
fn say_matched(plan: &ClientImport) {
    if plan.changed.is_empty() && plan.unchanged.is_empty() {
        return;
    }
    let (added, changed, unchanged) = (plan.added.len(), plan.changed.len(), plan.unchanged.len());
    println!("{added} added, {changed} changed, {unchanged} as they were, {} fields kept", plan.kept.len());
    for change in &plan.changed {
        let fields: Vec<String> =
            change.fields.iter().map(|f| format!("{}: '{}' → '{}'", f.field.name(), f.from, f.to)).collect();
        println!("  changed {} (line {}): {}", change.client.name, change.line, fields.join("; "));
    }
    for kept in &plan.kept {
        println!(
            "  kept {} (line {}): {} stays '{}', changed here since the last import (the file says '{}')",
            kept.client,
            kept.line,
            kept.field.name(),
            kept.here,
            kept.file
        );
    }
}

/// Fails as bad input saying `why` when `wrong`.
fn refuse(wrong: bool, why: &str) -> anyhow::Result<()> {
    if wrong { Err(BadInput(why.to_owned()).into()) } else { Ok(()) }
}

/// The file's name as the import's messages and commits name it (`clients.xlsx`).
fn file_name(file: &Path) -> String {
    file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into())
}

/// Writes the parsed records through `import` (how many it added), or on a dry run only
/// says how many there are.
fn write(
    replica: &mut Replica,
    args: &ImportArgs,
    import: impl FnOnce(&mut Portfolio) -> Result<usize, fieldbook_core::PortfolioError>,
    parsed: usize,
) -> anyhow::Result<usize> {
    if args.dry_run { Ok(parsed) } else { Ok(replica.apply(import)?) }
}

/// Restores a backup made by `export json` into `data_dir`, which must hold no portfolio:
/// the whole file is read and tried first, so a bad backup leaves the directory as it was.
pub fn restore(data_dir: &Path, args: ImportArgs) -> anyhow::Result<()> {
    refuse(args.client.is_some(), CLIENT_WITHOUT_VCARD)?;
    refuse(args.sheet.is_some(), SHEET_WITHOUT_WORKBOOK)?;
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| BadInput(format!("cannot read {}: {e}", args.file.display())))?;
    let source = file_name(&args.file);
    let backup = read_backup(&text)?;
    let mut trial = Portfolio::create(backup.settings(), ActorId::random())?;
    let count = restore_backup(&mut trial, &backup, &source)?;
    if args.dry_run {
        println!("{source}: {count} records would be restored; nothing was changed (dry run)");
        return Ok(());
    }
    let mut replica = Replica::create(data_dir, backup.settings())?;
    replica.apply(|portfolio| restore_backup(portfolio, &backup, &source))?;
    println!("Restored {count} records from {source} in {}", data_dir.display());
    Ok(())
}

/// Whether `file` is an Excel workbook: by its name (`.xlsx`, `.xlsm`), or by its bytes
/// starting as a zip archive does, as every workbook does.
fn is_workbook(file: &Path, bytes: &[u8]) -> bool {
    let named =
        file.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx") || ext.eq_ignore_ascii_case("xlsm"));
    named || bytes.starts_with(b"PK\x03\x04")
}

/// Whether `file` is a vCard file: by its name (`.vcf`, `.vcard`), or by its first line.
fn is_vcard(file: &Path, text: &str) -> bool {
    let named =
        file.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("vcf") || ext.eq_ignore_ascii_case("vcard"));
    let first = text.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
    named || first.trim().eq_ignore_ascii_case("BEGIN:VCARD")
}

/// Exports the portfolio as JSON (to a file or standard output) or as CSV files in a directory.
pub fn export(replica: &Replica, args: ExportArgs) -> anyhow::Result<()> {
    if args.from.is_some() && !matches!(args.kind, ExportKind::Ics) {
        return Err(BadInput("--from and --days go with export ics".into()).into());
    }
    if args.client.is_some() && !matches!(args.kind, ExportKind::Vcf) {
        return Err(BadInput("--client goes with export vcf".into()).into());
    }
    match (args.kind, args.output) {
        (ExportKind::Json, None) => {
            std::io::stdout().write_all(export_json(replica.portfolio())?.as_bytes())?;
        }
        (ExportKind::Json, Some(file)) => write_whole(&file, export_json(replica.portfolio())?.as_bytes())?,
        (ExportKind::Csv, None) => {
            return Err(BadInput("export csv writes several files: give --output DIR".into()).into());
        }
        (ExportKind::Xlsx, None) => {
            return Err(BadInput("export xlsx writes a workbook: give --output FILE.xlsx".into()).into());
        }
        (ExportKind::Xlsx, Some(file)) => {
            let language = replica.portfolio().settings()?.language;
            write_whole(&file, &export_xlsx(replica.portfolio(), super::now(), language)?)?;
            println!("Wrote the portfolio as a workbook to {}", file.display());
        }
        (ExportKind::Ics, output) => {
            let zone = replica.portfolio().settings()?.time_zone;
            let now = super::now();
            let from = match &args.from {
                Some(from) => from.parse().map_err(|problem| FieldError::refused("from", problem))?,
                None => now.day_in(zone),
            };
            let text = export_ics(replica.portfolio(), from, args.days, zone, now)?;
            match output {
                Some(file) => write_whole(&file, text.as_bytes())?,
                None => std::io::stdout().write_all(text.as_bytes())?,
            }
        }
        (ExportKind::Vcf, output) => {
            let client = args.client.as_deref().map(|id| replica.portfolio().find::<Client>(id)).transpose()?;
            let text = export_vcf(replica.portfolio(), client.as_ref())?;
            match output {
                Some(file) => write_whole(&file, text.as_bytes())?,
                None => std::io::stdout().write_all(text.as_bytes())?,
            }
        }
        (ExportKind::Csv, Some(dir)) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in export_csv(replica.portfolio(), super::now())? {
                write_whole(&dir.join(name), text.as_bytes())?;
            }
            println!("Wrote the portfolio as CSV files in {}", dir.display());
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a reader never
/// sees half a file and an old file is only replaced by a complete new one.
pub(super) fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut file =
        tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
