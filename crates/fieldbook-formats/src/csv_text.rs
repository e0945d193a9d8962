//! A CSV text as the import's rows (see [`crate::import`]), each with the line the
//! manager sees it start on in an editor: the line a byte is on, whatever the line
//! ends (`\r\n` from Excel on Windows, `\n`, or a lone `\r`); the separator
//! (`,`, `;` or tab); and a quote that opens a cell and is never closed, which the
//! CSV reader would silently take as a cell running to the end of the file.

use csv::StringRecord;

use crate::import::{ImportError, SourceCell, SourceRow};

/// The records of CSV `text` as rows, each with the line it starts on; a text with
/// a quote never closed, or one the CSV reader cannot read, is refused saying where.
pub(crate) fn csv_rows(text: &str) -> Result<Vec<SourceRow>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = Lines::of(text);
    let delimiter = sniff_delimiter(text);
    if let Some(quote) = unclosed_quote(text, delimiter) {
        return Err(ImportError::UnclosedQuote { line: lines.line_at(quote) });
    }
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| csv_error(e, &lines))?;
            let cells = record.iter().map(|cell| SourceCell::Text(cell.to_owned())).collect();
            Ok(SourceRow { line: line_of(&record, &lines), cells })
        })
        .collect()
}

/// The separator of the file: the one of `,`, `;` (Excel where the decimal mark is a
/// comma, as in Poland) and tab that occurs most often on the header line.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let candidates = [b',', b';', b'\t'];
    let occurrences = |d: u8| header.bytes().filter(|b| *b == d).count();
    candidates.into_iter().max_by_key(|d| (occurrences(*d), *d == b',')).unwrap_or(b',')
}

fn csv_error(error: csv::Error, lines: &Lines<'_>) -> ImportError {
    let line = error.position().map_or(0, |p| lines.line_of_record(byte_offset(p)));
    ImportError::Csv { line, reason: error.to_string() }
}

/// The line a record starts on as the file shows it. The reader's own line count
/// is behind after a `\r\n` or a blank line, which it skips only once it has taken
/// the position of the record that follows; its byte offset is exact.
fn line_of(record: &StringRecord, lines: &Lines<'_>) -> usize {
    record.position().map_or(0, |p| lines.line_of_record(byte_offset(p)))
}

fn byte_offset(position: &csv::Position) -> usize {
    usize::try_from(position.byte()).unwrap_or(usize::MAX)
}

/// Where the lines of a text start, to name the line of a byte.
struct Lines<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// The lines of `text`.
    fn of(text: &'a str) -> Lines<'a> {
        let text = text.as_bytes();
        let ends = text.iter().enumerate().filter(|(at, byte)| ends_a_line(text, *at, **byte));
        let starts = std::iter::once(0).chain(ends.map(|(at, _)| at + 1)).collect();
        Lines { text, starts }
    }

    /// The line, from 1, that the byte at `offset` is on.
    fn line_at(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset)
    }

    /// The line of a record the CSV reader started reading at `offset`: the line of
    /// its first byte, past the line ends and blank lines the reader skips first.
    fn line_of_record(&self, offset: usize) -> usize {
        let rest = self.text.get(offset..).unwrap_or_default();
        let skipped = rest.iter().take_while(|byte| matches!(byte, b'\r' | b'\n')).count();
        self.line_at(offset + skipped)
    }
}

/// Whether the byte at `at` ends a line: a `\n`, or a `\r` not followed by one.
fn ends_a_line(text: &[u8], at: usize, byte: u8) -> bool {
    byte == b'\n' || (byte == b'\r' && text.get(at + 1) != Some(&b'\n'))
}

/// The offset of a quote that opens a cell and is never closed, read as the CSV
/// reader reads: a quote opens a quoted cell only at the start of a cell, and
/// inside one a doubled quote is a quote of the text.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let mut open = None;
    let mut at_cell_start = true;
    let mut bytes = text.bytes().enumerate().peekable();
    while let Some((at, byte)) = bytes.next() {
        match (open, byte) {
            (Some(_), b'"') if bytes.next_if(|(_, next)| *next == b'"').is_none() => {
                open = None;
                at_cell_start = false;
            }
            (Some(_), _) => {}
            (None, b'"') if at_cell_start => open = Some(at),
            (None, _) => at_cell_start = byte == delimiter || matches!(byte, b'\r' | b'\n'),
        }
    }
    open
}
