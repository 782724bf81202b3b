// audio-rag web page: plain JavaScript, no build step, no network beyond this server.
// Every value from the index is put in the page as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options));
  if (response.status === 401) {
    location.href = "/login?next=" + encodeURIComponent(location.pathname + location.search);
    throw new Error("log in first");
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${response.status} ${response.statusText}`);
  }
  if (!response.ok) throw new Error(body && body.error ? body.error : response.statusText);
  return body;
}

function showError(error) {
  $("error").textContent = error ? String(error.message || error) : "";
  $("error").hidden = !error;
}

function clock(t) {
  // as the command line writes times: M:SS.s or H:MM:SS.s
  t = Math.max(Number(t) || 0, 0);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = (t % 60).toFixed(1).padStart(4, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function fileName(path) {
  return String(path || "").replace(/\\/g, "/").split("/").pop();
}

function speakerLabel(item) {
  if (item.speaker_name) return `${item.speaker_name} (${item.speaker})`;
  return item.speaker || "";
}

function audioUrl(sourceId) {
  return "/api/audio/" + encodeURIComponent(sourceId);
}

// ---- playing exactly a span ----------------------------------------------------------
function playSpan(audio, start, end) {
  document.querySelectorAll("audio").forEach((a) => { if (a !== audio) a.pause(); });
  audio.dataset.stopAt = String(end);
  const go = () => {
    audio.currentTime = start;
    const playing = audio.play();
    if (playing) playing.catch(() => {});
    watchEnd(audio);
  };
  if (audio.readyState >= 1) go();
  else {
    audio.addEventListener("loadedmetadata", go, { once: true });
    audio.preload = "auto";
    audio.load();
  }
}

function watchEnd(audio) {
  // timeupdate fires only every ~250 ms: poll too, so the span ends where it is cited
  clearInterval(audio._spanTimer);
  audio._spanTimer = setInterval(() => {
    const stop = Number(audio.dataset.stopAt);
    if (audio.paused || !(stop > 0)) {
      clearInterval(audio._spanTimer);
    } else if (audio.currentTime >= stop) {
      audio.pause();
      delete audio.dataset.stopAt;
      clearInterval(audio._spanTimer);
    }
  }, 20);
}

function spanButton(audio, start, end, label) {
  const button = el("button", { type: "button", class: "play", title: "play the cited span" },
    label || `\u25B6 ${clock(start)}\u2013${clock(end)}`);
  button.dataset.start = String(start);
  button.dataset.end = String(end);
  button.addEventListener("click", () => playSpan(audio, start, end));
  return button;
}

// ---- search page ----------------------------------------------------------------------
const FILTERS = ["speaker", "source", "language", "start", "end", "k"];

async function fillChoices() {
  const [speakers, sources] = await Promise.all([api("/api/speakers"), api("/api/sources")]);
  for (const s of speakers) {
    $("speaker").append(el("option", { value: s.id }, s.name ? `${s.name} (${s.id})` : s.id));
  }
  for (const r of sources) {
    $("source").append(el("option", { value: r.source_id }, fileName(r.path)));
  }
}

function formParams() {
  const params = new URLSearchParams();
  const q = $("q").value.trim();
  if (q) params.set("q", q);
  for (const name of FILTERS) {
    const value = $(name).value.trim();
    if (value && !(name === "k" && value === "10")) params.set(name, value);
  }
  return params;
}

function renderHits(hits, what) {
  const list = $("results");
  list.replaceChildren();
  $("status").textContent = hits.length ? `${hits.length} hits for ${what}` : `no hits for ${what}`;
  hits.forEach((hit) => list.append(renderHit(hit)));
}

function renderHit(hit) {
  const audio = el("audio", { controls: true, preload: "none", class: "player" });
  audio.src = `${audioUrl(hit.source_id)}#t=${hit.start},${hit.end}`;
  const body = hit.quote || hit.text || `[${hit.kind}]`;
  const link = el("a", { href: `/sources/${encodeURIComponent(hit.source_id)}?t=${hit.start}` },
    fileName(hit.source));
  const head = el("div", { class: "meta" },
    el("span", { class: "score", title: `ranked by ${hit.channel}` }, hit.score.toFixed(3)),
    hit.speaker ? el("span", { class: "speaker" }, speakerLabel(hit)) : null,
    link,
    el("span", { class: "time" }, `${clock(hit.start)}\u2013${clock(hit.end)}`));
  const item = el("li", { class: "hit" }, head, el("p", { class: "text" }, body),
    el("div", { class: "controls" }, spanButton(audio, hit.start, hit.end), audio));
  item.dataset.sourceId = hit.source_id;
  return item;
}

