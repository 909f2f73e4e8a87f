// Search for the /search/ page. The index is sharded (see SearchIndexWriter.cs): manifest.json
// lists the first term of each shard; i/N.json holds postings [essay, section, score, ...];
// d/N.json holds one essay's sections for the snippets. Nothing is fetched before the reader
// searches, and index text only ever reaches the page through textContent.
(() => {
  "use strict";
  const form = document.querySelector("form[data-index]");
  if (!form) return;
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const base = new URL(form.getAttribute("data-index"), location.href);
  const root = new URL("../", base);
  const notice = document.getElementById("search-nojs");
  if (notice) notice.hidden = true;
  const stop = new Set("a an and are as at be by for from has have in is it its of on or that the their this to was were which with".split(" "));
  const cache = new Map();
  const maxResults = 10;
  let generation = 0;

  const json = (path) => {
    if (!cache.has(path)) {
      cache.set(path, fetch(new URL(path, base)).then((r) => {
        if (!r.ok) throw new Error(r.status + " " + path);
        return r.json();
      }));
    }
    return cache.get(path);
  };

  const terms = (text) => (text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [])
    .filter((t) => t.length >= 2 && t.length <= 40 && !stop.has(t));

  // Index of the last shard whose first term is <= term.
  const shardOf = (starts, term) => {
    let lo = 0, hi = starts.length - 1, found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  };

  // Postings of a term; for a prefix (the word being typed) those of every term it starts, a little discounted.
  async function postings(manifest, term, prefix) {
    const starts = manifest.shards;
    if (starts.length === 0) return [];
    const first = shardOf(starts, term);
    const shards = [first];
    for (let j = first + 1; prefix && j < starts.length && j <= first + 2 && starts[j].startsWith(term); j++) shards.push(j);
    const found = [];
    for (const shard of await Promise.all(shards.map((j) => json("i/" + j + ".json")))) {
      for (const key of Object.keys(shard)) {
        if (key === term) found.push([shard[key], 1]);
        else if (prefix && key.startsWith(term) && found.length < 40) found.push([shard[key], 0.7]);
      }
    }
    return found;
  }

  // list.dataset.ms is this search's time in ms, from here (after the typing debounce; a manifest
  // prefetched on focus is not counted) until the results and status are in the DOM, including any
  // fetches. Cleared first, so it is only ever present for the latest search, once it has rendered.
  async function search(query) {
    const started = performance.now();
    const mine = ++generation;
    delete list.dataset.ms;
    const words = terms(query);
    if (words.length === 0) {
      list.replaceChildren();
      status.textContent = query.trim() ? "Type a longer word to search." : "";
      return;
    }
    const manifest = await json("manifest.json");
    const typing = !/\s$/.test(query);
    const lists = await Promise.all(words.map((w, i) => postings(manifest, w, typing && i === words.length - 1)));
    const scores = new Map();
    lists.forEach((found, termIndex) => {
      const best = new Map();
      for (const [flat, weight] of found) {
        for (let k = 0; k + 2 < flat.length; k += 3) {
          const key = flat[k] * 65536 + flat[k + 1];
          best.set(key, Math.max(best.get(key) || 0, flat[k + 2] * weight));
        }
      }
      for (const [key, score] of best) {
        const entry = scores.get(key) || { essay: Math.floor(key / 65536), section: key % 65536, score: 0, terms: 0 };
        entry.score += score;
        entry.terms += 1;
        scores.set(key, entry);
      }
    });
    // Sections matching more of the words come first; then by score; ties in reading order.
    const ranked = [...scores.values()].sort((x, y) =>
      y.terms - x.terms || y.score - x.score || x.essay - y.essay || x.section - y.section);
    const top = ranked.slice(0, maxResults);
    const essays = await Promise.all(top.map((r) => json("d/" + r.essay + ".json")));
    if (mine !== generation) return;
    list.replaceChildren(...top.map((r, i) => result(essays[i], essays[i].sections[r.section], words)));
    const n = ranked.length;
    status.textContent = n === 0 ? `No results for “${query.trim()}”.`
      : `${n} ${n === 1 ? "section matches" : "sections match"} “${query.trim()}”` + (n > maxResults ? `; showing the best ${maxResults}.` : ".");
    list.dataset.ms = (performance.now() - started).toFixed(1);
  }

  function result(essay, section, words) {
    const [anchor, heading, text] = section;
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = new URL(essay.path + (anchor ? "#" + anchor : ""), root).href;
    const title = document.createElement("span");
    title.className = "result-title";
    title.textContent = essay.title;
    link.append(title);
    if (heading) {
      const where = document.createElement("span");
      where.className = "result-section";
      where.textContent = heading;
      link.append(where);
    }
    li.append(link);
    const snippet = document.createElement("p");
    snippet.className = "result-snippet";
    highlight(snippet, sentence(text || heading, words), words);
    li.append(snippet);
    return li;
  }

  const matches = (word, words) => words.some((w) => word.startsWith(w));

  // The sentence with the most of the query's words, shortened around the first of them.
  function sentence(text, words) {
    const sentences = text.match(/[^.!?]+[.!?]*["”’)]*\s*/g) || [text];
    let best = sentences[0], bestCount = -1;
    for (const s of sentences) {
      const count = new Set(terms(s).filter((t) => matches(t, words))).size;
      if (count > bestCount) { best = s; bestCount = count; }
    }
    best = best.trim();
    if (best.length <= 240) return best;
    const at = Math.max(0, best.toLowerCase().search(new RegExp(words[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u")) - 80);
    const cut = best.slice(at, at + 240);
    return (at > 0 ? "…" : "") + cut + (at + 240 < best.length ? "…" : "");
  }

  function highlight(element, text, words) {
    const re = /[\p{L}\p{N}]+/gu;
    let last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0].normalize("NFC").toLowerCase(), words)) continue;
      element.append(text.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      element.append(mark);
      last = m.index + m[0].length;
    }
    element.append(text.slice(last));
  }

  let timer = 0;
  const run = () => search(input.value).catch(() => {
    status.textContent = "Sorry, the search index could not be loaded. Please try again.";
  });
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 80); });
  input.addEventListener("focus", () => { json("manifest.json").catch(() => {}); }, { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run();
  });
  // Arrow keys move between the box and the results; Tab works as everywhere else.
  form.parentElement.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? at + 1 : at - 1;
    (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
  });

  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run();
  }
})();
