// A preview of Slack Block Kit messages: close enough to judge a card, not Slack's own renderer.
// Use "Open in Block Kit Builder" for the real thing.
(() => {
  const escapeHtml = (text) =>
    String(text).replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
    );

  // Slack mrkdwn arrives with &, < and > already escaped as entities; undo that before escaping for HTML.
  const unescapeSlack = (text) =>
    String(text).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  function mrkdwn(text) {
    const parts = String(text).split(/```/);
    return parts
      .map((part, i) => {
        if (i % 2 === 1) return `<pre>${escapeHtml(unescapeSlack(part.replace(/^\n/, "")))}</pre>`;
        return escapeHtml(
          part
            .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "\uE001$1\uE002$2\uE003")
            .replace(/&lt;|&gt;|&amp;/g, (e) => unescapeSlack(e)),
        )
          .replace(
            /\uE001([^\uE002]+)\uE002([^\uE003]+)\uE003/g,
            '<a href="$1" target="_blank" rel="noopener">$2</a>',
          )
          .replace(/`([^`]+)`/g, "<code>$1</code>")
          .replace(/(^|[\s(])\*([^*\n]+)\*/g, "$1<b>$2</b>")
          .replace(/(^|[\s(])_([^_\n]+)_/g, "$1<i>$2</i>")
          .replace(/(^|[\s(])~([^~\n]+)~/g, "$1<s>$2</s>")
          .replace(/^&gt; ?(.*)$/gm, "<q>$1</q>")
          .replace(/\n/g, "<br>");
      })
      .join("");
  }

  const textOf = (t) => (!t ? "" : t.type === "mrkdwn" ? mrkdwn(t.text) : escapeHtml(t.text));

  function button(element, onAction) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `slack-button ${element.style ?? ""}`;
    b.textContent = element.text?.text ?? "";
    if (element.url) b.addEventListener("click", () => window.open(element.url, "_blank", "noopener"));
    else b.addEventListener("click", () => onAction(element.value));
    return b;
  }

  function block(b, onAction) {
    const el = document.createElement("div");
    el.className = `slack-${b.type}`;
    switch (b.type) {
      case "header":
        el.innerHTML = escapeHtml(b.text?.text ?? "");
        break;
      case "divider":
        break;
      case "section": {
        if (b.text) el.insertAdjacentHTML("beforeend", `<div class="slack-text">${textOf(b.text)}</div>`);
        if (b.fields) {
          const grid = document.createElement("div");
          grid.className = "slack-fields";
          for (const f of b.fields) grid.insertAdjacentHTML("beforeend", `<div>${textOf(f)}</div>`);
          el.append(grid);
        }
        if (b.accessory?.type === "button") el.append(button(b.accessory, onAction));
        break;
      }
      case "context":
        el.innerHTML = (b.elements ?? [])
          .map((e) => (e.type === "image" ? "" : `<span>${textOf(e)}</span>`))
          .join(" ");
        break;
      case "actions":
        for (const e of b.elements ?? []) if (e.type === "button") el.append(button(e, onAction));
        break;
      default:
        el.textContent = `[${b.type}]`;
    }
    return el;
  }

  window.SlackPreview = {
    render(blocks, onAction) {
      const root = document.createElement("div");
      root.className = "slack-message";
      root.insertAdjacentHTML("beforeend", '<div class="slack-author"><b>errdesk</b> <span>APP</span></div>');
      for (const b of blocks) root.append(block(b, onAction));
      return root;
    },
  };
})();
