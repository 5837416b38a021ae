//! A person specification pasted as a table: cells between tabs, rows on lines, as NHS Jobs'
//! and word processors' specifications often are ("Essential | Desirable" columns, a first
//! column naming the part, or a tick in the column of the row's kind).

use super::headings::{folded, heading, Heading};
use super::{goes_on, Kind, Splitter};

/// A table whose heading row gave its columns, and where its row being read has got to.
pub(super) struct Table {
    columns: Vec<Column>,
    /// How many cells the row being read has had: fewer than the columns where a cell with line
    /// breaks ran it onto the next line.
    cells: usize,
    /// The kind a row is marked with by a tick in a kind's column, where it is.
    marked: Option<Kind>,
}

/// What a table's column holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    /// Lines of this kind, or the ticks that mark them so.
    Kind(Kind),
    /// The part of the specification ("Qualifications"), or where ticks mark a row's kind, the
    /// row's line.
    Label,
}

impl Table {
    /// The table a heading row starts: its cells with words are headings, two of them giving a
    /// kind ("Essential | Desirable"), or one giving a kind and the others naming parts
    /// ("Criteria | Essential"); a row of a line and its kind ("Lived experience | Essential")
    /// is not one.
    fn of(cells: &[Vec<String>]) -> Option<Table> {
        let mut kinds = 0;
        let mut columns = Vec::with_capacity(cells.len());
        for cell in cells {
            let column = match cell.as_slice() {
                [] => Column::Label,
                [words] => match heading(words) {
                    Some(Heading::Kind(kind)) => {
                        kinds += 1;
                        Column::Kind(kind)
                    }
                    Some(Heading::Section | Heading::Part) => Column::Label,
                    // A label of a few words over a first column ("Attribute", "Area").
                    None if kinds == 0 && words.split_whitespace().count() <= 3 => Column::Label,
                    None => return None,
                },
                _ => return None,
            };
            columns.push(column);
        }
        let known_labels = cells
            .iter()
            .filter(|cell| !cell.is_empty())
            .all(|cell| heading(&cell[0]).is_some());
        (kinds >= 2 || (kinds == 1 && known_labels)).then_some(Table {
            columns,
            cells: 0,
            marked: None,
        })
    }

    /// The column a cell `offset` along a row starts at, where it continues the row before it.
    fn column(&self, offset: usize, continuing: bool) -> Option<Column> {
        let first = if continuing { self.cells - 1 } else { 0 };
        self.columns.get(first + offset).copied()
    }
}

impl Splitter {
    /// A row of cells: a table's heading row, a row of the table being read, or a row with no
    /// heading row above it.
    pub(super) fn row(&mut self, cells: &[Vec<String>]) {
        if let Some(table) = Table::of(cells) {
            self.table = Some(table);
            self.open = false;
            return;
        }
        match self.table.take() {
            Some(mut table) => {
                self.table_row(&mut table, cells);
                self.table = Some(table);
            }
            None => self.loose_row(cells),
        }
    }

    /// A row of a table with a heading row. Its first cell continues the last cell of the row
    /// before, where that row had fewer cells than the table has columns.
    fn table_row(&mut self, table: &mut Table, cells: &[Vec<String>]) {
        let width = table.columns.len();
        let continuing = table.cells > 0 && table.cells < width;
        if !continuing {
            table.cells = 0;
            table.marked = table_mark(&table.columns, cells);
        }
        for (offset, cell) in cells.iter().enumerate() {
            let kind = match (table.column(offset, continuing), table.marked) {
                (Some(Column::Kind(_)), Some(_)) => continue,
                (Some(Column::Kind(kind)), None) => Some(kind),
                (Some(Column::Label), Some(marked)) => Some(marked),
                (Some(Column::Label), None) => {
                    let goes_on_from_last_row = continuing && offset == 0;
                    if !goes_on_from_last_row && !cell.is_empty() {
                        self.section = Some(cell.join(" "));
                    }
                    continue;
                }
                (None, _) => None,
            };
            for (i, paragraph) in cell.iter().enumerate() {
                let goes_on_here = continuing && offset == 0 && i == 0;
                if goes_on_here && self.open && goes_on(paragraph) {
                    self.append(paragraph, None);
                } else {
                    self.push(paragraph, kind);
                }
            }
        }
        table.cells = match continuing {
            true => table.cells + cells.len().saturating_sub(1),
            false => cells.len(),
        };
    }

    /// A line without tabs inside a table: more of the cell the last row ended in, in its kind.
    pub(super) fn table_text(&mut self, text: &str, kind: Option<Kind>) {
        let Some(table) = &self.table else {
            return;
        };
        let last = table.cells.clamp(1, table.columns.len()) - 1;
        let column_kind = match (table.columns[last], table.marked) {
            (Column::Kind(kind), None) => Some(kind),
            (_, marked) => marked,
        };
        if self.open && goes_on(text) {
            self.append(text, kind);
        } else {
            self.push(text, kind.or(column_kind));
        }
    }

    /// A row with no heading row above it: where its last cell is a kind ("E", "Desirable"), the
    /// other cells are lines of that kind; otherwise every cell is a line.
    fn loose_row(&mut self, cells: &[Vec<String>]) {
        let filled: Vec<&Vec<String>> = cells.iter().filter(|c| !c.is_empty()).collect();
        let marked = match filled.as_slice() {
            [.., last] if filled.len() >= 2 && last.len() == 1 => kind_word(&last[0]),
            _ => None,
        };
        let lines = match marked {
            Some(_) => &filled[..filled.len() - 1],
            None => &filled[..],
        };
        for paragraph in lines.iter().flat_map(|cell| cell.iter()) {
            self.push(paragraph, marked.or(self.kind));
        }
        self.open = false;
    }
}

/// The kind a row of a table is marked with: where every cell with words in a kind's column
/// is a tick (or a cross, or "yes"), the first such column's kind.
fn table_mark(columns: &[Column], cells: &[Vec<String>]) -> Option<Kind> {
    let mut marked = None;
    for (column, cell) in columns.iter().zip(cells) {
        let Column::Kind(kind) = column else {
            continue;
        };
        match cell.as_slice() {
            [] => {}
            [mark] if is_tick(mark) => {
                marked = marked.or(Some(*kind));
            }
            _ => return None,
        }
    }
    marked
}

/// A tick in a kind's column: ✓, ✔, ☑, x, X, *, •, "yes", "y".
fn is_tick(cell: &str) -> bool {
    matches!(
        folded(cell).as_str(),
        "✓" | "✔" | "☑" | "x" | "*" | "•" | "yes" | "y"
    )
}

/// The kind a cell's word gives: "E", "Essential", "Hanfodol", "D", "Desirable", "Dymunol".
fn kind_word(cell: &str) -> Option<Kind> {
    match folded(cell).as_str() {
        "e" | "essential" | "hanfodol" => Some(Kind::Essential),
        "d" | "desirable" | "dymunol" => Some(Kind::Desirable),
        _ => None,
    }
}
