// The coordinators' dashboard, loaded by app.js only for coordinators and admins (the server
// decides the role on every request all the same). Plain JavaScript, no build step, data
// only ever written with textContent. Sections: to do (registrations, stale listings), the
// whole directory (search, edit, hide/show, CSV import and export), coverage, reports with
// SVG charts, and the audit trail.
"use strict";

window.GidsDashboard = function open(panel, gids) {
  const { api, el, t, me, showDirectory } = gids;
  const SVG = "http://www.w3.org/2000/svg";
  const failed = (error) => error.message || t("miniapp-error-generic");

  const sections = {
    todo: async () => [await pendingSection(), await staleSection()],
    directory: directorySection,
    csv: async () => [importSection(), exportSection()],
    coverage: coverageSection,
    reports: reportsSection,
    stand: standSection,
    audit: auditSection,
  };
  const content = el("div", { id: "dashboard-content" });
  const nav = el("nav", { class: "subnav", "aria-label": t("miniapp-tab-coverage") });
  let shown = null;  // the section asked for last: a slower answer for another one is dropped
  const show = async (name) => {
    shown = name;
    for (const button of nav.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", button.dataset.section === name ? "true" : "false");
    }
    content.setAttribute("aria-busy", "true");
    let nodes;
    try { nodes = await sections[name](); }
    catch (error) { nodes = [el("p", { class: "error", role: "alert", text: failed(error) })]; }
    if (shown !== name) return;
    content.replaceChildren(...nodes);
    content.setAttribute("aria-busy", "false");
  };
  for (const name of Object.keys(sections)) {
    nav.append(el("button", { type: "button", "data-section": name, text: t("miniapp-admin-" + name),
      onclick: () => show(name) }));
  }
  panel.replaceChildren(nav, content);
  return show("todo");

  async function pendingSection() {
    const data = await api("api/pending");
    let waiting = data.pending.length;  // recounted as each is decided
    const title = el("h2", { id: "pending-title", text: t("miniapp-pending-header", { count: waiting }) });
    const section = el("section", { class: "pending", "aria-labelledby": "pending-title" }, title);
    if (!data.pending.length) section.append(el("p", { class: "notice", text: t("miniapp-pending-none") }));
    for (const partner of data.pending) {
      const id = "reason-" + partner.id;
      const reason = el("input", { type: "text", id, maxlength: "300" });
      const result = el("p", { role: "status", class: "notice" });
      const decide = async (decision) => {
        try {
          const answer = await api("api/review", { body: { partnerId: partner.id, decision, reason: reason.value } });
          article.replaceChildren(el("h3", { text: partner.name }), el("p", { role: "status", text: answer.message }));
          waiting -= 1;
          title.textContent = t("miniapp-pending-header", { count: waiting });
        } catch (error) { result.textContent = failed(error); }
      };
      const article = el("article", { class: "call" },
        el("h3", { text: partner.name }),
        el("p", { text: [partner.roleLabel, partner.organisation, partner.municipality, partner.coalition].filter(Boolean).join(" · ") }),
        el("p", { text: [partner.phoneShown, partner.email].filter(Boolean).join(" · ") }),
        el("div", { class: "row" },
          el("button", { type: "button", class: "primary", text: t("miniapp-approve"), onclick: () => decide("approve") })),
        el("label", { for: id, text: t("miniapp-reject-reason") }), reason,
        el("div", { class: "row" },
          el("button", { type: "button", class: "secondary", text: t("miniapp-reject"), onclick: () => decide("reject") })),
        result);
      section.append(article);
    }
    return section;
  }

  async function staleSection() {
    const data = await api("api/stale");
    const section = el("section", { "aria-labelledby": "stale-title" },
      el("h2", { id: "stale-title", text: t("miniapp-stale-header", { count: data.stale.length }) }));
    if (!data.stale.length) section.append(el("p", { class: "notice", text: t("miniapp-stale-none") }));
    for (const partner of data.stale.slice(0, 50)) {
      const result = el("p", { role: "status", class: "notice" });
      const act = async (action) => {
        try { const answer = await api("api/listing-action", { body: { partnerId: partner.id, action } }); result.textContent = answer.message; }
        catch (error) { result.textContent = failed(error); }
      };
      section.append(el("article", { class: "call" },
        el("h3", { text: partner.name }),
        el("p", { text: [partner.roleLabel, partner.organisation, partner.municipality].filter(Boolean).join(" · ") }),
        el("p", { class: "notice", text: t("miniapp-stale-since", { date: partner.checked }) }),
        el("div", { class: "row" },
          el("button", { type: "button", class: "primary", text: t("miniapp-still-current"), onclick: () => act("checked") }),
          el("button", { type: "button", class: "secondary", text: t("miniapp-hide"), onclick: () => act("hide") })),
        result));
    }
    return section;
  }

  async function coverageSection() {
    const data = await api("api/coverage");
    return [el("h2", { text: t("miniapp-coverage-title") }),
      el("p", { class: "notice", text: t("miniapp-coverage-intro") }),
      ...data.coalitions.map((found) => {
        const head = el("tr", null, el("th", { scope: "col", text: t("miniapp-filter-municipality") }),
          ...found.roles.map((r) => el("th", { scope: "col", title: r.domainLabel, text: r.label })));
        const rows = found.rows.map((row) => el("tr", null, el("th", { scope: "row", text: row.municipality }),
          ...row.cells.map((cell, index) => {
            const role = found.roles[index];
            const label = t("miniapp-coverage-cell", { role: role.label, place: row.municipality, count: cell.listed }) +
              (cell.gap ? " " + t("miniapp-coverage-gap") : "");
            return el("td", { class: cell.gap ? "gap" : null },
              el("button", { type: "button", "aria-label": label, "data-role": role.value,
                "data-municipality": row.municipality, text: cell.gap ? "0 !" : String(cell.listed),
                onclick: () => showDirectory({ role: role.value, municipality: row.municipality }) }));
          })));
        return el("section", { class: "coverage" },
          el("h3", { text: found.coalition }),
          found.gaps.length ? el("ul", { class: "gaps" }, ...found.gaps.map((line) => el("li", { text: line }))) : null,
          el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": found.coalition },
            el("table", null, el("caption", { text: t("miniapp-coverage-caption", { coalition: found.coalition }) }),
              el("thead", null, head), el("tbody", null, ...rows))));
      })];
  }

  // ---- the whole directory --------------------------------------------------------------------

  async function directorySection() {
    const query = el("input", { type: "search", id: "m-q", autocomplete: "off" });
    const status = el("select", { id: "m-status" });
    const count = el("p", { class: "count", "aria-live": "polite" });
    const list = el("div", { id: "m-results" });
    let timer = null, asked = 0;
    const find = async () => {
      const params = new URLSearchParams({ q: query.value, status: status.value });
      const mine = ++asked;
      const data = await api("api/manage/listings?" + params.toString());
      if (mine !== asked) return;  // a later search was asked meanwhile
      if (status.options.length === 0) {  // once; from then on it says what the person chose
        status.replaceChildren(el("option", { value: "", text: t("miniapp-filter-all") }),
          ...data.statuses.map((s) => el("option", { value: s.value, text: s.label })));
      }
      count.textContent = data.results.length ? (data.more ? t("miniapp-manage-more") : "") : t("miniapp-manage-none");
      list.replaceChildren(...data.results.map(managedListing));
    };
    query.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(find, 250); });
    status.addEventListener("change", find);
    await find();
    return [
      el("h2", { text: t("miniapp-admin-directory") }),
      el("label", { for: "m-q", text: t("miniapp-manage-search-label") }), query,
      el("label", { for: "m-status", text: t("miniapp-manage-status") }), status,
      count, list];
  }

  function managedListing(partner) {
    const article = el("article", { class: "call", "data-id": partner.id });
    const result = el("p", { role: "status", class: "notice" });
    const draw = (current) => {
      partner = current;
      const act = async (action) => {
        try {
          const answer = await api("api/listing-action", { body: { partnerId: partner.id, action } });
          const found = await api("api/manage/listings?" + new URLSearchParams({ q: partner.name, status: "" }).toString());
          draw(found.results.find((p) => p.id === partner.id) || partner);
          result.textContent = answer.message;
        } catch (error) { result.textContent = failed(error); }
      };
      const buttons = el("div", { class: "row" },
        el("button", { type: "button", class: "primary", text: t("miniapp-manage-edit"), onclick: () => edit() }));
      if (partner.status === "listed") buttons.append(el("button", { type: "button", class: "secondary", text: t("miniapp-hide"), onclick: () => act("hide") }));
      if (partner.status === "hidden") buttons.append(el("button", { type: "button", class: "secondary", text: t("miniapp-show"), onclick: () => act("show") }));
      article.replaceChildren(
        el("h3", { text: partner.name }),
        el("p", { text: [partner.roleLabel, partner.organisation, partner.municipality, partner.coalition].filter(Boolean).join(" · ") }),
        el("p", { text: [partner.phoneShown, partner.email, partner.website].filter(Boolean).join(" · ") }),
        el("p", { class: "notice", "data-status": partner.status, text: partner.statusLabel }),
        buttons, result);
    };
    const edit = () => {
      const id = (name) => "e" + partner.id + "-" + name;
      const message = el("p", { role: "alert", class: "warning" });
      const form = el("form", { novalidate: true, class: "edit" }, el("h3", { text: partner.name }), message);
      const inputs = {};
      for (const [name, value] of Object.entries(partner.values)) {
        inputs[name] = el("input", { type: name === "email" ? "email" : name === "phone" ? "tel" : "text", id: id(name), name, value });
        form.append(el("label", { for: id(name), text: t("miniapp-field-" + name) }), inputs[name]);
      }
      let version = partner.version;
      form.append(el("div", { class: "row" },
        el("button", { type: "submit", class: "primary", text: t("miniapp-manage-save") }),
        el("button", { type: "button", class: "secondary", text: t("miniapp-manage-cancel"), onclick: () => draw(partner) })));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const values = {};
        for (const [name, input] of Object.entries(inputs)) { values[name] = input.value; input.removeAttribute("aria-invalid"); }
        try {
          const answer = await api("api/manage/edit", { body: { partnerId: partner.id, version, values } });
          draw(answer.listing);
          result.textContent = answer.message;
        } catch (error) {
          message.textContent = failed(error);
          if (error.data && error.data.current) {  // changed meanwhile: the current values, to start again from
            partner = error.data.current;
            version = partner.version;
            for (const [name, input] of Object.entries(inputs)) input.value = partner.values[name] || "";
          }
          for (const name of (error.data && error.data.fields) || []) if (inputs[name]) inputs[name].setAttribute("aria-invalid", "true");
        }
      });
      article.replaceChildren(form);
      inputs.name.focus();
    };
    draw(partner);
    return article;
  }

  function coalitionChoice(id, label) {
    const select = el("select", { id }, ...me.coordinated.map((c) => el("option", { value: String(c.id), text: c.name })));
    return [el("label", { for: id, text: label }), select];
  }

  function importSection() {
    const [label, coalition] = coalitionChoice("i-coalition", t("miniapp-import-coalition"));
    const file = el("input", { type: "file", id: "i-file", accept: ".csv,.txt,text/csv" });
    const outcome = el("div", { id: "i-outcome", "aria-live": "polite" });
    const send = async (confirm) => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      const params = new URLSearchParams({ coalitionId: coalition.value, confirm: confirm ? "1" : "0" });
      try {
        const answer = await api("api/manage/import?" + params.toString(), { file: await chosen.arrayBuffer() });
        if (confirm) { outcome.replaceChildren(el("p", { role: "status", text: answer.message })); return; }
        const actions = el("div", { class: "row" });
        if (answer.valid) actions.append(el("button", { type: "button", class: "primary", text: answer.confirmLabel, onclick: () => send(true) }));
        actions.append(el("button", { type: "button", class: "secondary", text: answer.cancelLabel,
          onclick: () => { file.value = ""; outcome.replaceChildren(el("p", { role: "status", text: answer.cancelled })); } }));
        outcome.replaceChildren(...answer.preview.map((part) => el("p", { class: "preview", text: part })),
          el("p", { class: "notice", text: answer.consent }), actions);
      } catch (error) { outcome.replaceChildren(el("p", { role: "alert", text: failed(error) })); }
    };
    return el("section", { class: "call", "aria-labelledby": "import-title" },
      el("h2", { id: "import-title", text: t("miniapp-import-title") }), label, coalition,
      el("label", { for: "i-file", text: t("miniapp-import-file") }), file,
      el("div", { class: "row" }, el("button", { type: "button", class: "primary", text: t("miniapp-import-check"), onclick: () => send(false) })),
      outcome);
  }

  function exportSection() {
    const [label, coalition] = coalitionChoice("x-coalition", t("miniapp-reports-coalition"));
    const result = el("p", { role: "status", class: "notice" });
    return el("section", { class: "call" }, label, coalition,
      el("div", { class: "row" }, el("button", { type: "button", class: "secondary", text: t("miniapp-export"),
        onclick: async () => {
          try { result.textContent = (await api("api/manage/export?coalitionId=" + coalition.value, { body: {} })).message; }
          catch (error) { result.textContent = failed(error); }
        } })), result);
  }

  // ---- reports ------------------------------------------------------------------------------

  async function reportsSection(coalitionId) {
    const data = await api("api/reports" + (coalitionId ? "?coalitionId=" + coalitionId : ""));
    const nodes = [el("h2", { text: t("miniapp-reports-title") })];
    if (data.coalitions.length > 1) {
      const choice = el("select", { id: "r-coalition" }, ...data.coalitions.map((c) =>
        el("option", { value: String(c.id), text: c.name, selected: c.id === data.coalitionId })));
      choice.addEventListener("change", async () => content.replaceChildren(...await reportsSection(choice.value)));
      nodes.push(el("label", { for: "r-coalition", text: t("miniapp-reports-coalition") }), choice);
    }
    for (const chart of data.charts) nodes.push(chartFigure(chart, data.coalitionId));
    nodes.push(el("h3", { text: t("miniapp-reports-introductions") }),
      ...data.introductions.map((line) => el("p", { text: line })));
    if (data.comments.length) {
      nodes.push(el("h3", { text: t("miniapp-comments-title") }));
      for (const session of data.comments) {
        nodes.push(el("p", { class: "name", text: session.title + " – " + session.date }),
          el("ul", null, ...session.comments.map((c) => el("li", { text: c }))));
      }
    }
    return nodes;
  }

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    for (const child of children) node.append(child);
    return node;
  }

  // A bar per row, drawn in the theme's colours (CSS), its text alternative beside it.
  function chartFigure(chart, coalitionId) {
    const id = "chart-" + chart.key;
    const figure = el("figure", { class: "chart", id });
    const width = Math.max(320, chart.bars.length * 14 + 40), height = 160, base = 140;
    const top = chart.maximum || Math.max(1, ...chart.bars.map((b) => b.value));
    const picture = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-labelledby": id + "-title " + id + "-desc", preserveAspectRatio: "none" },
      svg("title", { id: id + "-title" }, chart.title), svg("desc", { id: id + "-desc" }, chart.summary),
      svg("line", { class: "axis", x1: 30, y1: base, x2: width, y2: base }),
      svg("text", { class: "scale", x: 0, y: 12 }, String(top)), svg("text", { class: "scale", x: 0, y: base }, "0"));
    const step = Math.min(48, (width - 40) / Math.max(1, chart.bars.length));
    chart.bars.forEach((bar, index) => {
      const tall = Math.max(1, (bar.value / top) * (base - 10));
      picture.append(svg("rect", { class: "bar", x: 34 + index * step, y: base - tall,
        width: Math.max(2, step - 3), height: tall }, svg("title", null, bar.label + ": " + bar.value)));
    });
    if (chart.bars.length) {  // the first and the last bar named under the axis
      const last = chart.bars[chart.bars.length - 1];
      picture.append(svg("text", { class: "scale", x: 34, y: height - 4 }, chart.bars[0].label));
      if (chart.bars.length * step > 160) {  // room for both
        picture.append(svg("text", { class: "scale", x: 34 + chart.bars.length * step, y: height - 4,
          "text-anchor": "end" }, last.label));
      }
    }
    const result = el("p", { role: "status", class: "notice" });
    const table = el("table", null, el("caption", { text: chart.title }),
      el("thead", null, el("tr", null, ...chart.columns.map((c) => el("th", { scope: "col", text: c })))),
      el("tbody", null, ...chart.rows.map((row) => el("tr", null, ...row.map((cell) => el("td", { text: cell }))))));
    figure.append(...[el("h3", { text: chart.title }),
      chart.bars.length ? picture : null,
      el("figcaption", { class: "notice", text: chart.summary }),
      ...(chart.rows.length ? [  // nothing to show or send for an empty chart
        el("details", null, el("summary", { text: t("miniapp-chart-numbers") }),
          el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": chart.title }, table)),
        chart.csv === false ? null : el("button", { type: "button", class: "secondary", text: t("miniapp-chart-csv"), onclick: async () => {
          try { result.textContent = (await api("api/reports/send", { body: { coalitionId, chart: chart.key } })).message; }
          catch (error) { result.textContent = failed(error); }
        } }), result] : [])].filter(Boolean));
    return figure;
  }

  // ---- the stand van zaken ------------------------------------------------------------------

  async function standSection(coalitionId, since) {
    const params = new URLSearchParams();
    if (coalitionId) params.set("coalitionId", coalitionId);
    if (since) params.set("since", since);
    const data = await api("api/actions/stand?" + params.toString());
    const choice = el("input", { type: "date", id: "st-since", value: data.since });
    choice.addEventListener("change", async () => content.replaceChildren(...await standSection(data.coalitionId, choice.value)));
    const nodes = [el("h2", { text: t("miniapp-admin-stand") }),
      el("label", { for: "st-since", text: t("miniapp-stand-since") }), choice,
      el("ul", { class: "gaps" }, ...data.counts.map((c) => el("li", { text: c.label + ": " + c.count }))),
      el("p", { class: "notice", text: t("miniapp-stand-overdue", { count: data.overdue }) }),
      chartFigure(data.chart, data.coalitionId)];
    // Per workgroup: how many actions in each status.
    const head = el("tr", null, ...data.workgroups.columns.map((c) => el("th", { scope: "col", text: c })));
    const rows = data.workgroups.rows.map((row) => el("tr", null,
      el("th", { scope: "row", text: row[0] }), ...row.slice(1).map((n) => el("td", { text: String(n) }))));
    nodes.push(el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": t("miniapp-stand-workgroups") },
      el("table", { class: "per-workgroup" }, el("caption", { text: t("miniapp-stand-workgroups") }),
        el("thead", null, head), el("tbody", null, ...rows))));
    for (const [key, part] of [["done", data.done], ["under-way", data.underWay], ["stuck", data.stuck], ["next", data.next]]) {
      nodes.push(el("h3", { text: t("miniapp-stand-" + key) + " (" + part.count + ")" }));
      if (part.shown.length) {
        nodes.push(el("ul", null, ...part.shown.map((row) => el("li", null,
          el("span", { class: "name", text: row.title }),
          el("span", { class: "meta", text: [row.workgroup, row.news].filter(Boolean).join(" · ") })))));
      }
    }
    nodes.push(el("p", { class: "notice", text: t("miniapp-stand-pdf") }));
    return nodes;
  }

    // ---- the audit trail ----------------------------------------------------------------------

  async function auditSection() {
    const list = el("ol", { class: "audit", id: "audit" });
    const intro = el("p", { class: "notice" });
    const more = el("button", { type: "button", class: "secondary", text: t("miniapp-audit-more"), hidden: true });
    let before = "";
    const page = async () => {
      const data = await api("api/audit" + (before ? "?before=" + before : ""));
      intro.textContent = t("miniapp-audit-intro", { days: data.retentionDays });
      for (const entry of data.entries) {
        list.append(el("li", null, el("span", { class: "meta", text: entry.at + " · " + entry.who + " · " + entry.coalition }),
          el("span", { class: "what", text: entry.what })));
      }
      if (!list.children.length) list.append(el("li", { text: t("miniapp-audit-none") }));
      before = data.entries.length ? String(data.entries[data.entries.length - 1].id) : before;
      more.hidden = !data.more;
    };
    more.addEventListener("click", page);
    await page();
    return [el("h2", { text: t("miniapp-audit-title") }), intro, list, more];
  }
};
