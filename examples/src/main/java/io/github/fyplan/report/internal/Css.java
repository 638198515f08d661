package io.github.fyplan.report.internal;

/** The inline style sheet of every HTML report: screen layout and clean A4 printing. */
final class Css {
    /** The style sheet. */
    static final String STYLE = """
            :root { --good: #1a7f37; --caution: #9a6700; --bad: #cf222e; --neutral: #6e7781; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   margin: 2em auto; max-width: 84em; padding: 0 1em; color: #1f2328; line-height: 1.45; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.2em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.6em; }
            h3 { font-size: 1em; }
            .banner { border: 2px solid var(--bad); background: #fff0f0; color: var(--bad); font-weight: bold;
                      padding: 0.5em 1em; margin: 1em 0; }
            dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; margin: 0.5em 0; }
            dl.meta dt { font-weight: bold; }
            dl.meta dd { margin: 0; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #d0d7de; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
            th { background: #f6f8fa; }
            td.num { text-align: right; white-space: nowrap; }
            table.indicators, table.concerns, table.comparison { width: 100%; }
            .c-number, .c-id, .c-category, .c-unit, .c-attribute, .c-status, .c-baseline, .c-latest,
            .c-label, .c-groups, .c-projects, .c-count { white-space: nowrap; }
            th.c-number, td.c-number { text-align: right; }
            td.c-name { min-width: 8em; }
            td.c-target { min-width: 4em; }
            td.c-explanation, td.c-requirement { min-width: 16em; }
            td.c-progress { width: 8em; }
            td.c-topic { min-width: 6em; }
            .summary-tables th, .summary-tables td { white-space: nowrap; }
            p.note { font-size: 0.85em; color: #57606a; margin: 0 0 1em; }
            .summary-tables { display: flex; flex-wrap: wrap; gap: 0 2em; }
            .badge { display: inline-block; padding: 0.05em 0.5em; border-radius: 0.8em; color: #fff;
                     font-size: 0.85em; white-space: nowrap; }
            .tone-good { background: var(--good); }
            .tone-caution { background: var(--caution); }
            .tone-bad { background: var(--bad); }
            .tone-neutral { background: var(--neutral); }
            .bar { position: relative; width: 8em; height: 0.7em; background: #eaeef2; border-radius: 0.2em; }
            .bar .progress { position: absolute; left: 0; top: 0; bottom: 0; background: #0969da; border-radius: 0.2em; }
            .bar .elapsed { position: absolute; top: -0.2em; bottom: -0.2em; width: 2px; background: #1f2328; }
            .bar-text { font-size: 0.8em; color: #57606a; }
            .charts { display: flex; flex-wrap: wrap; gap: 1em; }
            figure.chart-box { margin: 0; border: 1px solid #d0d7de; padding: 0.4em; width: 310px; }
            figure.chart-box figcaption { font-size: 0.85em; margin-bottom: 0.3em; }
            .legend-actual { color: #0969da; }
            .legend-path { color: #8c959f; }
            svg.chart text { font-size: 10px; fill: #57606a; }
            ul.findings li { margin-bottom: 0.2em; }
            footer { margin-top: 2em; font-size: 0.8em; color: #57606a; }
            @page { size: A4; margin: 15mm 12mm; }
            @media print {
              body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
              .banner { background: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
              table { font-size: 8pt; }
              table.indicators, table.concerns, table.comparison { width: 100%; }
              th, td { padding: 0.15em 0.3em; }
              td.c-explanation, td.c-requirement { min-width: 12em; }
              td.c-name { min-width: 5em; }
              td.c-progress { width: 4.5em; }
              .bar { width: 4.5em; }
              td.c-baseline, td.c-latest { white-space: normal; }
              .charts { gap: 0.5em; }
              figure.chart-box { width: 300px; }
              thead { display: table-header-group; }
              tr, figure, li, .banner, dl.meta { break-inside: avoid; page-break-inside: avoid; }
              .badge, .bar .progress, .bar .elapsed { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private Css() {
    }
}