async function runSearch(params) {
  showError(null);
  const q = params.get("q");
  if (!q) return;
  $("status").textContent = "searching\u2026";
  try {
    renderHits(await api("/api/search?" + params.toString()), `\u201C${q}\u201D`);
  } catch (e) {
    $("status").textContent = "";
    showError(e);
  }
}

async function searchByClip(file) {
  showError(null);
  const form = new FormData();
  form.append("file", file);
  const params = formParams();
  params.delete("q");
  $("status").textContent = "searching by example\u2026";
  try {
    const hits = await api("/api/search/audio?" + params.toString(), { method: "POST", body: form });
    renderHits(hits, `the clip ${file.name}`);
  } catch (e) {
    $("status").textContent = "";
    showError(e);
  }
}

async function searchPage() {
  const params = new URLSearchParams(location.search);
  $("q").value = params.get("q") || "";
  for (const name of FILTERS) if (params.get(name)) $(name).value = params.get(name);
  if (FILTERS.some((n) => n !== "k" && params.get(n))) $("filters").open = true;
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const clip = $("clip").files[0];
    if (clip) {
      searchByClip(clip);
      return;
    }
    const next = formParams();
    history.pushState(null, "", "/?" + next.toString());
    runSearch(next);
  });
  window.addEventListener("popstate", () => {
    const now = new URLSearchParams(location.search);
    $("q").value = now.get("q") || "";
    runSearch(now);
  });
  const choices = fillChoices().catch(showError);
  if (params.get("q")) {
    await choices; // the selects hold the filter values before they are read back
    for (const name of FILTERS) if (params.get(name)) $(name).value = params.get(name);
    runSearch(params);
  }
}

// ---- source page ------------------------------------------------------------------------
function turnsOf(units) {
  // consecutive speech units of one speaker form a turn; sounds stand alone
  const turns = [];
  for (const u of units) {
    const last = turns[turns.length - 1];
    if (last && u.kind === "speech" && last.kind === "speech" && last.speaker === u.speaker) {
      last.units.push(u);
    } else {
      turns.push({ kind: u.kind, speaker: u.speaker, speaker_name: u.speaker_name, units: [u] });
    }
  }
  return turns;
}

async function sourcePage(sourceId) {
  const data = await api(`/api/sources/${encodeURIComponent(sourceId)}/transcript`);
  const record = data.source;
  document.title = `${fileName(record.path)} \u2013 audio-rag`;
  $("source-title").textContent = fileName(record.path);
  $("source-meta").textContent =
    `${record.path} \u00B7 ${clock(record.duration)} \u00B7 ${data.units.length} units \u00B7 ${sourceId}`;
  const player = $("source-player");
  player.src = audioUrl(sourceId);
  const at = Number(new URLSearchParams(location.search).get("t"));
  const box = $("transcript");
  box.replaceChildren();
  let target = null;
  for (const turn of turnsOf(data.units)) {
    const who = turn.kind === "speech" ? speakerLabel(turn) || "(unknown speaker)" : "";
    const lines = turn.units.map((u) => {
      const words = u.text || (u.kind === "speech" ? "[speech, no transcript]" : "[sound]");
      const line = el("button", { type: "button", class: "line" },
        el("span", { class: "time" }, `${clock(u.start)}`), " ", words);
      line.dataset.start = String(u.start);
      line.dataset.end = String(u.end);
      line.addEventListener("click", () => playSpan(player, u.start, u.end));
      if (at >= u.start && at < u.end && !target) target = line;
      return el("li", {}, line);
    });
    box.append(el("div", { class: "turn" }, who ? el("h3", {}, who) : null, el("ol", {}, ...lines)));
  }
  if (target) {
    target.classList.add("current");
    target.scrollIntoView({ block: "center" });
  }
}

