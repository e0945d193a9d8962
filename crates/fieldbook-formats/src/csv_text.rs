//! A CSV text as the manager sees it in an editor: the line a byte is on,
//! whatever the line ends (`\r\n` from Excel on Windows, `\n`, or a lone `\r`),
//! and a quote that opens a cell and is never closed, which the CSV reader
//! would silently take as a cell running to the end of the file.

/// Where the lines of a text start, to name the line of a byte.
pub(crate) struct Lines<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// The lines of `text`.
    pub(crate) fn of(text: &'a str) -> Lines<'a> {
        let text = text.as_bytes();
        let ends = text.iter().enumerate().filter(|(at, byte)| ends_a_line(text, *at, **byte));
        let starts = std::iter::once(0).chain(ends.map(|(at, _)| at + 1)).collect();
        Lines { text, starts }
    }

    /// The line, from 1, that the byte at `offset` is on.
    pub(crate) fn line_at(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset)
    }

    /// The line of a record the CSV reader started reading at `offset`: the line of
    /// its first byte, past the line ends and blank lines the reader skips first.
    pub(crate) fn line_of_record(&self, offset: usize) -> usize {
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
pub(crate) fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
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
