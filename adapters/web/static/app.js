// The playground page: ask, then show the answer as the Teams card and the Slack message side by side.
(() => {
  const conversation = document.getElementById("conversation");
  const form = document.getElementById("ask");
  const input = document.getElementById("text");
  let lang = "auto";

  const hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
    actions: {
      maxActions: 6,
      buttonSpacing: 8,
      actionsOrientation: "horizontal",
      actionAlignment: "left",
      showCard: { actionMode: "inline" },
    },
  });

  // Teams renders TextBlock Markdown (bold, italic, links, lists, backslash escapes); the
  // adaptivecards library leaves that to its host, so the playground does it the same way.
  const escapeHtml = (text) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
    );
  function inlineMarkdown(text) {
    const kept = [];
    const keep = (html) => `\uE000${kept.push(html) - 1}\uE000`;
    let out = text.replace(/\\([\\`*_[\]<>~#+\-.!()])/g, (_m, c) => keep(escapeHtml(c)));
    out = escapeHtml(out)
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_m, t, u) =>
        keep(`<a href="${u}" target="_blank" rel="noopener">${t}</a>`),
      )
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[^\w])_([^_]+)_(?!\w)/g, "$1<em>$2</em>")
      .replace(/(^|[^*])\*([^*]+)\*(?!\*)/g, "$1<em>$2</em>");
    return out.replace(/\uE000(\d+)\uE000/g, (_m, i) => kept[Number(i)]);
  }
  function markdownToHtml(text) {
    return text
      .split(/\n\s*\n/)
      .map((paragraph) => {
        const lines = paragraph.split("\n");
        if (lines.every((l) => /^\s*[-*+]\s/.test(l)))
          return `<ul>${lines.map((l) => `<li>${inlineMarkdown(l.replace(/^\s*[-*+]\s/, ""))}</li>`).join("")}</ul>`;
        if (lines.every((l) => /^\s*\d+\.\s/.test(l)))
          return `<ol start="${Number.parseInt(lines[0], 10)}">${lines.map((l) => `<li>${inlineMarkdown(l.replace(/^\s*\d+\.\s/, ""))}</li>`).join("")}</ol>`;
        return `<p>${lines.map(inlineMarkdown).join("<br>")}</p>`;
      })
      .join("");
  }
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(json.error ?? `HTTP ${response.status}`);
    return json;
  }

  function copyButton(label, json) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "tool";
    b.textContent = label;
    b.addEventListener("click", async () => {
      await navigator.clipboard?.writeText(JSON.stringify(json, null, 2)).catch(() => {});
      b.textContent = "Copied";
      setTimeout(() => (b.textContent = label), 1200);
    });
    return b;
  }

  function pane(title, className) {
    const el = document.createElement("section");
    el.className = `pane ${className}`;
    el.innerHTML = `<h2>${title}</h2><div class="tools"></div><div class="body"></div>`;
    return el;
  }

  function renderTeams(card, onAction) {
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.hostConfig = hostConfig;
    adaptive.onExecuteAction = (action) => {
      if (action instanceof AdaptiveCards.OpenUrlAction) window.open(action.url, "_blank", "noopener");
      else if (action.data !== undefined) onAction(action.data);
    };
    adaptive.parse(card);
    return adaptive.render();
  }

  /** Fills `holder` with both cards for one answer; buttons re-render the same holder in place. */
  function show(view, holder) {
    holder.innerHTML = "";
    holder.dataset.kind = view.answer.kind;
    const onAction = async (action) => {
      holder.classList.add("busy");
      try {
        show(await post("/api/playground/action", { action, lang }), holder);
      } catch (error) {
        holder.insertAdjacentHTML("afterbegin", `<p class="error">${String(error.message)}</p>`);
      } finally {
        holder.classList.remove("busy");
      }
    };
    const teams = pane("Teams · Adaptive Card", "teams");
    teams.querySelector(".tools").append(copyButton("Copy card JSON", view.teams));
    teams.querySelector(".body").append(renderTeams(view.teams, onAction));
    const slack = pane("Slack · Block Kit", "slack");
    const builder = document.createElement("a");
    builder.href = view.blockKitBuilderUrl;
    builder.target = "_blank";
    builder.rel = "noopener";
    builder.className = "tool";
    builder.textContent = "Open in Block Kit Builder";
    slack
      .querySelector(".tools")
      .append(copyButton("Copy blocks JSON", { blocks: view.slack.blocks }), builder);
    slack.querySelector(".body").append(SlackPreview.render(view.slack.blocks, onAction));
    holder.append(teams, slack);
  }

  async function ask(text) {
    const turn = document.createElement("article");
    turn.className = "turn";
    const question = document.createElement("p");
    question.className = "question";
    question.textContent = text;
    const holder = document.createElement("div");
    holder.className = "answer busy";
    turn.append(question, holder);
    conversation.append(turn);
    try {
      show(await post("/api/playground/answer", { text, lang }), holder);
    } catch (error) {
      holder.innerHTML = `<p class="error">${String(error.message)}</p>`;
    } finally {
      holder.classList.remove("busy");
      turn.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    ask(text);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const example of document.querySelectorAll(".example")) {
    example.addEventListener("click", () => ask(example.textContent));
  }
  for (const b of document.querySelectorAll(".lang button")) {
    b.addEventListener("click", () => {
      lang = b.dataset.lang;
      for (const other of document.querySelectorAll(".lang button"))
        other.setAttribute("aria-pressed", String(other === b));
    });
  }
})();
