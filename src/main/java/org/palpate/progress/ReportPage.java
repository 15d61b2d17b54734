package org.palpate.progress;

/** The frame every HTML report shares: one self-contained page, inline CSS for screen and print, nothing fetched. */
final class ReportPage {

    private ReportPage() {
    }

    static String page(String title, String subtitle, Html body) {
        return Html.document().open("html", "lang", "en").newline().open("head").newline().open("meta", "charset", "utf-8").newline()
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .open("meta", "name", "generator", "content", "Palpate").newline()
                .el("title", title).newline().open("style").newline().css(CSS).close("style").newline().close("head").newline()
                .open("body").newline().open("main").newline()
                .open("header").el("h1", title).el("p", subtitle).close("header").newline()
                .add(body).close("main").newline().close("body").newline().close("html").newline().toString();
    }

    static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6775; --line: #d8dee6; --bad: #b3261e; --ok: #1e6b3a; --warn: #8a5300; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; background: #f4f6f9; color: var(--ink);
                   font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
            header h1 { font-size: 26px; margin: 0 0 2px; }
            header p { color: var(--muted); margin: 0 0 4px; }
            section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
            h2 { font-size: 18px; margin: 0 0 4px; }
            p.note { color: var(--muted); font-size: 13px; margin: 2px 0 12px; max-width: 80ch; }
            table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            td.prompt { max-width: 48ch; }
            td b { white-space: nowrap; }
            tr.picks td { border-bottom: 1px solid var(--line); padding: 0 8px 8px 24px; }
            tr.has-picks td { border-bottom: none; }
            tr.sub td:first-child { padding-left: 24px; color: var(--muted); }
            .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; margin: 8px 0 4px; }
            .tile { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: #fbfcfd; }
            .tile b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .tile span { color: var(--muted); font-size: 12px; }
            .flag { display: inline-block; max-width: 100%; padding: 0 7px; border-radius: 9px; font-size: 12px; background: #fdecea;
                    color: var(--bad); margin: 1px 3px 1px 0; border: 1px solid #f3c7c2; overflow-wrap: anywhere; }
            td.date, .date { white-space: nowrap; }
            td.why { min-width: 24ch; }
            tr.total td { border-top: 2px solid var(--line); }
            .right { color: var(--ok); font-weight: 600; }
            .wrong { color: var(--bad); font-weight: 600; }
            .unseen { color: var(--muted); }
            .choices { list-style: none; margin: 0; padding: 0; font-size: 12.5px; }
            .choices { max-width: 760px; }
            .choices li { display: grid; grid-template-columns: minmax(0, 1fr) 48px 140px; gap: 8px; align-items: center; }
            .choices li.head { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .03em; }
            .choices .meter { height: 8px; background: #eef2f7; border-radius: 4px; overflow: hidden; }
            .choices .meter i { display: block; height: 100%; background: #6baed6; }
            .choices .key i { background: var(--ok); }
            .choices .none { color: var(--bad); }
            .figure svg { display: block; max-width: 100%; height: auto; }
            .scroll { overflow-x: auto; }
            footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
            @media print {
              @page { size: A4; margin: 12mm 11mm; }
              body { background: #fff; font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              section { border: none; border-radius: 0; padding: 0; margin: 0 0 12pt; }
              section.figure { break-inside: avoid; page-break-inside: avoid; }
              h2 { break-after: avoid; page-break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              .scroll { overflow: visible; }
              .tiles { grid-template-columns: repeat(auto-fit, minmax(88px, 1fr)); gap: 6px; }
              .tile { padding: 5px 8px; }
              .tile b { font-size: 15pt; }
              td.prompt { max-width: none; }
              th, td { padding: 4px 5px; }
              th { letter-spacing: 0; font-size: 8pt; }
              td.why { min-width: 0; }
              footer { display: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
