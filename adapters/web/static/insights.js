// The Insights page: fetches /api/insights and draws it. Every value from the store (comments,
// questions people typed) goes in through textContent, never as HTML.
(() => {
  const DAY = 86_400_000;
  const SVG = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  const status = $("status");

  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const child of [].concat(children))
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }
  const svg = (tag, attrs = {}) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const pct = (yes, no) => (yes + no === 0 ? "—" : `${Math.round((100 * yes) / (yes + no))}%`);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const code = (e) => el("code", {}, e.display);

  function table(target, head, rows, empty) {
    const box = $(target);
    box.replaceChildren();
    if (rows.length === 0) return box.append(el("p", { class: "empty" }, empty));
    const numeric = head.map((h) => h.startsWith("#"));
    box.append(
      el("table", {}, [
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            head.map((h) => el("th", {}, h.replace(/^#/, ""))),
          ),
        ),
        el(
          "tbody",
          {},
          rows.map((r) =>
            el(
              "tr",
              {},
              r.map((c, i) => el("td", numeric[i] ? { class: "num" } : {}, c)),
            ),
          ),
        ),
      ]),
    );
  }

  function meter(yes, no) {
    const total = yes + no || 1;
    return el("span", { class: "meter", title: `${yes} helpful, ${no} not helpful` }, [
      el("span", { class: "yes", style: `width:${(100 * yes) / total}%` }),
      el("span", { class: "no", style: `width:${(100 * no) / total}%` }),
    ]);
  }

  /** Stacked bars, one per UTC day of the window (days without questions drawn as empty). */
  function chart(report) {
    const byDay = new Map(report.daily.map((d) => [d.day, d]));
    const first = Math.floor(report.since / DAY);
    const last = Math.floor(report.until / DAY);
    const days = [];
    for (let d = first; d <= last; d++) {
      const day = new Date(d * DAY).toISOString().slice(0, 10);
      days.push(byDay.get(day) ?? { day, questions: 0, unanswered: 0 });
    }
    const width = 760;
    const height = 220;
    const pad = { left: 36, right: 8, top: 10, bottom: 24 };
    const max = Math.max(1, ...days.map((d) => d.questions));
    const slot = (width - pad.left - pad.right) / days.length;
    const y = (n) => pad.top + (height - pad.top - pad.bottom) * (1 - n / max);
    const root = svg("svg", {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": "Questions per day",
    });
    for (const n of [0, max]) {
      const label = svg("text", { x: pad.left - 6, y: y(n) + 4, "text-anchor": "end" });
      label.textContent = String(n);
      root.append(
        label,
        svg("line", { x1: pad.left, x2: width - pad.right, y1: y(n), y2: y(n), stroke: "#ddd" }),
      );
    }
    days.forEach((d, i) => {
      const x = pad.left + i * slot + slot * 0.15;
      const w = Math.max(1, slot * 0.7);
      const answered = Math.max(0, d.questions - d.unanswered);
      const title = svg("title");
      title.textContent = `${d.day}: ${plural(d.questions, "question")}, ${d.unanswered} unanswered`;
      const group = svg("g", { "data-day": d.day });
      group.append(
        title,
        svg("rect", { class: "answered", x, width: w, y: y(answered), height: y(0) - y(answered) }),
        svg("rect", {
          class: "unanswered",
          x,
          width: w,
          y: y(d.questions),
          height: y(answered) - y(d.questions),
        }),
      );
      root.append(group);
    });
    for (const [i, anchor] of [
      [0, "start"],
      [days.length - 1, "end"],
    ]) {
      const label = svg("text", {
        x: anchor === "start" ? pad.left : width - pad.right,
        y: height - 6,
        "text-anchor": anchor,
      });
      label.textContent = days[i].day;
      root.append(label);
    }
    $("chart").replaceChildren(root);
  }

  function render({ report }) {
    const t = report.totals;
    $("totals").replaceChildren(
      ...[
        [t.questions, "questions"],
        [t.people, "people asking"],
        [t.unanswered, "unanswered"],
        [pct(t.helpful, t.notHelpful), `found it helpful (${t.helpful} yes, ${t.notHelpful} no)`],
      ].map(([n, label]) => el("div", { class: "total" }, [el("strong", {}, n), el("span", {}, label)])),
    );
    chart(report);
    table(
      "top",
      ["#Asks", "Code", "Name", "Article"],
      report.topErrors.map((e) => [e.asks, code(e), e.name, e.articleId ?? "none yet"]),
      "No codes asked about in this period.",
    );
    table(
      "queue",
      ["#Asks", "Code", "Name", "Last asked"],
      report.writingQueue.map((e) => [
        e.asks,
        code(e),
        e.name,
        new Date(e.lastAsked).toISOString().slice(0, 10),
      ]),
      "Every code asked about has an article.",
    );
    table(
      "helpfulness",
      ["Article", "#Helpful", "#Not helpful", "", "Comments"],
      report.helpfulness.map((h) => [
        h.articleId ?? `${h.code} (no article)`,
        h.helpful,
        h.notHelpful,
        meter(h.helpful, h.notHelpful),
        el(
          "div",
          {},
          h.comments.map((c) => el("p", { class: "comment" }, `“${c}”`)),
        ),
      ]),
      "No feedback in this period.",
    );
    const samples = report.unmatched.samples.map((s) => [s.asks, s.text]);
    table(
      "unmatched",
      ["#Asks", "Question"],
      samples,
      report.unmatched.count > 0
        ? `${plural(report.unmatched.count, "question")} (set STORE_QUERY_TEXT=true to see what was asked).`
        : "None.",
    );
    if (samples.length > 0)
      $("unmatched").prepend(el("p", {}, `${plural(report.unmatched.count, "question")} in all.`));
    const slice = (rows, key) =>
      rows.map((r) => [r[key], r.questions, r.helpful, r.notHelpful, pct(r.helpful, r.notHelpful)]);
    table(
      "platforms",
      ["Platform", "#Questions", "#Helpful", "#Not helpful", "#%"],
      slice(report.byPlatform, "platform"),
      "No questions in this period.",
    );
    table(
      "languages",
      ["Language", "#Questions", "#Helpful", "#Not helpful", "#%"],
      slice(report.byLanguage, "lang"),
      "No questions in this period.",
    );
  }

  async function load(since) {
    for (const b of document.querySelectorAll("[data-since]"))
      b.setAttribute("aria-pressed", String(b.dataset.since === since));
    status.textContent = "Loading…";
    try {
      const response = await fetch(`/api/insights?since=${encodeURIComponent(since)}`);
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ?? response.statusText);
      render(body);
      status.textContent = `Last ${since}, from the ${body.store === "postgres" ? "PostgreSQL" : "SQLite"} store.`;
      document.body.dataset.loaded = since;
    } catch (error) {
      status.textContent = `Could not load the numbers: ${error.message}`;
    }
  }

  for (const b of document.querySelectorAll("[data-since]"))
    b.addEventListener("click", () => load(b.dataset.since));
  load(new URLSearchParams(location.search).get("since") ?? "7d");
})();