// ---- speakers page ----------------------------------------------------------------------
async function speakersPage() {
  const [speakers, info] = await Promise.all([api("/api/speakers"), api("/api/info")]);
  const writes = Boolean(info.writes);
  $("speakers-note").textContent = writes
    ? "Rename a speaker, or merge two ids that are the same person."
    : "This server is read-only (start it with --allow-writes to rename and merge).";
  const body = $("speaker-table").querySelector("tbody");
  body.replaceChildren();
  for (const s of speakers) {
    const name = el("input", { value: s.name || "", placeholder: "name", size: 16 });
    name.disabled = !writes;
    const save = el("button", { type: "button" }, "Rename");
    save.hidden = !writes;
    save.addEventListener("click", () => speakerEdit(
      `/api/speakers/${encodeURIComponent(s.id)}/rename`, { name: name.value }));
    body.append(el("tr", {}, el("td", {}, s.id), el("td", {}, name), el("td", {}, s.seconds),
      el("td", {}, s.recordings), el("td", {}, save)));
  }
  if (!speakers.length) body.append(el("tr", {}, el("td", { colSpan: 5 }, "no speakers")));
  $("merge-form").hidden = !writes || speakers.length < 2;
  for (const id of ["merge-keep", "merge-drop"]) {
    $(id).replaceChildren(...speakers.map((s) => el("option", { value: s.id },
      s.name ? `${s.name} (${s.id})` : s.id)));
  }
  $("merge-drop").selectedIndex = Math.min(1, speakers.length - 1);
}

async function speakerEdit(path, body) {
  showError(null);
  try {
    await api(path, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body) });
    await speakersPage();
  } catch (e) {
    showError(e);
  }
}

// ---- index info page ----------------------------------------------------------------------
async function infoPage() {
  const info = await api("/api/info");
  $("info-title").textContent = `Index \u201C${info.collection}\u201D`;
  const m = info.models || {};
  const rows = [
    ["sources", info.sources], ["audio", clock(info.audio_seconds)],
    ["units", `${info.units} (${info.speech_units} transcribed)`],
    ["text model", `${m.text_model} (${m.text_dim}-d)`],
    ["audio encoder", `${m.audio_model} (${m.audio_dim}-d)`],
    ["speakers", (info.speakers || []).map((s) => s.name || s.id).join(", ") || "none"],
    ["writes", info.writes ? "allowed" : "read-only"],
  ];
  $("info-summary").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  const body = $("source-table").querySelector("tbody");
  body.replaceChildren(...(info.source_list || []).map((r) => el("tr", {},
    el("td", {}, el("a", { href: `/sources/${encodeURIComponent(r.source_id)}`, title: r.path },
      fileName(r.path))),
    el("td", {}, clock(r.duration)), el("td", {}, r.units), el("td", {}, r.language || ""),
    el("td", { class: "small" }, r.source_id))));
}

// ---- which page -----------------------------------------------------------------------------
function route() {
  const path = location.pathname;
  const source = path.match(/^\/sources\/([^/]+)$/);
  const page = source ? "source" : { "/": "search", "/speakers": "speakers", "/info": "info" }[path];
  if (!page) return;
  $(`${page}-page`).hidden = false;
  document.querySelectorAll("nav a").forEach((a) => {
    a.classList.toggle("active", a.dataset.page === page);
  });
  const load = {
    search: searchPage,
    source: () => sourcePage(decodeURIComponent(source[1])),
    speakers: speakersPage,
    info: infoPage,
  }[page];
  Promise.resolve().then(load).catch(showError);
}

document.addEventListener("DOMContentLoaded", route);
document.addEventListener("submit", (event) => {
  if (event.target.id !== "merge-form") return;
  event.preventDefault();
  speakerEdit("/api/speakers/merge", { keep: $("merge-keep").value, drop: $("merge-drop").value });
});
