// The partner directory inside Telegram. Plain JavaScript, no build step: every text comes
// from the bot's catalogue (api/me), every answer from the bot's API with Telegram's signed
// initData in a header. Data is only ever written with textContent, never as HTML.
"use strict";

(function () {
  const tg = window.Telegram && window.Telegram.WebApp;
  const initData = (tg && tg.initData) || "";
  const publicTexts = JSON.parse(document.getElementById("public-texts").textContent);
  const app = document.getElementById("app");
  let texts = publicTexts[pickLanguage()] || publicTexts.nl;
  let me = null;

  function pickLanguage() {
    const code = (tg && tg.initDataUnsafe && tg.initDataUnsafe.user &&
      tg.initDataUnsafe.user.language_code) || "nl";
    if (code.startsWith("fy")) return "fy";
    if (code.startsWith("en")) return "en";
    return "nl";
  }

  function t(key, values) {
    let text = texts[key] || key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split("{" + name + "}").join(String(value));
    }
    return text;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  // Telegram's theme colours, made readable: WCAG 2.1 AA asks 4.5:1 for text. Telegram's own
  // themes fail it (white on Telegram Desktop's blue button is 3.3:1, its grey hint on its
  // panels 4.2:1), so a colour that fails is moved toward black or white until it passes;
  // one that passes is used as it is.
  const TEXT_RATIO = 4.5;

  function parseColor(value) {
    const found = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
    if (!found) return null;
    const hex = found[1].length === 3 ? found[1].replace(/./g, "$&$&") : found[1];
    return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  }

  function luminance(color) {
    const [r, g, b] = color.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function contrast(one, other) {
    const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  }

  // `color`, or the least change of it toward black or white that reads on every background.
  function readable(color, backgrounds) {
    const away = contrast([0, 0, 0], backgrounds[0]) >= contrast([255, 255, 255], backgrounds[0])
      ? [0, 0, 0] : [255, 255, 255];
    for (let step = 0; step <= 20; step++) {
      const mixed = color.map((v, i) => Math.round(v + (away[i] - v) * step / 20));
      if (backgrounds.every((background) => contrast(mixed, background) >= TEXT_RATIO)) return mixed;
    }
    return away;
  }

  function applyTheme() {
    const params = (tg && tg.themeParams) || {};
    const color = (name) => parseColor(params[name]);
    const bg = color("bg_color");
    if (!bg) return;  // no theme from Telegram: the page's own colours (app.css)
    const root = document.documentElement;
    const panel = color("secondary_bg_color") || bg;
    const on = [bg, panel];
    const text = readable(color("text_color") || readable([128, 128, 128], on), on);
    const buttonText = color("button_text_color") || [255, 255, 255];
    const chosen = {
      "--bg": bg,
      "--panel": panel,
      "--text": text,
      "--hint": readable(color("hint_color") || text, on),
      "--link": readable(color("link_color") || text, on),
      // the button is the background of its text: it gives way, not the text
      "--button": readable(color("button_color") || text, [buttonText]),
      "--button-text": buttonText,
    };
    for (const [name, value] of Object.entries(chosen)) {
      root.style.setProperty(name, "rgb(" + value.join(", ") + ")");
    }
    root.dataset.theme = (tg && tg.colorScheme) || "light";
  }

  class ApiError extends Error {
    constructor(status, code, message, data) {
      super(message || code);
      this.status = status;
      this.code = code;
      this.data = data;  // what else the refusal said (the current values, the fields at fault)
    }
  }

  async function api(path, options) {
    const headers = { "X-Telegram-Init-Data": initData };
    const request = { headers, signal: options && options.signal };
    if (options && options.file) {  // a file as it is (the CSV import)
      request.method = "POST";
      headers["Content-Type"] = "text/csv";
      request.body = options.file;
    } else if (options && options.body) {
      request.method = "POST";
      headers["Content-Type"] = "application/json";
      request.body = JSON.stringify(options.body);
    }
    const response = await fetch(path, request);
    let data = {};
    try { data = await response.json(); } catch (error) { data = {}; }
    if (!response.ok) throw new ApiError(response.status, data.error || "generic", data.message, data);
    return data;
  }

  function showError(error) {
    const known = ["missing", "invalid", "expired", "stranger", "busy"];
    const code = known.includes(error.code) ? error.code : "generic";
    app.replaceChildren(el("h1", { text: t("miniapp-title") }),
      el("p", { class: "error", role: "alert", "data-error": code, text: t("miniapp-error-" + code) }));
    app.setAttribute("aria-busy", "false");
  }

  // ---- the directory ----------------------------------------------------------------------

  const state = { q: "", role: "", domain: "", municipality: "" };
  let searching = null;
  let lastFocus = null;

  function directoryPanel() {
    const input = el("input", { type: "search", id: "q", autocomplete: "off",
      placeholder: t("miniapp-search-placeholder"), "aria-describedby": "count" });
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.q = input.value; search(); }, 200);
    });
    const filters = el("div", { class: "filters" });
    for (const key of ["role", "domain", "municipality"]) {
      const select = el("select", { id: "f-" + key, "data-filter": key });
      select.addEventListener("change", () => { state[key] = select.value; search(); });
      filters.append(el("div", null, el("label", { for: "f-" + key, text: t("miniapp-filter-" + key) }), select));
    }
    return el("section", { id: "panel-directory", "aria-labelledby": "tab-directory" },
      el("label", { for: "q", text: t("miniapp-search-label") }), input, filters,
      el("p", { id: "count", class: "count", "aria-live": "polite" }),
      el("ul", { id: "results", class: "results" }));
  }

  async function search() {
    if (searching) searching.abort();
    searching = new AbortController();
    const params = new URLSearchParams(state);
    let data;
    try {
      data = await api("api/search?" + params.toString(), { signal: searching.signal });
    } catch (error) {
      if (error.name === "AbortError") return;
      if (error.status === 429) { document.getElementById("count").textContent = t("miniapp-error-busy"); return; }
      showError(error);
      return;
    }
    render(data);
  }

  function render(data) {
    renderFacets(data.facets);
    const count = document.getElementById("count");
    let line = data.count ? t("miniapp-results", { count: data.count }) : t("miniapp-none");
    if (data.count > data.results.length || data.limited) line += " " + t("miniapp-results-more", { shown: data.results.length });
    if (!data.count && data.didYouMean) line += " " + t("miniapp-did-you-mean", { suggestion: data.didYouMean });
    count.textContent = line;
    const list = document.getElementById("results");
    list.replaceChildren(...data.results.map((partner) => el("li", null,
      el("button", { type: "button", class: "result", "data-id": partner.id,
        onclick: (event) => openCard(partner, event.currentTarget) },
        el("span", { class: "name", text: partner.name }),
        el("span", { class: "meta", text: [partner.roleLabel, partner.organisation, partner.municipality].filter(Boolean).join(" · ") })))));
    app.setAttribute("aria-busy", "false");
  }

  function renderFacets(facets) {
    for (const key of ["role", "domain", "municipality"]) {
      const select = document.getElementById("f-" + key);
      const options = [el("option", { value: "", text: t("miniapp-filter-all") })];
      for (const facet of facets[key]) {
        options.push(el("option", { value: facet.value, text: facet.label + " (" + facet.count + ")",
          selected: facet.value === state[key] }));
      }
      if (state[key] && !facets[key].some((f) => f.value === state[key])) {
        options.push(el("option", { value: state[key], text: state[key] + " (0)", selected: true }));
      }
      select.replaceChildren(...options);
    }
  }

  function openCard(partner, from) {
    lastFocus = from;
    const close = () => { card.remove(); if (lastFocus) lastFocus.focus(); };
    const actions = el("div", { class: "actions" });
    if (partner.phone) actions.append(el("a", { class: "action", href: "tel:" + partner.phone, text: t("miniapp-card-call") + " " + partner.phoneShown }));
    if (partner.email) actions.append(el("a", { class: "action", href: "mailto:" + partner.email, text: t("miniapp-card-mail") + " " + partner.email }));
    if (partner.website) actions.append(el("a", { class: "secondary", href: partner.website, target: "_blank", rel: "noopener noreferrer", text: t("miniapp-card-website") }));
    actions.append(el("button", { type: "button", class: "secondary", text: t("miniapp-card-share"),
      onclick: () => { if (tg && tg.switchInlineQuery) tg.switchInlineQuery(partner.name, ["users", "groups"]); } }));
    const card = el("section", { class: "card", role: "dialog", "aria-modal": "true", "aria-labelledby": "card-name" },
      el("h2", { id: "card-name", tabindex: "-1", text: partner.name }),
      el("p", { text: [partner.roleLabel, partner.domainLabel].filter(Boolean).join(" · ") }),
      partner.organisation ? el("p", { text: partner.organisation }) : null,
      el("p", { text: [partner.neighbourhood, partner.municipality].filter(Boolean).join(", ") }),
      partner.experience ? el("p", { class: "experience", text: t("miniapp-card-experience") + " " + partner.experience }) : null,
      actions,
      el("button", { type: "button", class: "secondary", id: "card-close", text: t("miniapp-card-close"), onclick: close }));
    card.addEventListener("keydown", (event) => { if (event.key === "Escape") close(); });
    document.body.append(card);
    card.querySelector("h2").focus();
  }

  // ---- the drop-in ------------------------------------------------------------------------

  async function dropinPanel(panel) {
    const data = await api("api/dropin");
    panel.replaceChildren(...data.calls.map((call) => {
      if (!call.title) return el("p", { class: "call notice", text: t("miniapp-dropin-none", { coalition: call.coalition }) });
      const status = el("p", { "aria-live": "polite" });
      const join = el("button", { type: "button", class: "primary" });
      const note = el("p", { class: "notice", "aria-live": "polite" });
      const show = (joined, count) => {
        status.textContent = (joined ? t("miniapp-dropin-joined") + " " : "") + t("miniapp-dropin-count", { count });
        join.textContent = joined ? t("miniapp-dropin-leave") : t("miniapp-dropin-join");
      };
      show(call.joined, call.count);
      const body = { coalitionId: call.coalitionId, occurrence: call.occurrence };
      join.addEventListener("click", async () => {
        try { const answer = await api("api/dropin/rsvp", { body }); show(answer.joined, answer.count); }
        catch (error) { note.textContent = error.message || t("miniapp-error-generic"); }
      });
      const calendar = el("button", { type: "button", class: "secondary", text: t("miniapp-dropin-calendar"),
        onclick: async () => {
          try { await api("api/dropin/calendar", { body }); note.textContent = t("miniapp-dropin-calendar-sent"); }
          catch (error) { note.textContent = error.message || t("miniapp-error-generic"); }
        } });
      return el("article", { class: "call" },
        el("h2", { text: call.title + " (" + call.coalition + ")" }),
        el("p", { text: call.when }),
        el("a", { href: call.link, target: "_blank", rel: "noopener noreferrer", text: t("miniapp-dropin-open") + " (" + call.kind + ")" }),
        status, el("div", { class: "row" }, join, calendar), note);
    }));
  }

  // ---- the action agenda ------------------------------------------------------------------

  async function actionsPanel(panel) {
    const filters = { workgroup: "", status: "open", mine: false, overdue: false };
    const workgroup = el("select", { id: "a-workgroup" });
    const status = el("select", { id: "a-status" });
    const mine = el("input", { type: "checkbox", id: "a-mine" });
    const overdue = el("input", { type: "checkbox", id: "a-overdue" });
    const count = el("p", { class: "count", "aria-live": "polite" });
    const list = el("div", { id: "a-results" });
    const groups = el("section", { id: "a-workgroups", "aria-labelledby": "a-workgroups-title" });
    const load = async () => {
      const params = new URLSearchParams({ workgroup: filters.workgroup, status: filters.status,
        mine: filters.mine ? "1" : "", overdue: filters.overdue ? "1" : "" });
      const data = await api("api/actions?" + params.toString());
      if (!status.options.length) {
        status.replaceChildren(el("option", { value: "", text: t("miniapp-filter-all") }),
          el("option", { value: "open", text: t("miniapp-actions-filter-open"), selected: true }),
          ...data.statuses.map((s) => el("option", { value: s.value, text: s.label })));
        workgroup.replaceChildren(el("option", { value: "", text: t("miniapp-filter-all") }),
          ...data.workgroups.map((g) => el("option", { value: String(g.id), text: g.name })));
      }
      count.textContent = data.actions.length ? "" : t("miniapp-actions-none");
      list.replaceChildren(...data.actions.map((action) => actionCard(action, data.statuses)));
    };
    for (const [input, key] of [[workgroup, "workgroup"], [status, "status"]]) {
      input.addEventListener("change", () => { filters[key] = input.value; load(); });
    }
    for (const [input, key] of [[mine, "mine"], [overdue, "overdue"]]) {
      input.addEventListener("change", () => { filters[key] = input.checked; load(); });
    }
    await load();
    await workgroupsSection(groups);
    panel.replaceChildren(
      el("div", { class: "filters" },
        el("div", null, el("label", { for: "a-workgroup", text: t("miniapp-actions-filter-workgroup") }), workgroup),
        el("div", null, el("label", { for: "a-status", text: t("miniapp-actions-filter-status") }), status)),
      el("div", { class: "check" }, mine, el("label", { for: "a-mine", text: t("miniapp-actions-mine") })),
      el("div", { class: "check" }, overdue, el("label", { for: "a-overdue", text: t("miniapp-actions-overdue") })),
      count, list, groups);
  }

  function actionCard(action, statuses) {
    const result = el("p", { role: "status", class: "notice" });
    const label = el("p", { "data-status": action.status, text: action.statusLabel });
    const details = [action.workgroup, action.coalition,
      action.due ? t("miniapp-actions-due", { date: action.due }) + (action.overdue ? " (" + t("miniapp-actions-late") + ")" : "") : ""];
    const article = el("article", { class: "call", "data-id": action.id },
      el("h2", { text: action.title }), label,
      el("p", { class: "meta", text: details.filter(Boolean).join(" · ") }),
      el("p", { class: "meta", text: t("miniapp-actions-owners", { owners: action.owners.filter(Boolean).join(", ") }) }),
      action.news ? el("p", { class: "experience", text: action.news }) : null);
    if (action.mayChange) {
      const id = "s-" + action.id;
      const choice = el("select", { id }, ...statuses.map((s) =>
        el("option", { value: s.value, text: s.label, selected: s.value === action.status })));
      choice.addEventListener("change", async () => {
        try {
          const answer = await api("api/actions/status", { body: { actionId: String(action.id), status: choice.value } });
          label.textContent = answer.label;
          result.textContent = t("miniapp-actions-saved");
        } catch (error) { result.textContent = error.message || t("miniapp-error-generic"); }
      });
      article.append(el("label", { for: id, text: t("miniapp-actions-change") }), choice);
    }
    const history = el("ol", { class: "audit" });
    const details_ = el("details", null, el("summary", { text: t("miniapp-actions-history") }), history);
    details_.addEventListener("toggle", async () => {
      if (!details_.open || history.children.length) return;
      const data = await api("api/actions/history?actionId=" + action.id);
      history.replaceChildren(...data.updates.map((u) => el("li", null,
        el("span", { class: "meta", text: [u.at, u.who, u.status].filter(Boolean).join(" · ") }),
        u.text ? el("span", { class: "what", text: u.text }) : null)));
    });
    article.append(details_, result);
    return article;
  }

  async function workgroupsSection(section) {
    const data = await api("api/workgroups");
    section.replaceChildren(el("h2", { id: "a-workgroups-title", text: t("miniapp-workgroups-title") }));
    if (!data.workgroups.length) section.append(el("p", { class: "notice", text: t("miniapp-workgroups-none") }));
    for (const group of data.workgroups) {
      const members = el("span", { class: "meta", text: t("miniapp-workgroups-members", { count: group.members }) });
      const button = el("button", { type: "button", class: "secondary" });
      let joined = group.joined;
      const show = () => {
        button.textContent = (joined ? t("miniapp-workgroups-leave") : t("miniapp-workgroups-join")) + ": " + group.name;
        button.setAttribute("aria-pressed", joined ? "true" : "false");
      };
      button.addEventListener("click", async () => {
        try {
          const answer = await api("api/workgroups/membership", { body: { workgroupId: group.id, join: !joined } });
          joined = answer.joined;
          members.textContent = t("miniapp-workgroups-members", { count: answer.members });
          show();
        } catch (error) { members.textContent = error.message || t("miniapp-error-generic"); }
      });
      show();
      section.append(el("article", { class: "call" }, el("h3", { text: group.name }),
        el("p", { class: "meta", text: group.coalition }), group.goal ? el("p", { text: group.goal }) : null,
        members, el("div", { class: "row" }, button)));
    }
  }

  // ---- the coordinators' dashboard: its own script, loaded only for them --------------------

  let dashboard = null;

  function dashboardPanel(panel) {
    if (!dashboard) {
      dashboard = new Promise((resolve, reject) => {
        document.head.append(el("script", { src: "static/dashboard.js",
          onload: () => resolve(window.GidsDashboard), onerror: reject }));
      });
    }
    return dashboard.then((open) => open(panel, { api, el, t, me, showDirectory }));
  }

  // ---- the person's own listing ---------------------------------------------------------------

  async function listingPanel(panel) {
    const data = await api("api/listing");
    panel.replaceChildren(...data.listings.map((entry) => listingForm(entry, data.roles)));
  }

  function listingForm(entry, roles) {
    const id = (name) => "l" + entry.coalitionId + "-" + name;
    const field = (name, input) => el("div", null, el("label", { for: id(name), text: t("miniapp-field-" + name) }), input);
    const text = (name, type) => el("input", { type, id: id(name), name, value: entry.values[name] || "",
      autocomplete: { name: "name", organisation: "organization", phone: "tel", email: "email" }[name] || "off" });
    const known = roles.some((r) => r.label === entry.values.role || r.value === entry.values.role);
    const choices = known || !entry.values.role ? roles : [{ value: entry.values.role, label: entry.values.role }, ...roles];
    const role = el("select", { id: id("role"), name: "role" },
      ...choices.map((r) => el("option", { value: r.label, text: r.label, selected: r.label === entry.values.role || r.value === entry.values.role })));
    const place = entry.municipalities.length
      ? el("select", { id: id("municipality"), name: "municipality" },
        ...entry.municipalities.map((m) => el("option", { value: m, text: m, selected: m === entry.values.municipality })))
      : text("municipality", "text");
    const consent = el("input", { type: "checkbox", id: id("consent"), name: "consent" });
    const message = el("p", { role: "status", class: "notice" });
    const form = el("form", { novalidate: true },
      el("h2", { text: entry.coalition }),
      el("p", { text: entry.status ? t("miniapp-listing-intro", { coalition: entry.coalition }) + " " + t("miniapp-listing-status", { status: entry.statusLabel }) : t("miniapp-listing-none", { coalition: entry.coalition }) }),
      field("name", text("name", "text")), field("organisation", text("organisation", "text")),
      field("role", role), field("municipality", place), field("phone", text("phone", "tel")),
      field("email", text("email", "email")), field("experience", text("experience", "text")),
      el("div", { class: "check" }, consent, el("label", { for: id("consent"), text: t("miniapp-listing-consent") })),
      el("button", { type: "submit", class: "primary", text: t("miniapp-listing-save") }), message);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = { coalitionId: entry.coalitionId, consent: consent.checked };
      for (const name of ["name", "organisation", "role", "municipality", "phone", "email", "experience"]) body[name] = form.elements[name].value;
      try { await api("api/listing", { body }); message.textContent = t("miniapp-listing-saved"); }
      catch (error) { message.textContent = error.message || t("miniapp-error-generic"); }
    });
    return form;
  }

  // ---- the page ---------------------------------------------------------------------------

  let selectTab = null;

  // From a coverage cell: the directory, filtered to that role and municipality.
  function showDirectory(filters) {
    Object.assign(state, { q: "", role: "", domain: "", municipality: "" }, filters);
    document.getElementById("q").value = "";
    selectTab("directory");
    search();
    document.getElementById("q").focus();
  }

  function tabs() {
    const panels = {
      directory: directoryPanel(),
      dropin: el("section", { id: "panel-dropin", "aria-labelledby": "tab-dropin", hidden: true }),
      listing: el("section", { id: "panel-listing", "aria-labelledby": "tab-listing", hidden: true }),
      actions: el("section", { id: "panel-actions", "aria-labelledby": "tab-actions", hidden: true }),
    };
    if (me.coordinator) {
      panels.coverage = el("section", { id: "panel-coverage", "aria-labelledby": "tab-coverage", hidden: true });
    }
    const loaders = { dropin: dropinPanel, listing: listingPanel, actions: actionsPanel, coverage: dashboardPanel };
    const bar = el("div", { class: "tabs", role: "tablist" });
    for (const name of Object.keys(panels)) {
      bar.append(el("button", { type: "button", role: "tab", id: "tab-" + name, "aria-controls": "panel-" + name,
        "aria-selected": name === "directory" ? "true" : "false", text: t("miniapp-tab-" + name),
        onclick: () => selectTab(name) }));
    }
    selectTab = async (name) => {
      for (const [other, panel] of Object.entries(panels)) {
        panel.hidden = other !== name;
        document.getElementById("tab-" + other).setAttribute("aria-selected", other === name ? "true" : "false");
      }
      if (loaders[name]) {
        try { await loaders[name](panels[name]); } catch (error) { showError(error); }
      }
    };
    return [bar, ...Object.values(panels)];
  }

  async function start() {
    applyTheme();
    if (tg) { tg.ready(); if (tg.expand) tg.expand(); if (tg.onEvent) tg.onEvent("themeChanged", applyTheme); }
    document.getElementById("status").textContent = t("miniapp-loading");
    // Who I am (and my texts) and the first results, asked at once.
    const first = api("api/search?" + new URLSearchParams(state).toString());
    first.catch(() => {});
    try {
      me = await api("api/me");
    } catch (error) {
      showError(error);
      return;
    }
    texts = me.texts;
    document.documentElement.lang = me.language;
    document.title = t("miniapp-title");
    app.replaceChildren(el("h1", { text: t("miniapp-title") }), ...tabs());
    try {
      render(await first);
    } catch (error) {
      showError(error);
    }
  }

  start();
})();
