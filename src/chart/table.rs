//! The table every figure offers beside its chart, and its CSV download.

/// A figure's data as a table: caption, column headers, and rows whose first cell
/// is the row header. Built with [`TableData::new`] and [`TableData::rows`]:
///
/// ```
/// # use livestream_arena::chart::TableData;
/// let table = TableData::new("Shares, %", &["Platform", "2025"])
///     .rows([vec!["Douyin".into(), "34.1".into()], vec!["Taobao Live".into(), "30.2".into()]]);
/// assert_eq!(table.rows[1][0], "Taobao Live");
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TableData {
    /// What the table holds, with units.
    pub caption: String,
    /// Column headers.
    pub head: Vec<String>,
    /// Rows; the first cell of each is its header.
    pub rows: Vec<Vec<String>>,
}

impl TableData {
    /// A table with a caption and column headers, and no rows yet. (Slices and
    /// vectors rather than generic cells: each generic call site costs wasm.)
    pub fn new(caption: &str, head: &[&str]) -> Self {
        TableData {
            caption: caption.to_string(),
            head: head.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// The table with `rows` added, each a row of cells.
    pub fn rows(mut self, rows: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.rows.extend(rows);
        self
    }
}

/// The table as CSV: a comment line with the caption and the scenario, then the
/// header row and the rows, every cell quoted where it needs to be.
pub fn csv(table: &TableData, scenario_label: &str, scenario_query: &str) -> String {
    let scenario = if scenario_query.is_empty() {
        "default"
    } else {
        scenario_query
    };
    let mut out = format!("# {}; {scenario_label}: {scenario}\n", table.caption);
    for row in std::iter::once(&table.head).chain(table.rows.iter()) {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting_and_names_the_scenario() {
        let row = |cells: [&str; 2]| cells.map(String::from).to_vec();
        let table = TableData::new("GMV, RMB", &["Platform", "2020"]).rows([
            row(["Taobao Live", "500 bn"]),
            row(["A, \"quoted\"", "1,2"]),
        ]);
        let out = csv(&table, "Scenario", "ban=0");
        assert_eq!(
            out,
            "# GMV, RMB; Scenario: ban=0\nPlatform,2020\nTaobao Live,500 bn\n\"A, \"\"quoted\"\"\",\"1,2\"\n"
        );
        assert!(csv(&table, "Scenario", "").starts_with("# GMV, RMB; Scenario: default\n"));
    }
}
